import Foundation

/// Elements of an official document outside the body text (GB/T 9704-2012 7.2, 7.3.7), recognised by
/// their text and place, so documents made without the shipped styles are read the same way.
enum OfficialElement: Equatable {
  /// 份号, 密级和保密期限, 紧急程度: the lines above the 发文机关标志.
  case copyNumber, secrecy, urgency
  /// A template's 版头 line whose text the data gives (`{{密级}}★{{保密期限}}`): checked as 密级.
  case templatedHeaderLine
  /// 发文机关标志: the agency's name (and 文件) in red above the red line.
  case issuer
  /// 发文字号: `某政发〔2024〕8号`.
  case documentNumber
  /// `附件1` on the first line of an attachment page.
  case attachmentLabel
  /// `出席：`, `请假：`, `列席：` of a 纪要 (10.3): the label in 3号黑体, the names in 仿宋.
  case attendance

  /// The elements of a document's paragraphs by paragraph index: the 版头 paragraphs (before the
  /// title styled as such, or else the leading paragraphs that read as 版头 lines) and 附件 labels.
  static func find(in layout: DocumentLayout) -> [Int: OfficialElement] {
    var found: [Int: OfficialElement] = [:]
    let styledTitle = layout.paragraphs.contains { $0.isTitle }
    for paragraph in layout.paragraphs {
      let text = paragraph.text.trimmingCharacters(in: .whitespaces)
      if paragraph.isTitle { break }
      guard !isTemplateTags(text) else { continue }
      if let element = headerLine(text) {
        found[paragraph.index] = element
      } else if styledTitle && text.contains("{{") {
        // the 发文字号's line (a 请示's holds 签发人, a 信函's first line the 份号 or 密级 on its left)
        let holdsNumber = withoutTags(text).contains("签发人") || text.contains("{{发文字号")
        found[paragraph.index] = holdsNumber ? .documentNumber : .templatedHeaderLine
      } else if looksLikeIssuer(paragraph, text: text) || (styledTitle && paragraph.runs.contains { ($0.size ?? 0) > 22 }) {
        found[paragraph.index] = .issuer
      } else {
        break
      }
    }
    for paragraph in layout.paragraphs where found[paragraph.index] == nil {
      let text = withoutTags(paragraph.text).trimmingCharacters(in: .whitespaces)
      if isAttachmentLabel(text) { found[paragraph.index] = .attachmentLabel }
      if text.range(of: #"^(出席|请假|列席)："#, options: .regularExpression) != nil { found[paragraph.index] = .attendance }
    }
    return found
  }

  /// The text with `{{…}}` tags taken out (a template's paragraphs are checked as they will print).
  static func withoutTags(_ text: String) -> String {
    text.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "", options: .regularExpression)
  }

  /// Empty, or nothing but template tags: a template paragraph whose look the data decides.
  static func isTemplateTags(_ text: String) -> Bool {
    withoutTags(text).trimmingCharacters(in: .whitespaces).isEmpty
  }

  private static func headerLine(_ text: String) -> OfficialElement? {
    if text.range(of: #"^[0-9]{1,6}$"#, options: .regularExpression) != nil { return .copyNumber }
    if text.range(of: #"^(绝密|机密|秘密)([★☆].*)?$"#, options: .regularExpression) != nil { return .secrecy }
    if text.range(of: #"^(特急|加急|特提|平急)"#, options: .regularExpression) != nil, text.count <= 8 { return .urgency }
    if isDocumentNumber(documentNumber(of: text)) || isSerialNumber(text) { return .documentNumber }
    return nil
  }

  /// The 发文字号 of its line: an upward document's line also holds `签发人：` and the names after a tab.
  static func documentNumber(of line: String) -> String {
    let number = line.range(of: "签发人").map { String(line[..<$0.lowerBound]) } ?? line
    return number.trimmingCharacters(in: .whitespaces)
  }

  /// Text that reads as a 发文字号, well formed or not (`〔2024〕8号`, `[24]第08号`).
  static func isDocumentNumber(_ text: String) -> Bool {
    text.count <= 30 && text.range(of: #"[〔\[［(（][0-9]{2,4}[〕\]］)）]第?[0-9]+号$"#, options: .regularExpression) != nil
  }

  /// A well-formed 发文字号: full year in 〔〕, no 第, no leading zero, ending with 号; or a 令号 or
  /// 纪要 issue number (`第12号`, `第5期`).
  static func isWellFormedDocumentNumber(_ text: String) -> Bool {
    text.range(of: #"〔[0-9]{4}〕[1-9][0-9]*号$"#, options: .regularExpression) != nil
      || text.range(of: #"^第[1-9][0-9]*[号期]$"#, options: .regularExpression) != nil
  }

  /// A 令号 or a 纪要's issue number: `第12号`, `第5期`.
  static func isSerialNumber(_ text: String) -> Bool {
    text.range(of: #"^第[0-9]+[号期]$"#, options: .regularExpression) != nil
  }

  /// A large or red paragraph, or one ending in 文件, before the title of a document without styles.
  private static func looksLikeIssuer(_ paragraph: DocumentLayout.Paragraph, text: String) -> Bool {
    text.hasSuffix("文件") || paragraph.runs.contains { ($0.size ?? 0) >= 26 || $0.color == "FF0000" }
  }

  static func isAttachmentLabel(_ text: String) -> Bool {
    text.trimmingCharacters(in: .whitespaces).range(of: #"^附件[0-9]*$"#, options: .regularExpression) != nil
  }

  /// A paragraph that is a date and nothing else (`2024年3月6日`, `二〇二四年三月六日`, `2024年03月06日`).
  static func isDate(_ text: String) -> Bool {
    text.trimmingCharacters(in: .whitespaces)
      .range(of: #"^[0-9〇○零一二三四五六七八九]{2,4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$"#,
             options: .regularExpression) != nil
  }

  /// A date as GB/T 9704 prints it: Arabic numerals, full year, no leading zeros.
  static func isWellFormedDate(_ text: String) -> Bool {
    text.trimmingCharacters(in: .whitespaces).range(of: #"^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$"#, options: .regularExpression) != nil
  }
}
