extension TemplateOutline {
  /// The outline as a person reads it: each part with its role, then its tags as an indented tree of
  /// sections, each line starting with the tag's place.
  ///
  /// ```
  /// word/document.xml (body)
  ///   ¶4                                {{#活动}} … {{/活动}} ¶9
  ///     ¶6 (table 1, row 2, cell 1)     {{名称}}
  /// ```
  public var text: String { text(in: .current) }

  /// The outline in `language`.
  public func text(in language: MessageLanguage) -> String {
    let chinese = language == .chinese
    var lines = ["\(file) (\(format))"]
    for part in parts {
      lines.append("")
      lines.append("\(part.name) (\(PartRolePhrase.phrase(role: part.role).text(in: language)))")
      appendLines(part.nodes, depth: 1, language: language, into: &lines)
    }
    let count = tags.count
    lines.append("")
    if chinese {
      lines.append("\(parts.count) 个部件中共 \(count) 个标签" + (filters.isEmpty ? "" : "；用到的过滤器：" + filters.joined(separator: "、")))
    } else {
      lines.append("\(count) tag\(count == 1 ? "" : "s") in \(parts.count) part\(parts.count == 1 ? "" : "s")"
        + (filters.isEmpty ? "" : "; filters used: " + filters.joined(separator: ", ")))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What a tag of each kind does, after the tag.
  private static func kindNote(_ kind: String, language: MessageLanguage) -> String? {
    let notes: [String: (String, String)] = [
      "section": ("loop or condition", "循环或条件"), "inverted": ("when empty or false", "为空或为假时"),
      "block": ("block", "块"), "image": ("image", "图片"), "delimiters": ("switches the delimiters", "切换定界符"),
    ]
    return notes[kind].map { language == .chinese ? $0.1 : $0.0 }
  }

  private func appendLines(_ nodes: [Node], depth: Int, language: MessageLanguage, into lines: inout [String]) {
    for node in nodes {
      let tag = node.tag
      var place = String(repeating: "  ", count: depth) + "¶\(tag.paragraph)"
      if let container = tag.containerTexts[language] ?? tag.container, !container.isEmpty { place += " (\(container))" }
      let padding = String(repeating: " ", count: max(1, 36 - place.count))
      var line = place + padding + tag.text
      if tag.kind == "section" || tag.kind == "inverted", let close = node.close {
        line += " … " + close.text + (close.paragraph == tag.paragraph ? "" : " ¶\(close.paragraph)")
      }
      if let note = Self.kindNote(tag.kind, language: language) { line += "  " + note }
      lines.append(line)
      appendLines(node.children, depth: depth + 1, language: language, into: &lines)
    }
  }
}
