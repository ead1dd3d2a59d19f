import GongwenTemplate

/// A sink that keeps nothing but lets the format build each block and picture (reading picture files
/// from the template's base directory, as a render does) and throws the result away, so a check finds
/// exactly the problems a render would.
struct DataCheckSink: RenderSink {
  let part: CompiledPart
  let state: DocumentRenderState

  mutating func appendLiteral(_ bytes: [UInt8]) {}
  mutating func appendValue(_ text: String, site: TagSite) {}
  mutating func appendHook(_ id: Int, repetitions: [Int]) {}

  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    _ = try state.blockMarkup(value, site: site, scope: scope, part: part)
  }
}
