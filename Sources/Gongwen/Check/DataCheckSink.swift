import GongwenTemplate

/// A sink that keeps nothing but lets the format build each block and picture (reading picture files
/// from the template's base directory, as a render does) and throws the result away, so a check finds
/// exactly the problems a render would.
struct DataCheckSink: RenderSink {
  let part: CompiledPart
  let state: DocumentRenderState
  /// The parts of the content being walked in hooks' places (a note walked at its reference), innermost last.
  private var expansionParts: [CompiledPart] = []

  init(part: CompiledPart, state: DocumentRenderState) {
    self.part = part
    self.state = state
  }

  mutating func appendLiteral(_ bytes: [UInt8]) {}
  mutating func appendValue(_ text: String, site: TagSite) {}
  mutating func appendHook(_ id: Int, repetitions: [Int]) {}

  /// Content a hook renders in its place (a note copied per repetition) is walked in its scope.
  mutating func appendHook(_ id: Int, repetitions: [Int], scope: Scope) -> [HookExpansion] {
    let current = expansionParts.last ?? part
    let expansions = state.hookExpansions(part: current, id: id, repetitions: repetitions, scope: scope, checking: true)
    if !expansions.isEmpty { expansionParts.append(state.expansionPart(part: current, hook: id)) }
    return expansions
  }

  mutating func leaveExpansions(ofHook id: Int) { _ = expansionParts.popLast() }

  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    _ = try state.blockMarkup(value, site: site, scope: scope, part: expansionParts.last ?? part)
  }
}
