import GongwenTemplate

/// What a part's tree carries besides its markup once tags are cut out: marker nodes standing for tags
/// and hooks, attribute values cut out as hooks or computed values, and the hooks themselves by id.
struct PartMarks {
  /// Marker nodes in the tree and what each stands for.
  private(set) var markers: [XMLNode: MarkerToken] = [:]
  /// Attribute values cut out as hooks: element → attribute → hook id.
  private(set) var attributeHooks: [XMLNode: [XMLName: Int]] = [:]
  /// Attribute values replaced by a computed value: element → attribute → the value's marker.
  var attributeValues: [XMLNode: [XMLName: MarkerToken]] = [:]
  /// Hooks by id.
  private(set) var hooks: [HookKind] = []
  /// Block and image tags kept with what follows, by paragraph number: whether only in the last repetition.
  var keptBlocks: [Int: Bool] = [:]

  /// Makes a marker node in `document` standing for `token`.
  mutating func makeMarker(_ token: MarkerToken, in document: XMLDocument) -> XMLNode? {
    guard let marker = document.makeMarker() else { return nil }
    markers[marker] = token
    return marker
  }

  /// Makes a marker node standing for a new hook.
  mutating func makeHookMarker(_ kind: HookKind, in document: XMLDocument) -> XMLNode? {
    makeMarker(.hook(addHook(kind)), in: document)
  }

  /// Registers a hook and returns its id.
  mutating func addHook(_ kind: HookKind) -> Int {
    hooks.append(kind)
    return hooks.count - 1
  }

  /// Cuts an attribute's value out as a hook; an attribute already cut out keeps its first hook.
  mutating func hookAttribute(_ name: XMLName, of element: XMLNode, _ kind: HookKind) {
    guard attributeHooks[element]?[name] == nil else { return }
    attributeHooks[element, default: [:]][name] = addHook(kind)
  }
}
