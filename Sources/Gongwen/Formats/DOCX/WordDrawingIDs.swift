/// The largest drawing id (`wp:docPr/@id`) in a Word package, so copies get ids no part uses.
enum WordDrawingIDs {
  static func maximum(in package: TemplatePackage) throws -> Int {
    var maximum = 0
    for entry in package.archive.entries where entry.name.hasPrefix("word/") && entry.name.hasSuffix(".xml") {
      guard let document = try package.xml(entry.name), let root = document.root else { continue }
      root.walk { node in
        guard node.isElement else { return false }
        if node.is(W.docPr), let id = node.attribute(W.id).flatMap({ Int($0) }) { maximum = max(maximum, id) }
        return true
      }
    }
    return maximum
  }
}
