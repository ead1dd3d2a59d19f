/// 附件 pages (GB/T 9704-2012 7.3.7): each 附件 starts a new page with `附件N` flush left on its
/// first line (`attachment_page`) and its title on the third line, one empty line between
/// (`attachment_title`). The label's font is `attachment_label` (GBT9704Check+Elements).
extension GBT9704Check {
  static func checkAttachmentPages(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    let paragraphs = layout.paragraphs
    for (position, label) in paragraphs.enumerated() where elements[label.index] == .attachmentLabel {
      let at = "¶\(label.index) (附件)"
      if !label.pageBreakBefore || !["left", "justify"].contains(label.alignment ?? "left") || abs(label.leftIndent ?? 0) > indentTolerance
        || abs(label.firstLineIndent ?? 0) > indentTolerance
      {
        found.append(FormatDeviation(id: "attachment_page", location: at, expected: "on a new page, “附件N” flush left on its first line (7.3.7)",
                                     found: label.pageBreakBefore ? "indented or not left aligned" : "no page break before it"))
      }
      // the title: the next paragraph with text, after exactly one empty one
      let rest = paragraphs.dropFirst(position + 1)
      guard let title = rest.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
      let gap = title.index - label.index - 1
      if gap != 1 || title.alignment != "center" {
        found.append(FormatDeviation(id: "attachment_title", location: "¶\(title.index) (附件标题)", expected: "centred on the third line, one empty line below “附件N” (7.3.7)",
                                     found: "\(gap) empty line\(gap == 1 ? "" : "s") between, \(title.alignment ?? "left") aligned"))
      }
    }
    return found
  }
}
