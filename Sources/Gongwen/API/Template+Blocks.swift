import GongwenTemplate

extension Template {
  /// The paths of the block tags (`{{>正文}}` → `正文`) in the template, in render order.
  public var blockPaths: [String] {
    var paths: [String] = []
    func walk(_ nodes: [TemplateNode]) {
      for node in nodes {
        switch node {
        case .block(let site) where site.tag.kind == .block: paths.append(site.tag.expression.path.description)
        case .section(_, _, let children): walk(children)
        default: continue
        }
      }
    }
    for part in compiled.parts { walk(part.nodes) }
    return paths
  }
}
