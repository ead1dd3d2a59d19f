/// A piece of serialized XML: markup bytes, or a marker that the caller replaces when rendering.
enum XMLChunk: Equatable {
  case markup([UInt8])
  case marker(Int)
}

/// Decides which nodes and attribute values the serializer leaves as markers.
protocol XMLSerializationMarkers {
  /// A marker id to emit instead of `node` (and its subtree), or nil to serialize it.
  func marker(for node: XMLNode) -> Int?
  /// A marker id to emit instead of the value of attribute `name` on `element`, or nil.
  func marker(forAttribute name: XMLName, of element: XMLNode) -> Int?
  /// True when this element has attribute markers (a cheap pre-check).
  func hasAttributeMarkers(_ element: XMLNode) -> Bool
}
