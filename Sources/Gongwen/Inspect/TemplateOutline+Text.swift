extension TemplateOutline {
  /// The outline as a person reads it: each part with its role, then its tags as an indented tree of
  /// sections, each line starting with the tag's place.
  ///
  /// ```
  /// word/document.xml (body)
  ///   ¶4                                {{#活动}} … {{/活动}} ¶9
  ///     ¶6 (table 1, row 2, cell 1)     {{名称}}
  /// ```
  public var text: String {
    var lines = ["\(file) (\(format))"]
    for part in parts {
      lines.append("")
      lines.append("\(part.name) (\(part.role))")
      appendLines(part.nodes, depth: 1, into: &lines)
    }
    let count = tags.count
    lines.append("")
    lines.append("\(count) tag\(count == 1 ? "" : "s") in \(parts.count) part\(parts.count == 1 ? "" : "s")"
      + (filters.isEmpty ? "" : "; filters used: " + filters.joined(separator: ", ")))
    return lines.joined(separator: "\n") + "\n"
  }

  private func appendLines(_ nodes: [Node], depth: Int, into lines: inout [String]) {
    for node in nodes {
      let tag = node.tag
      var place = String(repeating: "  ", count: depth) + "¶\(tag.paragraph)"
      if let container = tag.container, !container.isEmpty { place += " (\(container))" }
      let padding = String(repeating: " ", count: max(1, 36 - place.count))
      var line = place + padding + tag.text
      switch tag.kind {
      case "section", "inverted":
        if let close = node.close {
          line += " … " + close.text + (close.paragraph == tag.paragraph ? "" : " ¶\(close.paragraph)")
        }
        line += tag.kind == "section" ? "  loop or condition" : "  when empty or false"
      case "block": line += "  block"
      case "image": line += "  image"
      case "delimiters": line += "  switches the delimiters"
      default: break
      }
      lines.append(line)
      appendLines(node.children, depth: depth + 1, into: &lines)
    }
  }
}
