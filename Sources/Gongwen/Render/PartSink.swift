import GongwenTemplate

/// Per-document state a format keeps while rendering: hook values and produced parts.
protocol DocumentRenderState: AnyObject {
  /// The markup for hook `id` of `part` in the repetition given.
  func hookMarkup(part: CompiledPart, id: Int, repetitions: [Int]) -> [UInt8]
  /// The markup for a block or image tag.
  func blockMarkup(_ value: Value, site: TagSite, scope: Scope, part: CompiledPart) throws -> [UInt8]
  /// Parts to add or replace once every compiled part has rendered.
  func finish() throws -> [(name: String, bytes: [UInt8])]
}

/// Collects a part's rendered markup.
struct PartSink: RenderSink {
  private(set) var output: [UInt8] = []
  /// Open drop-if-empty regions: where each began, and whether anything inside rendered.
  private var dropRegions: [(start: Int, hasContent: Bool)] = []
  let part: CompiledPart
  let state: DocumentRenderState

  init(part: CompiledPart, state: DocumentRenderState, capacity: Int) {
    self.part = part
    self.state = state
    output.reserveCapacity(capacity)
  }

  mutating func appendLiteral(_ bytes: [UInt8]) { output += bytes }

  mutating func appendValue(_ text: String, site: TagSite) {
    let encoding = site.context >= 0 && site.context < part.encodings.count ? part.encodings[site.context] : .plain
    encoding.encode(text, into: &output)
  }

  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    output += try state.blockMarkup(value, site: site, scope: scope, part: part)
  }

  mutating func appendHook(_ id: Int, repetitions: [Int]) {
    if case .dropIfEmpty(let mark) = part.hooks[id] {
      switch mark {
      case .start: dropRegions.append((output.count, false))
      case .content: if !dropRegions.isEmpty { dropRegions[dropRegions.count - 1].hasContent = true }
      case .end:
        if let region = dropRegions.popLast(), !region.hasContent { output.removeSubrange(region.start...) }
      }
      return
    }
    output += state.hookMarkup(part: part, id: id, repetitions: repetitions)
  }
}
