/// Checks of the elements around the body: the 版头 lines in 3号黑体, the red 发文机关标志 in 小标宋,
/// the 发文字号's form, the red line under it, 附件 labels in 3号黑体, and dates in Arabic numerals.
extension GBT9704Check {
  static func checkElements(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    let headingFonts = OfficialRole.heading1.acceptedFonts
    for paragraph in layout.paragraphs {
      let runs = paragraph.runs.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
      let text = paragraph.text.trimmingCharacters(in: .whitespaces)
      let at = "¶\(paragraph.index)"
      switch elements[paragraph.index] {
      case .attendance?:
        if let label = runs.first(where: { !OfficialElement.isTemplateTags($0.text) }), !headingFonts.contains(label.font ?? "") || abs((label.size ?? 0) - 16) > 0.25 {
          found.append(FormatDeviation(id: "attendance_label", location: "\(at) (出席)", expected: "the label in 3号黑体 (16 pt 黑体)",
                                       found: "\(label.font ?? "no East Asian font") in “\(label.text.prefix(12))”"))
        }
      case .secrecy?, .urgency?, .templatedHeaderLine?, .attachmentLabel?:
        let label = elements[paragraph.index] == .attachmentLabel ? "附件标签" : "版头"
        if let run = runs.first(where: { !headingFonts.contains($0.font ?? "") || abs(($0.size ?? 0) - 16) > 0.25 }) {
          found.append(FormatDeviation(id: label == "版头" ? "header_font" : "attachment_label", location: "\(at) (\(label))",
                                       expected: "3号黑体 (16 pt 黑体)",
                                       found: "\(run.font ?? "no East Asian font") \(run.size.map { format($0) + " pt" } ?? "no size") in “\(text.prefix(12))”"))
        }
      case .issuer?:
        if let run = runs.first(where: { $0.color != "FF0000" }) {
          found.append(FormatDeviation(id: "issuer_color", location: "\(at) (发文机关标志)", expected: "red #FF0000",
                                       found: "\(run.color.map { "#" + $0 } ?? "automatic colour") in “\(text.prefix(12))”"))
        }
        if let run = runs.first(where: { !OfficialRole.title.acceptedFonts.contains($0.font ?? "") && !($0.font ?? "").contains("小标宋") }) {
          found.append(FormatDeviation(id: "issuer_font", location: "\(at) (发文机关标志)", expected: "方正小标宋简体",
                                       found: "\(run.font ?? "no East Asian font") in “\(text.prefix(12))”"))
        }
      case .documentNumber?:
        let number = OfficialElement.documentNumber(of: text)
        if !OfficialElement.isWellFormedDocumentNumber(number) && !number.contains("{{") {
          found.append(FormatDeviation(id: "doc_number_format", location: "\(at) (发文字号)",
                                       expected: "full year in 〔〕, no 第, no leading zero: 某政发〔2024〕8号", found: "“\(number)”"))
        }
      case .copyNumber?, nil:
        if elements[paragraph.index] == nil, OfficialElement.isDate(text), !OfficialElement.isWellFormedDate(text) {
          found.append(FormatDeviation(id: "date_format", location: "\(at) (成文日期)",
                                       expected: "Arabic numerals, full year, no leading zeros: 2024年3月6日", found: "“\(text)”"))
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
    return [FormatDeviation(id: "separator_line", location: "¶\(issuer.index) (版头)",
                            expected: "a red line (#FF0000) as wide as the type area 4 mm below the 发文字号",
                            found: line.map { "a #\($0.bottomBorderColor ?? "") line at ¶\($0.index)" } ?? "no line under the 发文字号")]
  }

  /// One message per rule: deviations of one id and expectation are merged, naming every paragraph.
  static func merged(_ deviations: [FormatDeviation]) -> [FormatDeviation] {
    var order: [String] = []
    var groups: [String: [FormatDeviation]] = [:]
    for deviation in deviations {
      let key = deviation.id + "\u{1}" + deviation.expected
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(deviation)
    }
    return order.compactMap { key in
      guard let group = groups[key], let first = group.first else { return nil }
      guard group.count > 1 else { return first }
      let locations = group.map(\.location).joined(separator: ", ")
      let findings = group.map(\.found).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      let found = findings.count > 3 ? findings.prefix(3).joined(separator: "; ") + "; …" : findings.joined(separator: "; ")
      return FormatDeviation(id: first.id, location: locations, expected: first.expected, found: found)
    }
  }
}
