import GongwenTemplate

extension RewrittenPart {
  /// Binds the prefixes that inserted structured content is written with on the part's root, so
  /// the markup is well-formed whatever the template declared. Throws when a prefix is bound to
  /// another namespace.
  func ensureBlockPrefixes(_ prefixes: [(prefix: String, uri: String)]) throws {
    guard hasStructuredBlocks, let root = document.root else { return }
    for (prefix, uri) in prefixes where !root.ensureNamespace(prefix: prefix, uri: uri) {
      var error = XMLError(.notWellFormed, part: name,
                           detail: XMLPhrase.prefixBound.phrase(["prefix": .text(prefix), "uri": .text(uri)]))
      error.file = file
      throw error
    }
  }
}
