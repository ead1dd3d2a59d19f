import GongwenTemplate

/// One template part compiled once, ready to render many times.
struct CompiledPart: Sendable {
  /// The package part, e.g. `word/document.xml`.
  let name: String
  let nodes: [TemplateNode]
  /// Format-defined hooks by id.
  let hooks: [HookKind]
  /// For each hook id, the open-token indices of the sections around it, outermost first.
  let hookScopes: [Int: [Int]]
  /// Value encodings by `TagSite.context`.
  let encodings: [ValueEncoding]
  /// Content kept apart from `nodes`, by the id of the hook that renders it (a note copied per repetition).
  var fragments: [Int: [TemplateNode]] = [:]
  /// Every tag of the part as written, close tags included, in document order.
  var sites: [TagSite] = []
}
