import GongwenTemplate

/// Indents of the 主体 (GB/T 9704-2012 7.3.2, 7.3.3): 主送机关 flush left, body paragraphs two characters
/// in on their first line, the lines after it flush left, justified or left aligned.
extension GBT9704Check {
  /// Within this many points an indent counts as the expected one.
  static let indentTolerance = 2.0

  static func checkIndents(_ layout: DocumentLayout) -> [FormatDeviation] {
    let roles = roles(layout)
    guard let title = roles.firstIndex(where: { $0.role == .title }) else { return [] }
    var found: [FormatDeviation] = []
    var bodyStart = title + 1
    // a title broken into several paragraphs
    while bodyStart < roles.count, roles[bodyStart].role == .title { bodyStart += 1 }
    // 主送机关: the first paragraph after the title when it ends in a colon and is no sentence
    if let next = roles.dropFirst(bodyStart).first, isRecipient(OfficialElement.withoutTags(next.paragraph.text)) {
      bodyStart += 1
      let first = next.paragraph.firstLineIndent ?? 0, left = next.paragraph.leftIndent ?? 0
      if abs(first) > indentTolerance || abs(left) > indentTolerance {
        found.append(FormatDeviation(id: "recipient_indent", place: place(next.paragraph.index, "主送机关"),
                                     expectation: Phrase(FormatPagePhrase.recipientFlushLeft), finding: indents(first: first, left: left)))
      }
    }
    for (paragraph, role, _) in roles.dropFirst(bodyStart) where role == .body {
      // a template's paragraph is read as it will print
      let text = OfficialElement.withoutTags(paragraph.text).trimmingCharacters(in: .whitespaces)
      // a body paragraph of at least a full line; signature, date, 附件说明 and short lines have places of their own
      guard text.count >= 28, !text.hasPrefix("附件"), !text.hasPrefix("（"), !isRecipient(text),
        let first = paragraph.firstLineIndent, ["justify", "left"].contains(paragraph.alignment ?? "left")
      else { continue }
      let size = paragraph.runs.first { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }?.size ?? 16
      let left = paragraph.leftIndent ?? 0
      if abs(first - 2 * size) > indentTolerance || abs(left) > indentTolerance {
        found.append(FormatDeviation(id: "body_indent", place: place(paragraph.index, "正文"),
                                     expectation: Phrase(FormatPagePhrase.bodyIndent, texts: ["n": format(2 * size)]),
                                     finding: indents(first: first, left: left)))
      }
    }
    return found
  }

  /// `first line 32 pt, left 0 pt`.
  private static func indents(first: Double, left: Double) -> Phrase {
    Phrase(FormatPagePhrase.indents, texts: ["f": format(first), "l": format(left)])
  }

  /// `各县（市、区）人民政府，市政府各部门：`: ends in a colon, holds no sentence.
  static func isRecipient(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return (trimmed.hasSuffix("：") || trimmed.hasSuffix(":")) && !trimmed.contains("。") && trimmed.count <= 80
  }
}
