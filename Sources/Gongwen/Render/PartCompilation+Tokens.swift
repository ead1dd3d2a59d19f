import GongwenTemplate

extension PartCompilation {
  /// Serializes the rewritten tree into literal markup and tag tokens.
  func tokenize() -> [TemplateToken] {
    let table = MarkerTable(compilation: self)
    var tokens: [TemplateToken] = []
    for chunk in XMLSerializer.serialize(document, markers: table) {
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

  init(compilation: PartCompilation) {
    for (node, marker) in compilation.markers {
      ids[node] = tokens.count
      tokens.append(Self.token(marker))
    }
    for (element, attributes) in compilation.attributeHooks {
      for (name, hook) in attributes {
        attributeIDs[element, default: [:]][name] = tokens.count
        tokens.append(.hook(hook))
      }
    }
    for (element, attributes) in compilation.attributeValues {
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
