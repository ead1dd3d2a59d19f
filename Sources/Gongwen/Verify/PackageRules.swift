/// A format's rules for a rendered package, read once from the template so that each render checks only
/// what it changed.
protocol PackageRules: Sendable {
  /// The profile that finds paragraphs in a rendered part, or nil when the part holds no document text.
  func profile(for part: String) -> FormatProfile?
  /// Checks the references among the parts: `parsed` holds every part the render changed or added,
  /// `added` the names of the added ones, `entries` every entry of the output. Returns the part at
  /// fault and what is wrong, or nil.
  func check(parsed: [String: XMLDocument], added: Set<String>, entries: Set<String>) -> (part: String, detail: String)?
}
