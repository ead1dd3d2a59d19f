import GongwenTemplate

/// The 版记 (GB/T 9704-2012 7.4), read from the text box that holds `抄送：` or `…印发`:
///
/// - `imprint_rules`: its rules (empty paragraphs with a bottom border) 0.35 mm first and last, 0.25 mm
///   between, ±0.05 mm; `imprint_width`: as wide as the type area, 156 mm ±1 mm; `imprint_position`:
///   its bottom (the last rule) on the type area's bottom edge;
/// - `imprint_font`: 抄送 and 印发机关/印发日期 in 4号仿宋;
/// - `imprint_indent`: `抄送：` 1 字 (14 pt) in from the left with wrapped lines after the colon; the
///   印发机关 1 字 in from the left and the 印发日期 1 字 in from the right, ±1 mm.
extension GBT9704Check {
  static func checkImprint(_ layout: DocumentLayout) -> [FormatDeviation] {
    func text(_ paragraph: DocumentLayout.Paragraph) -> String { paragraph.text.trimmingCharacters(in: .whitespaces) }
    guard let box = layout.textBoxes.last(where: { box in box.paragraphs.contains { text($0).hasPrefix("抄送") || text($0).hasSuffix("印发") } })
    else { return [] }
    var found: [FormatDeviation] = []
    let location = Phrase(FormatPlacePhrase.imprint)
    let rules = box.paragraphs.filter { $0.bottomBorderWidth != nil && text($0).isEmpty }
    if !rules.isEmpty {
      let widths = rules.map { ($0.bottomBorderWidth ?? 0) / pointsPerMillimetre }
      let wanted = rules.indices.map { $0 == 0 || $0 == rules.count - 1 ? 0.35 : 0.25 }
      if rules.count < 2 || zip(widths, wanted).contains(where: { abs($0 - $1) > 0.05 }) {
        found.append(FormatDeviation(id: "imprint_rules", place: location, expectation: Phrase(FormatImprintPhrase.rules),
                                     finding: Phrase(FormatImprintPhrase.rulesOf, texts: ["x": widths.map { format($0) }.joined(separator: "/")])))
      }
      if box.onBottomEdge == false {
        found.append(FormatDeviation(id: "imprint_position", place: location, expectation: Phrase(FormatImprintPhrase.onBottomEdge),
                                     finding: Phrase(FormatImprintPhrase.placedElsewhere)))
      }
    }
    if let width = box.width, abs(width - 156) > positionTolerance + 0.05 {
      found.append(FormatDeviation(id: "imprint_width", place: location, expectation: Phrase(FormatHeadPhrase.typeAreaWidth),
                                   finding: millimetres(width)))
    }
    let tolerance = pointsPerMillimetre * (positionTolerance + 0.05)
    for paragraph in box.paragraphs where !text(paragraph).isEmpty {
      let content = text(paragraph)
      let isCopy = content.hasPrefix("抄送"), isImprint = content.hasSuffix("印发")
      guard isCopy || isImprint else { continue }
      let at = Phrase(FormatPlacePhrase.imprintParagraph, texts: ["n": String(paragraph.index), "element": isCopy ? "抄送" : "印发"])
      if let run = paragraph.runs.first(where: { !OfficialRole.body.acceptedFonts.contains($0.font ?? "") || abs(($0.size ?? 0) - 14) > 0.25 }) {
        found.append(FormatDeviation(id: "imprint_font", place: at, expectation: Phrase(FormatImprintPhrase.font),
                                     finding: .inText(fontAndSize(run), content.prefix(12))))
      }
      let left = paragraph.leftIndent ?? 0, first = left + (paragraph.firstLineIndent ?? 0), right = paragraph.rightIndent ?? 0
      let character = 14.0
      if isCopy, abs(first - character) > tolerance || abs(left - 4 * character) > tolerance {
        found.append(FormatDeviation(id: "imprint_indent", place: at, expectation: Phrase(FormatImprintPhrase.copyIndent),
                                     finding: Phrase(FormatImprintPhrase.copyAt, texts: ["n": format(first / character), "w": format(left / character)])))
      } else if isImprint, abs(left - character) > tolerance || abs(right - character) > tolerance {
        found.append(FormatDeviation(id: "imprint_indent", place: at, expectation: Phrase(FormatImprintPhrase.imprintIndent),
                                     finding: Phrase(FormatImprintPhrase.imprintAt, texts: ["l": format(left / character), "r": format(right / character)])))
      }
    }
    return found
  }
}
