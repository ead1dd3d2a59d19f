/// What a format adapter compiles a template into: the parts to render and how to render them.
protocol CompiledFormat: Sendable {
  /// Compiled parts, in the order they must render.
  var parts: [CompiledPart] { get }
  /// Fresh per-document state for one render.
  func makeState() -> DocumentRenderState
  /// Whether an entry the renderer writes is stored or deflated.
  func compression(for entry: String) -> ZipWriter.Compression
  /// What a part holds, for people: "body", "header", "footnotes", "document properties".
  func role(of part: String) -> String
}
