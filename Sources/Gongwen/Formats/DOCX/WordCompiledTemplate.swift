/// A compiled Word template.
struct WordCompiledTemplate: CompiledFormat {
  let parts: [CompiledPart]
  let numbering: WordNumbering
  let firstFreeDrawingID: Int
  let figures: WordFigureSetup
  /// What each templated part is, by the relationship that names it ("header", "footnotes").
  var roles: [String: String] = [:]
  /// Notes referred to inside sections, copied per repetition.
  var notes = WordNoteCopies()
  /// The template's styles, for structured content.
  var styles = WordStyleCatalog()
  /// Whether the main part has footers for landscape pages (`WordSectionLayout`).
  var hasLandscapeFooters = false
  /// Where the body of the pages ends, in twips from the paper's bottom (`WordFooterExtent`): the
  /// margin a landscape page turns to its left.
  var typeAreaBottom: Int?

  func makeState() -> DocumentRenderState { WordRenderState(template: self) }
  func compression(for entry: String) -> ZipWriter.Compression { .deflate }
  func role(of part: String) -> String { roles[part] ?? "part" }
}
