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
    let location = "版记"
    let rules = box.paragraphs.filter { $0.bottomBorderWidth != nil && text($0).isEmpty }
    if !rules.isEmpty {
      let widths = rules.map { ($0.bottomBorderWidth ?? 0) / pointsPerMillimetre }
      let wanted = rules.indices.map { $0 == 0 || $0 == rules.count - 1 ? 0.35 : 0.25 }
      if rules.count < 2 || zip(widths, wanted).contains(where: { abs($0 - $1) > 0.05 }) {
        found.append(FormatDeviation(id: "imprint_rules", location: location,
                                     expected: "the 版记's rules: first and last 0.35 mm, those between 0.25 mm (7.4)",
                                     found: "rules of \(widths.map { format($0) }.joined(separator: "/")) mm"))
      }
      if box.onBottomEdge == false {
        found.append(FormatDeviation(id: "imprint_position", location: location,
                                     expected: "the last rule on the bottom edge of the type area (7.4)", found: "placed elsewhere"))
      }
    }
    if let width = box.width, abs(width - 156) > positionTolerance + 0.05 {
      found.append(FormatDeviation(id: "imprint_width", location: location, expected: "as wide as the type area: 156 mm (± 1 mm)",
                                   found: format(width) + " mm"))
    }
    let tolerance = pointsPerMillimetre * (positionTolerance + 0.05)
    for paragraph in box.paragraphs where !text(paragraph).isEmpty {
      let content = text(paragraph)
      let isCopy = content.hasPrefix("抄送"), isImprint = content.hasSuffix("印发")
      guard isCopy || isImprint else { continue }
      let at = "\(location) ¶\(paragraph.index) (\(isCopy ? "抄送" : "印发"))"
      if let run = paragraph.runs.first(where: { !OfficialRole.body.acceptedFonts.contains($0.font ?? "") || abs(($0.size ?? 0) - 14) > 0.25 }) {
        found.append(FormatDeviation(id: "imprint_font", location: at, expected: "4号仿宋 (14 pt 仿宋)",
                                     found: "\(run.font ?? "no East Asian font") \(run.size.map { format($0) + " pt" } ?? "no size") in “\(content.prefix(12))”"))
      }
      let left = paragraph.leftIndent ?? 0, first = left + (paragraph.firstLineIndent ?? 0), right = paragraph.rightIndent ?? 0
      let character = 14.0
      if isCopy, abs(first - character) > tolerance || abs(left - 4 * character) > tolerance {
        found.append(FormatDeviation(id: "imprint_indent", location: at,
                                     expected: "“抄送：” 1 字 in from the left, wrapped lines after the colon (7.4.2)",
                                     found: "“抄送：” \(format(first / character)) 字 from the left, wrapped lines at \(format(left / character)) 字"))
      } else if isImprint, abs(left - character) > tolerance || abs(right - character) > tolerance {
        found.append(FormatDeviation(id: "imprint_indent", location: at,
                                     expected: "the 印发机关 1 字 in from the left, the 印发日期 1 字 in from the right (7.4.3)",
                                     found: "印发机关 \(format(left / character)) 字 from the left, 印发日期 \(format(right / character)) 字 from the right"))
      }
    }
    return found
  }
}
