import GongwenTemplate

/// Finds image tags in compiled parts, so templates without figures skip figure setup.
enum FigureTags {
  static func present(in parts: [CompiledPart]) -> Bool {
    parts.contains { present(in: $0.nodes) }
  }

  private static func present(in nodes: [TemplateNode]) -> Bool {
    nodes.contains { node in
      switch node {
      case .block(let site): return site.tag.kind == .image
      case .section(_, _, let children): return present(in: children)
      default: return false
      }
    }
  }
}
