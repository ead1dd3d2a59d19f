import Foundation
import Testing

@testable import Gongwen

/// The full notice (every element: 份号, 密级, 紧急程度, 标志, 发文字号, 主送, body, two 附件 with pages,
/// sealed signature, 附注, 抄送, 印发) rendered in both formats passes `check-format`; each document
/// made from it by changing one property through libxml2 is caught with exactly that rule's id.
struct BrokenRuleTests {
  /// One property broken in one format.
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let format: String
    let change: String
    var testDescription: String { "\(id) (\(format): \(change))" }
  }

  static let rendered: [String: [UInt8]] = {
    var result: [String: [UInt8]] = [:]
    for format in ["docx", "odt"] { result[format] = try? NoticeTemplateTests.render(format, try NoticeTemplateTests.sample()) }
    return result
  }()

  static let wordCases: [Case] = [
    Case(id: "issuer_position", format: "docx", change: "标志 3 mm lower: 8.5 pt more space before"),
    Case(id: "issuer_position", format: "docx", change: "标志 3 mm higher: space before 0, a 42 pt line"),
    Case(id: "doc_number_position", format: "docx", change: "8.5 pt before the 发文字号"),
    Case(id: "separator_position", format: "docx", change: "the red line 20 pt below the 发文字号"),
    Case(id: "separator_width", format: "docx", change: "the 发文字号 (and its line) 10 mm in from the left"),
    Case(id: "separator_line", format: "docx", change: "a blue line"),
    Case(id: "title_position", format: "docx", change: "8.5 pt before the title"),
    Case(id: "issuer_color", format: "docx", change: "black 标志"),
    Case(id: "header_font", format: "docx", change: "版头 lines in 14 pt"),
    Case(id: "signature_position", format: "docx", change: "sealed signature not centred over the date"),
    Case(id: "seal_placement", format: "docx", change: "the seal in front of the text"),
    Case(id: "signature_alone", format: "docx", change: "附件说明 not kept with the next paragraph"),
    Case(id: "attachment_page", format: "docx", change: "no page break before 附件N"),
    Case(id: "attachment_label", format: "docx", change: "附件N in 14 pt"),
    Case(id: "attachment_note", format: "docx", change: "附件说明's wrapped lines 1 字 left of the names"),
    Case(id: "imprint_rules", format: "docx", change: "the thin 版记 rule 0.35 mm"),
    Case(id: "imprint_font", format: "docx", change: "抄送 in 16 pt"),
    Case(id: "imprint_indent", format: "docx", change: "印发机关 3 字 in"),
    Case(id: "imprint_width", format: "docx", change: "版记 box 140 mm wide"),
    Case(id: "imprint_position", format: "docx", change: "版记 box 10 mm higher"),
    Case(id: "line_pitch", format: "docx", change: "29.0 pt lines"),
    Case(id: "recipient_indent", format: "docx", change: "主送 indented 2 字"),
    Case(id: "margin_top", format: "docx", change: "top margin 40 mm"),
  ]

  static let odfCases: [Case] = [
    Case(id: "issuer_position", format: "odt", change: "标志 3 mm lower: 8.5 pt more space before"),
    Case(id: "doc_number_position", format: "odt", change: "8.5 pt before the 发文字号"),
    Case(id: "separator_position", format: "odt", change: "the red line 20 pt below the 发文字号"),
    Case(id: "separator_width", format: "odt", change: "the 发文字号 (and its line) 10 mm in from the left"),
    Case(id: "separator_line", format: "odt", change: "a blue line"),
    Case(id: "title_position", format: "odt", change: "8.5 pt before the title"),
    Case(id: "issuer_color", format: "odt", change: "black 标志"),
    Case(id: "header_font", format: "odt", change: "版头 lines in 14 pt"),
    Case(id: "signature_position", format: "odt", change: "sealed signature not centred over the date"),
    Case(id: "seal_placement", format: "odt", change: "the seal in front of the text"),
    Case(id: "signature_alone", format: "odt", change: "附件说明 not kept with the next paragraph"),
    Case(id: "attachment_page", format: "odt", change: "no page break before 附件N"),
    Case(id: "attachment_label", format: "odt", change: "附件N in 14 pt"),
    Case(id: "attachment_note", format: "odt", change: "附件说明's wrapped lines 1 字 left of the names"),
    Case(id: "imprint_rules", format: "odt", change: "the thin 版记 rule 0.35 mm"),
    Case(id: "imprint_font", format: "odt", change: "抄送 in 16 pt"),
    Case(id: "imprint_indent", format: "odt", change: "印发机关 3 字 in"),
    Case(id: "imprint_width", format: "odt", change: "版记 frame 140 mm wide"),
    Case(id: "imprint_position", format: "odt", change: "版记 frame at the top of the page area"),
    Case(id: "line_pitch", format: "odt", change: "29.0 pt lines"),
    Case(id: "recipient_indent", format: "odt", change: "主送 indented 2 字"),
    Case(id: "margin_top", format: "odt", change: "top margin 40 mm"),
  ]

  static func broken(_ rule: Case, _ bytes: [UInt8]) throws -> [UInt8] {
    typealias E = PackageEditing
    if rule.format == "docx" {
      switch (rule.id, rule.change.hasSuffix("higher: space before 0, a 42 pt line")) {
      case ("issuer_position", false): return try E.setWord(bytes, style: "GongwenIssuer", "pPr", "spacing", ["before": "300"])
      case ("issuer_position", true): return try E.setWord(bytes, style: "GongwenIssuer", "pPr", "spacing", ["before": "0", "line": "840"])
      case ("doc_number_position", _): return try E.setWord(bytes, style: "GongwenDocNumber", "pPr", "spacing", ["before": "170"])
      case ("separator_position", _):
        return try E.edit(bytes, part: "word/styles.xml") { root in
          try #require(try E.wordStyle(root, "GongwenDocNumber", "pPr").child(W.name("pBdr"))?.child(W.name("bottom"))).setAttribute(W.name("space"), "20")
        }
      case ("separator_width", _): return try E.setWord(bytes, style: "GongwenDocNumber", "pPr", "ind", ["left": "567"])
      case ("separator_line", _):
        return try E.edit(bytes, part: "word/styles.xml") { root in
          try #require(try E.wordStyle(root, "GongwenDocNumber", "pPr").child(W.name("pBdr"))?.child(W.name("bottom"))).setAttribute(W.name("color"), "0000FF")
        }
      case ("title_position", _): return try E.setWord(bytes, style: "GongwenTitle", "pPr", "spacing", ["before": "170"])
      case ("issuer_color", _): return try E.setWord(bytes, style: "GongwenIssuer", "rPr", "color", ["val": "000000"])
      case ("header_font", _): return try E.setWord(bytes, style: "GongwenHeaderNote", "rPr", "sz", ["val": "28"])
      case ("signature_position", _): return try E.setWord(bytes, style: "GongwenSealedSignature", "pPr", "ind", ["left": "2000"])
      case ("seal_placement", _):
        return try E.edit(bytes, part: "word/document.xml") { root in
          let anchors = E.elements(root, XMLName(W.drawingNS, "anchor")).filter { $0.attribute(XMLName("", "behindDoc")) == "1" }
          #expect(anchors.count == 1)
          for anchor in anchors { anchor.setAttribute(XMLName("", "behindDoc"), "0") }
        }
      case ("signature_alone", _):
        // the last 附件说明 line keeps through its style and, before a signature, its own properties
        let unstyled = try E.setWord(bytes, style: "GongwenAttachment", "pPr", "keepNext", ["val": "0"])
        return try E.edit(unstyled, part: "word/document.xml") { root in
          let own = E.elements(root, W.name("keepNext")).filter { $0.parent?.child(W.name("pStyle"))?.attribute(W.val) == "GongwenAttachment" }
          #expect(!own.isEmpty)
          for keep in own { keep.remove() }
        }
      case ("attachment_page", _): return try E.setWord(bytes, style: "GongwenAttachmentLabel", "pPr", "pageBreakBefore", ["val": "0"])
      case ("attachment_label", _): return try E.setWord(bytes, style: "GongwenAttachmentLabel", "rPr", "sz", ["val": "28"])
      case ("attachment_note", _): return try E.setWord(bytes, style: "GongwenAttachment", "pPr", "ind", ["left": "1590", "hanging": "950"])
      case ("imprint_rules", _):
        return try E.edit(bytes, part: "word/styles.xml") { root in
          try #require(try E.wordStyle(root, "GongwenImprintRuleThin", "pPr").child(W.name("pBdr"))?.child(W.name("bottom"))).setAttribute(W.name("sz"), "8")
        }
      case ("imprint_font", _): return try E.setWord(bytes, style: "GongwenCopyTo", "rPr", "sz", ["val": "32"])
      case ("imprint_indent", _): return try E.setWord(bytes, style: "GongwenImprint", "pPr", "ind", ["left": "840"])
      case ("imprint_width", _), ("imprint_position", _):
        return try E.edit(bytes, part: "word/document.xml") { root in
          let boxes = E.elements(root, XMLName(W.drawingNS, "anchor")).filter { E.elements($0, W.txbxContent).count == 1 }
          #expect(boxes.count == 1)
          for box in boxes {
            if rule.id == "imprint_width" {
              try #require(box.child(XMLName(W.drawingNS, "extent"))).setAttribute(XMLName("", "cx"), "5040000")
            } else {
              let offset = try #require(box.child(XMLName(W.drawingNS, "positionV"))?.child(XMLName(W.drawingNS, "posOffset")))
              let value = try #require(Int(offset.text))
              try #require(offset.children.first).remove()
              offset.append(try #require(offset.document.makeText(String(value - 360_000))))
            }
          }
        }
      case ("line_pitch", _):
        return try E.edit(bytes, part: "word/styles.xml") { root in
          let spacings = E.elements(root, W.name("spacing")).filter { $0.attribute(W.name("line")) == "579" }
          #expect(!spacings.isEmpty)
          for spacing in spacings { spacing.setAttribute(W.name("line"), "580") }
        }
      case ("recipient_indent", _): return try E.setWord(bytes, style: "GongwenRecipient", "pPr", "ind", ["firstLine": "640", "firstLineChars": "200"])
      case ("margin_top", _):
        return try E.edit(bytes, part: "word/document.xml") { root in
          for margins in E.elements(root, W.name("pgMar")) { margins.setAttribute(W.name("top"), "2268") }
        }
      default: throw PackageEditing.NoSuchNode(what: "edit for \(rule.id)")
      }
    }
    switch rule.id {
    case "issuer_position": return try E.setODF(bytes, style: "GongwenIssuer", "paragraph-properties", ["fo:margin-top": "15pt"])
    case "doc_number_position": return try E.setODF(bytes, style: "GongwenDocNumber", "paragraph-properties", ["fo:margin-top": "8.5pt"])
    case "separator_position": return try E.setODF(bytes, style: "GongwenDocNumber", "paragraph-properties", ["fo:padding-bottom": "20pt"])
    case "separator_width": return try E.setODF(bytes, style: "GongwenDocNumber", "paragraph-properties", ["fo:margin-left": "1cm"])
    case "separator_line": return try E.setODF(bytes, style: "GongwenDocNumber", "paragraph-properties", ["fo:border-bottom": "1.5pt solid #0000ff"])
    case "title_position": return try E.setODF(bytes, style: "GongwenTitle", "paragraph-properties", ["fo:margin-top": "8.5pt"])
    case "issuer_color": return try E.setODF(bytes, style: "GongwenIssuer", "text-properties", ["fo:color": "#000000"])
    case "header_font": return try E.setODF(bytes, style: "GongwenHeaderNote", "text-properties", ["style:font-size-asian": "14pt"])
    case "signature_position": return try E.setODF(bytes, style: "GongwenSealedSignature", "paragraph-properties", ["fo:margin-left": "100pt"])
    case "seal_placement":
      return try E.edit(bytes, part: "content.xml") { root in
        let frames = E.elements(root, XMLName(ODF.drawNS, "frame")).filter { !E.elements($0, XMLName(ODF.drawNS, "image")).isEmpty }
        #expect(frames.count == 1)
        let name = try #require(frames.first?.attribute(XMLName(ODF.drawNS, "style-name")))
        let style = try PackageEditing.odfStyle(root, name, "graphic-properties")
        style.setAttribute("run-through", namespace: ODF.styleNS, prefix: "style", "foreground")
      }
    case "signature_alone":
      // the last 附件说明 line keeps through its style and, before a signature, a kept variant of it
      let unstyled = try E.setODF(bytes, style: "GongwenAttachment", "paragraph-properties", ["fo:keep-with-next": "auto"])
      return try E.setODF(unstyled, style: "GongwenKeep_GongwenAttachment", "paragraph-properties", ["fo:keep-with-next": "auto"])
    case "attachment_page": return try E.setODF(bytes, style: "GongwenAttachmentLabel", "paragraph-properties", ["fo:break-before": "auto"])
    case "attachment_label": return try E.setODF(bytes, style: "GongwenAttachmentLabel", "text-properties", ["style:font-size-asian": "14pt"])
    case "attachment_note": return try E.setODF(bytes, style: "GongwenAttachment", "paragraph-properties", ["fo:margin-left": "79.5pt", "fo:text-indent": "-47.5pt"])
    case "imprint_rules": return try E.setODF(bytes, style: "GongwenImprintRuleThin", "paragraph-properties", ["fo:border-bottom": "0.35mm solid #000000"])
    case "imprint_font": return try E.setODF(bytes, style: "GongwenCopyTo", "text-properties", ["style:font-size-asian": "16pt"])
    case "imprint_indent": return try E.setODF(bytes, style: "GongwenImprint", "paragraph-properties", ["fo:margin-left": "42pt"])
    case "imprint_width":
      return try E.edit(bytes, part: "content.xml") { root in
        let boxes = E.elements(root, XMLName(ODF.drawNS, "frame")).filter { !E.elements($0, XMLName(ODF.drawNS, "text-box")).isEmpty }
        #expect(boxes.count == 1)
        for box in boxes { box.setAttribute(XMLName(ODF.svgNS, "width"), "14cm") }
      }
    case "imprint_position": return try E.setODF(bytes, style: "GongwenImprintFrame", "graphic-properties", ["style:vertical-pos": "top"])
    case "line_pitch": return try E.setODF(bytes, style: "Standard", "paragraph-properties", ["fo:line-height": "29pt"])
    case "recipient_indent": return try E.setODF(bytes, style: "GongwenRecipient", "paragraph-properties", ["fo:text-indent": "32pt"])
    case "margin_top":
      return try E.edit(bytes, part: "styles.xml") { root in
        for properties in E.elements(root, XMLName(ODF.styleNS, "page-layout-properties")) {
          properties.setAttribute("margin-top", namespace: OpenDocumentStyleSheet.foNS, prefix: "fo", "4cm")
        }
      }
    default: throw PackageEditing.NoSuchNode(what: "edit for \(rule.id)")
    }
  }

  @Test(arguments: ["docx", "odt"])
  func fullNoticePasses(_ format: String) throws {
    let bytes = try #require(Self.rendered[format])
    #expect(try FormatCheck.check(bytes: bytes, name: "notice.\(format)") == [])
  }

  /// The notice with a first 附件 name long enough to wrap (the 附件说明's alignment shows only then).
  static let longAttachment: [String: [UInt8]] = {
    var result: [String: [UInt8]] = [:]
    guard case .object(var data)? = try? NoticeTemplateTests.sample(), case .list(var items)? = data["附件"], case .object(var first)? = items.first
    else { return result }
    first["标题"] = .string("某市2023年度机关作风建设专项检查工作落实情况、服务效能情况和纪律作风情况评分表")
    items[0] = .object(first)
    data["附件"] = .list(items)
    for format in ["docx", "odt"] { result[format] = try? NoticeTemplateTests.render(format, .object(data)) }
    return result
  }()

  @Test(arguments: ["docx", "odt"])
  func wrappedAttachmentNamePasses(_ format: String) throws {
    #expect(try FormatCheck.check(bytes: try #require(Self.longAttachment[format]), name: "notice.\(format)") == [])
  }

  @Test(arguments: wordCases + odfCases)
  func oneBrokenRuleIsNamed(_ rule: Case) throws {
    let source = rule.id == "attachment_note" ? Self.longAttachment : Self.rendered
    let bytes = try Self.broken(rule, try #require(source[rule.format]))
    let deviations = try FormatCheck.check(bytes: bytes, name: "broken.\(rule.format)")
    #expect(deviations.map(\.id) == [rule.id], "\(deviations)")
    Self.expectChinese(deviations)
  }

  /// In Chinese no English words are left in what a deviation says (quoted document text, style
  /// names, Word theme font names and colours may hold Latin letters), and what the standard asks for
  /// is said in Chinese.
  static func expectChinese(_ deviations: [FormatDeviation], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for deviation in deviations {
      let chinese = deviation.localized(.chinese)
      #expect(chinese.expected.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(deviation.id): \(chinese.expected)",
              sourceLocation: sourceLocation)
      #expect(chinese.text(in: .chinese).hasPrefix(chinese.location + "：" + deviation.id + "：应为 "), sourceLocation: sourceLocation)
      for text in [chinese.location, chinese.expected, chinese.found] {
        let said = text.replacingOccurrences(of: "“[^”]*”|'[^']*'|#[0-9A-Fa-f]{6}|主题字体（[^）]*）", with: "", options: .regularExpression)
        #expect(said.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(deviation.id): \(text)", sourceLocation: sourceLocation)
      }
    }
  }
}

/// The 函 in 信函格式: its 标志 placed 30 mm from the page's top and its red double lines, in both
/// formats; moving the 标志's box 3 mm (which leaves the double line too close under it) or making a
/// line black is named.
struct LetterRuleTests {
  static func letter(_ format: String) throws -> [UInt8] {
    let options = TemplateOptions(baseDirectory: ShippedTemplateTests.repository.appendingPathComponent("samples").path)
    return try Template(path: ShippedTemplateTests.repository.appendingPathComponent("templates/letter.\(format)").path, options: options)
      .render(try DataLoader.load(path: ShippedTemplateTests.repository.appendingPathComponent("samples/letter.yaml").path))
  }

  @Test(arguments: ["docx", "odt"])
  func movedIssuerAndBlackLineAreNamed(_ format: String) throws {
    let good = try Self.letter(format)
    #expect(try FormatCheck.check(bytes: good, name: "letter.\(format)") == [])
    let moved: [UInt8], black: [UInt8]
    if format == "docx" {
      moved = try PackageEditing.edit(good, part: "word/document.xml") { root in
        let boxes = PackageEditing.elements(root, XMLName(W.drawingNS, "anchor")).filter { $0.child(XMLName(W.drawingNS, "docPr"))?.attribute(XMLName("", "name")) == "发文机关标志" }
        let offset = try #require(boxes.first?.child(XMLName(W.drawingNS, "positionV"))?.child(XMLName(W.drawingNS, "posOffset")))
        let value = try #require(Int(offset.text))
        try #require(offset.children.first).remove()
        offset.append(try #require(offset.document.makeText(String(value + 108_000))))
      }
      black = try PackageEditing.edit(good, part: "word/document.xml") { root in
        let colours = PackageEditing.elements(root, XMLName(WordAnchoredShapes.drawingML, "srgbClr"), where: XMLName("", "val"), is: "FF0000")
        try #require(colours.first).setAttribute(XMLName("", "val"), "000000")
      }
    } else {
      moved = try PackageEditing.edit(good, part: "content.xml") { root in
        let frame = try #require(PackageEditing.elements(root, XMLName(ODF.drawNS, "frame"), where: XMLName(ODF.drawNS, "name"), is: "发文机关标志").first)
        frame.setAttribute(XMLName(ODF.svgNS, "y"), "3.004cm")
      }
      black = try PackageEditing.setODF(good, style: "GongwenLetterRule", "graphic-properties", ["draw:fill-color": "#000000"])
    }
    let movedFound = try FormatCheck.check(bytes: moved, name: "moved.\(format)")
    // the first double line stays where it was: 1 mm under the lowered 标志
    #expect(movedFound.map(\.id) == ["issuer_position", "letter_lines"], "\(movedFound)")
    let blackFound = try FormatCheck.check(bytes: black, name: "black.\(format)")
    #expect(blackFound.map(\.id) == ["letter_lines"], "\(blackFound)")
    BrokenRuleTests.expectChinese(movedFound + blackFound)
  }
}

/// Every id check-format can report is documented, and the broken-rule set uses only those ids.
struct FormatDeviationIDTests {
  @Test func everyIDIsDocumented() throws {
    let page = try String(contentsOf: ShippedTemplateTests.repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    for id in FormatDeviation.ids { #expect(page.contains("| `\(id)` |"), "docs/diagnostics.md does not list \(id)") }
    let source = try String(contentsOf: ShippedTemplateTests.repository.appendingPathComponent("Sources/Gongwen/Official/FormatDeviation.swift"), encoding: .utf8)
    for id in FormatDeviation.ids { #expect(source.contains("`\(id)`"), "FormatDeviation's doc comment does not list \(id)") }
    #expect(Set(FormatDeviation.ids).count == FormatDeviation.ids.count)
    for rule in BrokenRuleTests.wordCases + BrokenRuleTests.odfCases { #expect(FormatDeviation.ids.contains(rule.id), "\(rule.id)") }
  }
}
