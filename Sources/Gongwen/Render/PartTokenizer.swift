import GongwenTemplate

/// The last stage of compiling a part: the edited tree serialized once into literal markup and tag
/// tokens, and built into the `CompiledPart` that renders many times.
enum PartTokenizer {
  /// Compiles a rewritten part; `sites` lists its tags as written.
  static func compile(_ part: RewrittenPart, sites: [TagSite] = []) -> CompiledPart {
    let tokens = tokenize(part)
    let hooks = part.marks.hooks
    let cut = HookFragments.cut(tokens, hooks: hooks)
    return CompiledPart(name: part.name, nodes: TemplateTree.build(cut.tokens), hooks: hooks,
                        hookScopes: HookScopes.compute(tokens), encodings: part.encodings,
                        fragments: cut.fragments, sites: sites, keptBlocks: part.marks.keptBlocks)
  }

  /// Serializes the rewritten tree into literal markup and tag tokens.
  static func tokenize(_ part: RewrittenPart) -> [TemplateToken] {
    let table = MarkerTable(part.marks)
    var tokens: [TemplateToken] = []
    for chunk in XMLSerializer.serialize(part.document, markers: table) {
      switch chunk {
      case .markup(let bytes):
        tokens.append(.literal(bytes))
      case .marker(let id):
        tokens.append(table.tokens[id])
      }
    }
    return tokens
  }
}

/// Gives each marker node and attribute hook an id for the serializer, and its template token.
private final class MarkerTable: XMLSerializationMarkers {
  var ids: [XMLNode: Int] = [:]
  var attributeIDs: [XMLNode: [XMLName: Int]] = [:]
  var tokens: [TemplateToken] = []

  init(_ marks: PartMarks) {
    for (node, marker) in marks.markers {
      ids[node] = tokens.count
      tokens.append(Self.token(marker))
    }
    for (element, attributes) in marks.attributeHooks {
      for (name, hook) in attributes {
        attributeIDs[element, default: [:]][name] = tokens.count
        tokens.append(.hook(hook))
      }
    }
    for (element, attributes) in marks.attributeValues {
      for (name, marker) in attributes {
        attributeIDs[element, default: [:]][name] = tokens.count
        tokens.append(Self.token(marker))
      }
    }
  }

  private static func token(_ marker: MarkerToken) -> TemplateToken {
    switch marker {
    case .value(let found, let context):
      return .value(TagSite(tag: found.tag, location: found.location, context: context))
    case .open(let found, let mode):
      return .open(TagSite(tag: found.tag, location: found.location), mode)
    case .close(let found):
      return .close(TagSite(tag: found.tag, location: found.location))
    case .block(let found, let context):
      return .block(TagSite(tag: found.tag, location: found.location, context: context))
    case .hook(let id):
      return .hook(id)
    }
  }

  func marker(for node: XMLNode) -> Int? { ids[node] }
  func marker(forAttribute name: XMLName, of element: XMLNode) -> Int? { attributeIDs[element]?[name] }
  func hasAttributeMarkers(_ element: XMLNode) -> Bool { attributeIDs[element] != nil }
}
