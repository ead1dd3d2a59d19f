import GongwenTemplate

extension PartCompilation {
  /// True when the part holds a block tag (`{{>x}}`) standing alone in its paragraph.
  var hasStructuredBlocks: Bool {
    tags.contains { $0.tag.kind == .block }
  }

  /// Binds the prefixes that inserted structured content is written with on the part's root, so
  /// the markup is well-formed whatever the template declared. Throws when a prefix is bound to
  /// another namespace.
  func ensureBlockPrefixes(_ prefixes: [(prefix: String, uri: String)]) throws {
    guard hasStructuredBlocks, let root = document.root else { return }
    for (prefix, uri) in prefixes where !root.ensureNamespace(prefix: prefix, uri: uri) {
      var error = XMLError(.notWellFormed, part: part,
                           detail: "the prefix '\(prefix)' is bound to another namespace than \(uri); structured content needs it")
      error.file = file
      throw error
    }
  }
}
