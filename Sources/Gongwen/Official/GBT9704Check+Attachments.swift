import GongwenTemplate

/// 附件 pages (GB/T 9704-2012 7.3.7): each 附件 starts a new page with `附件N` flush left on its
/// first line (`attachment_page`) and its title on the third line, one empty line between
/// (`attachment_title`). The label's font is `attachment_label` (GBT9704Check+Elements).
///
/// The 附件说明 (7.3.4, `attachment_note`): `附件：` 2 字 in; a name that wraps lines up with the first
/// name's first character (after `附件：` and its number `1.`), every item of the list the same way,
/// ±1 mm (a name that fits on its line shows no wrapped line to check). Widths as in the signature check: full-width characters their size plus letter spacing,
/// digits and Latin letters half their size.
extension GBT9704Check {
  static func checkAttachmentNote(_ layout: DocumentLayout) -> [FormatDeviation] {
    let paragraphs = layout.paragraphs
    guard let start = paragraphs.firstIndex(where: { $0.text.hasPrefix("附件：") && !$0.text.contains("{{") }) else { return [] }
    let first = paragraphs[start]
    // the items after the first: a line starting with a tab (or spaces) and a number
    let items = [first] + paragraphs.dropFirst(start + 1).prefix { paragraph in
      paragraph.text.range(of: #"^[\t 　]*[0-9]+[.．]"#, options: .regularExpression) != nil
    }
    let run = first.runs.first { !$0.text.isEmpty }
    let size = run?.size ?? 16, spacing = run?.letterSpacing ?? 0
    let lineStart = (first.leftIndent ?? 0) + (first.firstLineIndent ?? 0)
    let label = DocumentLayout.Paragraph(index: 0, runs: [DocumentLayout.Run(text: "附件：", size: size, letterSpacing: spacing)], lineSpacing: nil)
    var nameStart = lineStart + textWidth(label)
    let afterLabel = first.text.dropFirst(3)
    if let number = afterLabel.range(of: #"^[0-9]+[.．]"#, options: .regularExpression) {
      let numberText = String(afterLabel[number])
      nameStart += Double(numberText.count) * (size / 2 + spacing)
    }
    let tolerance = pointsPerMillimetre * (positionTolerance + 0.05)
    // only a name that wraps shows where its wrapped lines start
    let typeArea = layout.pages.first.flatMap { page in page.width.flatMap { w in page.left.flatMap { l in page.right.map { (w - l - $0) * pointsPerMillimetre } } } }
    let wraps = items.filter { item in typeArea.map { lineStart + textWidth(item) > $0 } ?? false }
    let wrapped = wraps.map { $0.leftIndent ?? 0 }
    guard abs(lineStart - 2 * size) > tolerance || wrapped.contains(where: { abs($0 - nameStart) > tolerance }) else { return [] }
    let character = size
    var at = ["a": format(lineStart / character), "n": format(nameStart / character)]
    if !wrapped.isEmpty { at["w"] = wrapped.map { format($0 / character) }.joined(separator: "/") }
    return [FormatDeviation(id: "attachment_note", place: place(first.index, "附件说明"), expectation: Phrase(FormatSignaturePhrase.attachmentNote),
                            finding: Phrase(FormatSignaturePhrase.attachmentNoteAt, texts: at))]
  }

  static func checkAttachmentPages(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    let paragraphs = layout.paragraphs
    for (position, label) in paragraphs.enumerated() where elements[label.index] == .attachmentLabel {
      let at = place(label.index, "附件")
      if !label.pageBreakBefore || !["left", "justify"].contains(label.alignment ?? "left") || abs(label.leftIndent ?? 0) > indentTolerance
        || abs(label.firstLineIndent ?? 0) > indentTolerance
      {
        found.append(FormatDeviation(id: "attachment_page", place: at, expectation: Phrase(FormatSignaturePhrase.attachmentPage),
                                     finding: Phrase(label.pageBreakBefore ? FormatSignaturePhrase.indentedOrNotLeft : .noPageBreak)))
      }
      // the title: the next paragraph with text, after exactly one empty one
      let rest = paragraphs.dropFirst(position + 1)
      guard let title = rest.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
      let gap = title.index - label.index - 1
      if gap != 1 || title.alignment != "center" {
        let between = Phrase(gap == 1 ? FormatSignaturePhrase.emptyLineBetween : .emptyLinesBetween,
                             ["n": .text(String(gap)), "a": .phrase(alignment(title.alignment ?? "left"))])
        found.append(FormatDeviation(id: "attachment_title", place: place(title.index, "附件标题"),
                                     expectation: Phrase(FormatSignaturePhrase.attachmentTitle), finding: between))
      }
    }
    return found
  }
}
