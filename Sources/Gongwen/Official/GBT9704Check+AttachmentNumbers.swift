import GongwenTemplate

/// The numbers of a 附件说明's later items (GB/T 9704-2012 7.3.4, `attachment_note`): `2.`, `3.` …
/// stand under the first item's `1.`, each reached by a tab from the line's start. Where the paragraph
/// sets tab stops, the first stop past the line's start is where the number starts; it must be where
/// `1.` starts after `附件：`, ±1 mm (widths as in GBT9704Check+Attachments). Without tab stops of its
/// own a paragraph falls back on the default ones, which say nothing of intent: it is not measured.
extension GBT9704Check {
  static func checkAttachmentNumbers(_ layout: DocumentLayout) -> [FormatDeviation] {
    let paragraphs = layout.paragraphs
    guard let start = paragraphs.firstIndex(where: { $0.text.hasPrefix("附件：") && !$0.text.contains("{{") }) else { return [] }
    let first = paragraphs[start]
    guard first.text.dropFirst(3).range(of: #"^[0-9]+[.．]"#, options: .regularExpression) != nil else { return [] }
    let later = paragraphs.dropFirst(start + 1).prefix { $0.text.range(of: #"^\t[0-9]+[.．]"#, options: .regularExpression) != nil }
    let run = first.runs.first { !$0.text.isEmpty }
    let label = DocumentLayout.Paragraph(index: 0, runs: [DocumentLayout.Run(text: "附件：", size: run?.size ?? 16, letterSpacing: run?.letterSpacing ?? 0)],
                                         lineSpacing: nil)
    let numberStart = (first.leftIndent ?? 0) + (first.firstLineIndent ?? 0) + textWidth(label)
    let tolerance = pointsPerMillimetre * (positionTolerance + 0.05)
    let character = run?.size ?? 16
    for item in later {
      let lineStart = (item.leftIndent ?? 0) + (item.firstLineIndent ?? 0)
      guard let stop = item.tabStops?.filter({ $0 > lineStart + 0.5 }).min(), abs(stop - numberStart) > tolerance else { continue }
      return [FormatDeviation(id: "attachment_note", place: place(item.index, "附件说明"),
                              expectation: Phrase(FormatSignaturePhrase.attachmentNumbers),
                              finding: Phrase(FormatSignaturePhrase.attachmentNumbersAt,
                                              texts: ["a": format(numberStart / character), "b": format(stop / character)]))]
    }
    return []
  }
}
