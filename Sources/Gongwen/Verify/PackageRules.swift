/// A format's rules for a rendered package, read once from the template so that each render checks only
/// what it changed.
protocol PackageRules: Sendable {
  /// The profile that finds paragraphs in a rendered part, or nil when the part holds no document text.
  func profile(for part: String) -> FormatProfile?
  /// True for the parts `check` reads (relationships, content types, manifest): they are parsed into a
  /// tree when changed; the others are only checked to be well-formed.
  func reads(_ part: String) -> Bool
  /// Checks the references among the parts: `parsed` holds every part the render changed or added that `reads` (and those read for their text),
  /// `added` the names of the added ones, `entries` every entry of the output. Returns the part at
  /// fault and what is wrong, or nil.
  func check(parsed: [String: XMLDocument], added: Set<String>, entries: Set<String>) -> (part: String, detail: String)?
}
