/// A compiled Word template.
struct WordCompiledTemplate: CompiledFormat {
  let parts: [CompiledPart]
  let numbering: WordNumbering
  let firstFreeDrawingID: Int
  let figures: WordFigureSetup

  func makeState() -> DocumentRenderState { WordRenderState(template: self) }
  func compression(for entry: String) -> ZipWriter.Compression { .deflate }
}
