extension XMLSerializer {
  /// A node's markup cut around the values of `attributes` (each on the element holding it, in
  /// document order): the markup before the first value, between values, and after the last, for
  /// markup written many times with different values.
  static func pieces(of node: XMLNode, around attributes: [(element: XMLNode, name: XMLName)]) -> [[UInt8]] {
    var pieces: [[UInt8]] = [[]]
    for chunk in serialize(node: node, markers: AttributeMarkers(attributes)) {
      switch chunk {
      case .markup(let bytes): pieces[pieces.count - 1] += bytes
      case .marker: pieces.append([])
      }
    }
    return pieces
  }

  /// A node's markup.
  static func bytes(of node: XMLNode) -> [UInt8] { pieces(of: node, around: []).joined().map { $0 } }
}

private struct AttributeMarkers: XMLSerializationMarkers {
  let attributes: [(element: XMLNode, name: XMLName)]

  init(_ attributes: [(element: XMLNode, name: XMLName)]) { self.attributes = attributes }

  func marker(for node: XMLNode) -> Int? { nil }
  func marker(forAttribute name: XMLName, of element: XMLNode) -> Int? {
    attributes.firstIndex { $0.element == element && $0.name == name }
  }
  func hasAttributeMarkers(_ element: XMLNode) -> Bool { attributes.contains { $0.element == element } }
}
