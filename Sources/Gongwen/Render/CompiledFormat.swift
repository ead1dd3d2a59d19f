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
  /// A rendered part with the layout that depends on its printed text applied (the places of unsealed
  /// signatures, GB/T 9704 7.3.5.2).
  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8]
}

extension CompiledFormat {
  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8] { bytes }
}
