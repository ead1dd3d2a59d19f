extension XMLSerializer {
  /// A node's markup, without a declaration.
  static func bytes(of node: XMLNode) -> [UInt8] {
    var result: [UInt8] = []
    for case .markup(let bytes) in serialize(node: node) { result += bytes }
    return result
  }
}
