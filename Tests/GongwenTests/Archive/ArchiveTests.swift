import Testing

/// Groups the archive-layer tests (run them with `swift test --filter ArchiveTests`).
@Suite enum ArchiveTests {}
