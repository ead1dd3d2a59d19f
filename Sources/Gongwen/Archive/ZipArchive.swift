import GongwenTemplate
import CLibZip

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// A zip archive opened read-only, with its entries validated at open.
///
/// Opening checks the archive's layout on the raw bytes (``ArchiveStructure``: offsets, local headers,
/// overlaps, and what makes an archive ambiguous), that libzip lists the same entries, the number of
/// entries, every entry name (see ``ArchiveError/Kind/unsafeEntryName``),
/// case-insensitive duplicate names and encryption. Reading inflates while
/// counting bytes, and stops as soon as a limit of ``ArchiveLimits`` is passed.
///
/// Names must be valid UTF-8 (names in legacy code pages are refused). libzip replaces a
/// NUL byte inside a name by a space, so names are also read raw from the central directory
/// and one holding a NUL byte is refused.
/// Names are compared as Swift strings: two names that differ only in Unicode
/// normalization are the same name (and thus duplicates).
///
/// An instance is not thread-safe: use one instance per thread (it may be passed
/// between threads, but not used from two at once).
package final class ZipArchive: @unchecked Sendable {
  /// The file path, or the name given with the bytes; used in messages.
  package let name: String
  /// The limits applied to this archive.
  package let limits: ArchiveLimits
  /// The entries, in archive order.
  package let entries: [ZipEntry]
  private let indexByName: [String: Int]
  /// The open libzip archive (also used by ``ZipWriter`` for raw copies).
  let handle: ZipHandle
  /// Bytes inflated so far by all reads on this instance.
  private var totalInflated: UInt64 = 0

  private static let readChunkSize = 64 << 10
  private static let openFlags = ZIP_RDONLY

  /// Opens the zip file at `path`.
  /// - Throws: ``ArchiveError``.
  package convenience init(path: String, limits: ArchiveLimits = .default) throws {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw ArchiveError(.io, file: path, detail: ArchivePhrase.cannotOpen.phrase(["cause": .phrase(SystemPhrase.cause(errno: errno))]))
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw ArchiveError(.io, file: path, detail: ArchivePhrase.cannotOpen.phrase(["cause": .phrase(SystemPhrase.isAFolder.phrase())]))
    }
    if info.st_size == 0 {
      throw ArchiveError(.notAZip, file: path, detail: ArchivePhrase.emptyFile.phrase())
    }
    var code: Int32 = 0
    guard let pointer = zip_open(path, Self.openFlags, &code) else {
      throw Self.openError(code: code, file: path, header: PosixIO.readPrefix(of: path, count: 4))
    }
    let handle = ZipHandle(owning: pointer)
    let records = try CentralDirectoryNames.withFile(path: path) { try Self.checkStructure($0, file: path) } ?? []
    try self.init(handle: handle, name: path, limits: limits, records: records)
  }

  /// Opens a zip archive held in memory. The bytes are kept alive, not copied.
  /// - Parameter name: a name for messages, such as the file the bytes came from.
  /// - Throws: ``ArchiveError``.
  package convenience init(bytes: [UInt8], name: String, limits: ArchiveLimits = .default) throws {
    if bytes.isEmpty {
      throw ArchiveError(.notAZip, file: name, detail: ArchivePhrase.noData.phrase())
    }
    let source = try ByteArraySource.make(bytes, file: name)
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let pointer = source.handOver({ zip_open_from_source($0, Self.openFlags, &error) }) else {
      throw Self.openError(code: zip_error_code_zip(&error), file: name, header: Array(bytes.prefix(4)))
    }
    let handle = ZipHandle(owning: pointer, source: source)
    let records = try Self.checkStructure(CentralDirectoryNames(bytes: bytes), file: name)
    try self.init(handle: handle, name: name, limits: limits, records: records)
  }

  private init(handle: ZipHandle, name: String, limits: ArchiveLimits, records: [ArchiveStructure.Record]) throws {
    self.handle = handle
    self.name = name
    self.limits = limits
    let scan = try EntryScanner.scan(handle, file: name, limits: limits)
    self.entries = scan.entries
    self.indexByName = scan.indexByName
    // libzip must list exactly the entries the raw directory holds, by the same names.
    for (entry, record) in zip(entries, records) where Array(entry.name.utf8) != record.name {
      throw ArchiveError(.ambiguous, file: name, entry: record.shownName,
                         detail: ArchivePhrase.libzipReadsEntryAs.phrase(["index": .text(String(record.index)), "name": .text(EntryNameRules.printable(entry.name))]))
    }
    if !records.isEmpty, records.count != entries.count {
      throw ArchiveError(.ambiguous, file: name, detail: ArchivePhrase.directoryCountMismatch.phrase(
        ["records": .text(String(records.count)), "declared": .text(String(entries.count))]))
    }
  }

  /// The raw layout checks, then the NUL check on names (libzip turns a NUL into a space).
  private static func checkStructure(_ reader: CentralDirectoryNames, file: String) throws -> [ArchiveStructure.Record] {
    do {
      let records = try ArchiveStructure(bytes: reader).check()
      try refuseNUL(reader.firstNameWithNUL(), file: file)
      return records
    } catch let problem as ArchiveStructure.Problem {
      throw ArchiveError(problem.kind, file: file, entry: problem.entry, detail: problem.detail)
    }
  }

  private static func refuseNUL(_ found: (index: Int, name: [UInt8])?, file: String) throws {
    guard let (index, raw) = found else { return }
    let shown = raw.split(separator: 0, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\\u{0}")
    throw ArchiveError(
      .unsafeEntryName, file: file, entry: EntryNameRules.printable(shown),
      detail: ArchivePhrase.nulInName.phrase(["index": .text(String(index))]))
  }

  /// The entry with exactly this name, if any.
  package func entry(named name: String) -> ZipEntry? {
    indexByName[name].map { entries[$0] }
  }

  /// Reads the entry named `name`, or returns nil when there is none.
  /// - Throws: ``ArchiveError`` when the entry cannot be read or passes a limit.
  package func read(named name: String) throws -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try read(entry)
  }

  /// Inflates an entry of this archive, enforcing ``limits`` on the bytes actually produced:
  /// ``ArchiveError/Kind/entryTooLarge`` past `maxEntrySize`,
  /// ``ArchiveError/Kind/archiveTooLarge`` once all reads on this instance pass `maxTotalSize`,
  /// ``ArchiveError/Kind/compressionRatio`` once the entry has inflated past
  /// `ratioCheckThreshold` bytes and past `maxCompressionRatio × max(compressedSize, 1)`.
  /// - Throws: ``ArchiveError``; a damaged entry (CRC, deflate data, inflated size different
  ///   from the declared one) is `corrupt` or `truncated`.
  package func read(_ entry: ZipEntry) throws -> [UInt8] {
    var result: [UInt8] = []
    // The declared size is only a capacity hint, capped so a lying header cannot force a big allocation;
    // inflating past it is refused at once, so memory stays within what the header declared.
    result.reserveCapacity(Int(min(entry.size, limits.maxEntrySize, 4 << 20)))
    try inflate(entry) { result.append(contentsOf: $0) }
    return result
  }

  /// Inflates an entry chunk by chunk (64 KiB at most each), with the checks and limits of
  /// ``read(_:)``, handing each chunk to `body` as soon as it is inflated: a large part is read
  /// without holding it whole. The chunk is valid only during the call.
  /// - Throws: ``ArchiveError``, or what `body` throws.
  package func inflate(_ entry: ZipEntry, into body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    guard entries.indices.contains(entry.index), entries[entry.index] == entry,
      let archive = handle.pointer
    else {
      throw ArchiveError(.missingEntry, file: name, entry: entry.name, detail: ArchivePhrase.noSuchEntry.phrase())
    }
    guard let file = zip_fopen_index(archive, UInt64(entry.index), 0) else {
      throw handle.lastError(file: name, entry: entry.name)
    }
    defer { zip_fclose(file) }
    try checkDeclaredSize(entry)
    let ratioLimit = entry.compressedSize.multipliedReportingOverflow(by: limits.maxCompressionRatio)
    let maxRatioBytes = ratioLimit.overflow ? UInt64.max : max(ratioLimit.partialValue, limits.maxCompressionRatio)
    var inflated: UInt64 = 0
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.readChunkSize) { chunk in
      guard let base = chunk.baseAddress else { return }
      while true {
        let count = zip_fread(file, base, UInt64(chunk.count))
        if count < 0 {
          throw LibZipError.make(zip_file_get_error(file), file: name, entry: entry.name)
        }
        if count == 0 { break }
        inflated += UInt64(count)
        totalInflated += UInt64(count)
        try checkLimits(entry, inflated: inflated, maxRatioBytes: maxRatioBytes)
        if inflated > entry.size {
          throw ArchiveError(
            .corrupt, file: name, entry: entry.name,
            detail: ArchivePhrase.inflatesPastDeclared.phrase(["size": .text(String(entry.size))]))
        }
        try body(UnsafeBufferPointer(start: base, count: Int(count)))
      }
    }
    // libzip checks the CRC but not the size: a size mismatch is damage it lets through.
    guard inflated == entry.size else {
      throw ArchiveError(
        .corrupt, file: name, entry: entry.name,
        detail: ArchivePhrase.inflatesToOtherSize.phrase(["inflated": .text(String(inflated)), "size": .text(String(entry.size))]))
    }
  }

  /// Refuses before inflating an entry whose header admits that it is too large.
  private func checkDeclaredSize(_ entry: ZipEntry) throws {
    if entry.size > limits.maxEntrySize {
      throw ArchiveError(
        .entryTooLarge, file: name, entry: entry.name,
        detail: ArchivePhrase.declaresPastLimit.phrase(
          ["size": .text(ByteCountText.format(entry.size)), "limit": .text(ByteCountText.format(limits.maxEntrySize))]))
    }
    if totalInflated + entry.size > limits.maxTotalSize {
      throw ArchiveError(
        .archiveTooLarge, file: name, entry: entry.name,
        detail: ArchivePhrase.wouldInflatePastTotal.phrase(["limit": .text(ByteCountText.format(limits.maxTotalSize))]))
    }
  }

  private func checkLimits(_ entry: ZipEntry, inflated: UInt64, maxRatioBytes: UInt64) throws {
    if inflated > limits.maxEntrySize {
      throw ArchiveError(
        .entryTooLarge, file: name, entry: entry.name,
        detail: ArchivePhrase.inflatesPastLimit.phrase(["limit": .text(ByteCountText.format(limits.maxEntrySize))]))
    }
    if inflated > limits.ratioCheckThreshold && inflated > maxRatioBytes {
      throw ArchiveError(
        .compressionRatio, file: name, entry: entry.name,
        detail: ArchivePhrase.compressionRatio.phrase(
          ["ratio": .text(String(limits.maxCompressionRatio)), "size": .text(ByteCountText.format(entry.compressedSize))]))
    }
    if totalInflated > limits.maxTotalSize {
      throw ArchiveError(
        .archiveTooLarge, file: name, entry: entry.name,
        detail: ArchivePhrase.inflatesPastTotal.phrase(["limit": .text(ByteCountText.format(limits.maxTotalSize))]))
    }
  }

  /// Translates a failed open; a "not a zip" that starts like one is reported as truncated.
  private static func openError(code: Int32, file: String, header: [UInt8]) -> ArchiveError {
    if code == ZIP_ER_NOZIP && header == [0x50, 0x4B, 0x03, 0x04] {
      return ArchiveError(
        .truncated, file: file,
        detail: ArchivePhrase.truncatedNoDirectory.phrase())
    }
    if code == ZIP_ER_NOZIP && header == [0xD0, 0xCF, 0x11, 0xE0] {
      return ArchiveError(
        .notAZip, file: file,
        detail: ArchivePhrase.oleFile.phrase())
    }
    if code == ZIP_ER_EXISTS {
      return ArchiveError(.duplicateEntryName, file: file, detail: ArchivePhrase.twoEntriesSameName.phrase())
    }
    return LibZipError.make(code: code, file: file)
  }
}
