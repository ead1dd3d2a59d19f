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
  /// Block and image tags kept with what follows (before a signature), by paragraph number: whether
  /// only in the last repetition of the sections around them.
  var keptBlocks: [Int: Bool] = [:]

  /// Whether the block or image tag at `site` renders kept with what follows, in `scope`.
  func keepsWithNext(_ site: TagSite, scope: Scope) -> Bool {
    guard let lastRepetitionOnly = keptBlocks[site.location.paragraph] else { return false }
    return !lastRepetitionOnly || (scope.loop?.isLast ?? true)
  }
}
