import GongwenTemplate

/// Per-document state a format keeps while rendering: hook values and produced parts.
protocol DocumentRenderState: AnyObject {
  /// The markup for hook `id` of `part` in the repetition given, in `scope`.
  func hookMarkup(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope) -> [UInt8]
  /// Content to render in place of hook `id` (a note's copies, each in its scope); empty for a hook that
  /// is markup. A data check (`checking`) asks for the content whose tags it must walk.
  func hookExpansions(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope, checking: Bool) -> [HookExpansion]
  /// Called before expansion `index` of hook `id` renders.
  func enterExpansion(_ index: Int, part: CompiledPart, hook id: Int)
  /// The part whose content hook `id` expands into (a note's part, for its reference).
  func expansionPart(part: CompiledPart, hook id: Int) -> CompiledPart
  /// The markup for a block or image tag.
  func blockMarkup(_ value: Value, site: TagSite, scope: Scope, part: CompiledPart) throws -> [UInt8]
  /// Parts to add or replace once every compiled part has rendered.
  func finish() throws -> [(name: String, bytes: [UInt8])]
  /// The slot of a signature line placed `rightIndent` points from the right, the `number`th placed in
  /// the part (for names the part must hold once).
  func placedSignatureLine(_ line: SignatureLine, rightIndent: Double, number: Int) -> PlacedSignatureLine
  /// A rendered part with the layout that depends on what rendered applied (the pages of landscape tables).
  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8]
  /// Parts without tags that `laidOut` must see too (the styles, when a landscape page was written).
  var partsToLayOut: [String] { get }
}

extension DocumentRenderState {
  func hookExpansions(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope, checking: Bool) -> [HookExpansion] { [] }
  func enterExpansion(_ index: Int, part: CompiledPart, hook id: Int) {}
  func expansionPart(part: CompiledPart, hook id: Int) -> CompiledPart { part }
  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8] { bytes }
  func placedSignatureLine(_ line: SignatureLine, rightIndent: Double, number: Int) -> PlacedSignatureLine {
    PlacedSignatureLine(slot: line.original)
  }
  var partsToLayOut: [String] { [] }
}

/// Collects a part's rendered markup.
struct PartSink: RenderSink {
  private var output: [UInt8] = []
  /// Open drop-if-empty regions: where each began, and whether anything inside rendered.
  private var dropRegions: [(start: Int, hasContent: Bool)] = []
  /// Unsealed signature lines, placed as their dates render.
  private var signatures = SignatureLines()
  let part: CompiledPart
  let state: DocumentRenderState

  init(part: CompiledPart, state: DocumentRenderState, capacity: Int) {
    self.part = part
    self.state = state
    output.reserveCapacity(capacity)
  }

  /// The rendered part, every signature line's slot filled.
  mutating func finish() -> [UInt8] { signatures.finish(output) }

  mutating func appendLiteral(_ bytes: [UInt8]) { output += bytes }

  mutating func appendValue(_ text: String, site: TagSite) {
    if signatures.isCollecting { signatures.collect(text) }
    let encoding = site.context >= 0 && site.context < part.encodings.count ? part.encodings[site.context] : .plain
    encoding.encode(text, into: &output)
  }

  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    output += try state.blockMarkup(value, site: site, scope: scope, part: part)
  }

  mutating func appendHook(_ id: Int, repetitions: [Int]) {
    _ = appendHook(id, repetitions: repetitions, scope: Scope(root: .null))
  }

  mutating func enterExpansion(_ index: Int, ofHook id: Int) {
    state.enterExpansion(index, part: part, hook: id)
  }

  mutating func appendHook(_ id: Int, repetitions: [Int], scope: Scope) -> [HookExpansion] {
    switch part.hooks[id] {
    case .dropIfEmpty(let mark):
      switch mark {
      case .start: dropRegions.append((output.count, false))
      case .content: if !dropRegions.isEmpty { dropRegions[dropRegions.count - 1].hasContent = true }
      case .end:
        if let region = dropRegions.popLast(), !region.hasContent {
          output.removeSubrange(region.start...)
          signatures.drop(from: region.start)
        }
      }
      return []
    case .signatureLine(let line):
      signatures.begin(line, at: output.count)
      return []
    case .printedText(let text):
      signatures.collect(text)
      return []
    case .signatureLineEnd:
      signatures.end(state: state)
      return []
    case .signatureDefinitions:
      signatures.markDefinitions(at: output.count)
      return []
    case .keepWithNext(let kept, let otherwise, let lastRepetitionOnly):
      output += !lastRepetitionOnly || (scope.loop?.isLast ?? true) ? kept : otherwise
      return []
    default:
      break
    }
    let expansions = state.hookExpansions(part: part, id: id, repetitions: repetitions, scope: scope, checking: false)
    if !expansions.isEmpty { return expansions }
    output += state.hookMarkup(part: part, id: id, repetitions: repetitions, scope: scope)
    return []
  }
}
