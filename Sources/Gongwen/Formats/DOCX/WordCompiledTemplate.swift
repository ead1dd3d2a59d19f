/// A compiled Word template.
struct WordCompiledTemplate: CompiledFormat {
  let parts: [CompiledPart]
  let numbering: WordNumbering
  let firstFreeDrawingID: Int
  let figures: WordFigureSetup
  /// The template's styles, for structured content.
  var styles = WordStyleCatalog()

  func makeState() -> DocumentRenderState { WordRenderState(template: self) }
  func compression(for entry: String) -> ZipWriter.Compression { .deflate }
}
