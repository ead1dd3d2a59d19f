import GongwenTemplate

/// Checks of the elements around the body: the 版头 lines in 3号黑体, the red 发文机关标志 in 小标宋,
/// the 发文字号's form, the red line under it, 附件 labels in 3号黑体, and dates in Arabic numerals.
extension GBT9704Check {
  static func checkElements(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    let headingFonts = OfficialRole.heading1.acceptedFonts
    for paragraph in layout.paragraphs {
      let runs = paragraph.runs.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
      let text = paragraph.text.trimmingCharacters(in: .whitespaces)
      switch elements[paragraph.index] {
      case .attendance?:
        if let label = runs.first(where: { !OfficialElement.isTemplateTags($0.text) }), !headingFonts.contains(label.font ?? "") || abs((label.size ?? 0) - 16) > 0.25 {
          found.append(FormatDeviation(id: "attendance_label", place: place(paragraph.index, "出席"),
                                       expectation: Phrase(FormatHeadPhrase.attendanceLabel), finding: .inText(font(label), label.text.prefix(12))))
        }
      case .secrecy?, .urgency?, .templatedHeaderLine?, .attachmentLabel?:
        let label = elements[paragraph.index] == .attachmentLabel ? "附件标签" : "版头"
        if let run = runs.first(where: { !headingFonts.contains($0.font ?? "") || abs(($0.size ?? 0) - 16) > 0.25 }) {
          found.append(FormatDeviation(id: label == "版头" ? "header_font" : "attachment_label", place: place(paragraph.index, label),
                                       expectation: Phrase(FormatHeadPhrase.headerFont), finding: .inText(fontAndSize(run), text.prefix(12))))
        }
      case .issuer?:
        if let run = runs.first(where: { $0.color != "FF0000" }) {
          let colour = run.color.map { Phrase.asIs("#" + $0) } ?? .value(.automaticColour)
          found.append(FormatDeviation(id: "issuer_color", place: place(paragraph.index, "发文机关标志"), expectation: Phrase(FormatHeadPhrase.red),
                                       finding: .inText(colour, text.prefix(12))))
        }
        if let run = runs.first(where: { !OfficialRole.title.acceptedFonts.contains($0.font ?? "") && !($0.font ?? "").contains("小标宋") }) {
          found.append(FormatDeviation(id: "issuer_font", place: place(paragraph.index, "发文机关标志"), expectation: .asIs(OfficialRole.title.font),
                                       finding: .inText(font(run), text.prefix(12))))
        }
      case .documentNumber?:
        let number = OfficialElement.documentNumber(of: text)
        if !OfficialElement.isWellFormedDocumentNumber(number) && !number.contains("{{") {
          found.append(FormatDeviation(id: "doc_number_format", place: place(paragraph.index, "发文字号"),
                                       expectation: Phrase(FormatHeadPhrase.documentNumber), finding: .value(.quoted, ["q": .text(number)])))
        }
      case .copyNumber?, nil:
        if elements[paragraph.index] == nil, OfficialElement.isDate(text), !OfficialElement.isWellFormedDate(text) {
          found.append(FormatDeviation(id: "date_format", place: place(paragraph.index, "成文日期"),
                                       expectation: Phrase(FormatHeadPhrase.date), finding: .value(.quoted, ["q": .text(text)])))
        }
      }
    }
    found += checkSeparatorLine(layout, elements)
    return found
  }

  /// With a 发文机关标志 (other than a 命令's), a red line (a red bottom border) under the 发文字号 or the
  /// paragraph after it.
  private static func checkSeparatorLine(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    // 命令（令）格式 (10.2) has no red line
    guard let issuer = layout.paragraphs.first(where: { elements[$0.index] == .issuer }),
      !issuer.text.trimmingCharacters(in: .whitespaces).hasSuffix("令")
    else { return [] }
    let after = layout.paragraphs.drop { $0.index <= issuer.index }.prefix { !$0.isTitle }
    if after.contains(where: { $0.bottomBorderColor == "FF0000" }) { return [] }
    let line = after.first { $0.bottomBorderColor != nil }
    let finding = line.map { Phrase(FormatHeadPhrase.lineAt, texts: ["c": $0.bottomBorderColor ?? "", "n": String($0.index)]) }
    return [FormatDeviation(id: "separator_line", place: place(issuer.index, "版头"), expectation: Phrase(FormatHeadPhrase.redLine),
                            finding: finding ?? Phrase(FormatHeadPhrase.noLineUnderNumber))]
  }

  /// One message per rule: deviations of one id and expectation are merged, naming every paragraph.
  static func merged(_ deviations: [FormatDeviation]) -> [FormatDeviation] {
    var order: [String] = []
    var groups: [String: [FormatDeviation]] = [:]
    for deviation in deviations {
      let key = deviation.id + "\u{1}" + deviation.expectation.englishText
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(deviation)
    }
    return order.compactMap { key in
      guard let group = groups[key], let first = group.first else { return nil }
      guard group.count > 1 else { return first }
      let findings = group.map(\.finding).reduce(into: [Phrase]()) { if !$0.contains($1) { $0.append($1) } }
      return FormatDeviation(id: first.id, place: .joined(group.map(\.place), clauses: false), expectation: first.expectation,
                             finding: .joined(Array(findings.prefix(3)), clauses: true, more: findings.count > 3))
    }
  }
}
