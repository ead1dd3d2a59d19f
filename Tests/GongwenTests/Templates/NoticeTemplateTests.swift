import Foundation
import Testing

@testable import Gongwen

/// The notice template: every element from its key, nothing where a key is absent, and a
/// `check-format` that names exactly the rule a document breaks.
struct NoticeTemplateTests {
  static let repository = ShippedTemplateTests.repository

  static func render(_ format: String, _ data: Value) throws -> [UInt8] {
    let options = TemplateOptions(baseDirectory: repository.appendingPathComponent("samples").path)
    return try Template(path: repository.appendingPathComponent("templates/notice.\(format)").path, options: options).render(data)
  }

  static func sample() throws -> Value {
    try DataLoader.load(path: repository.appendingPathComponent("samples/notice.yaml").path)
  }

  /// The sample with `changes` applied to its top-level keys (nil removes a key).
  static func sample(_ changes: [String: Value?]) throws -> Value {
    guard case .object(var data) = try sample() else { throw CocoaError(.fileReadCorruptFile) }
    for (key, value) in changes { data[key] = value }
    return .object(data)
  }

  /// The body paragraphs' texts of a rendered notice (text boxes and frames left out).
  static func paragraphs(_ bytes: [UInt8], _ format: String) throws -> [String] {
    let layout = try FormatCheck.layout(bytes: bytes, name: "notice.\(format)")
    return layout.paragraphs.map(\.text)
  }

  /// A rendered package with text replaced in its parts.
  static func edited(_ bytes: [UInt8], _ edits: [String: [(String, String)]]) throws -> [UInt8] {
    let archive = try ZipArchive(bytes: bytes, name: "in")
    let dir = try TestDirectory()
    defer { dir.remove() }
    for entry in archive.entries where !entry.name.hasSuffix("/") {
      let path = dir.path("p/" + entry.name)
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      var data = try archive.read(entry)
      if let replacements = edits[entry.name] {
        var text = String(decoding: data, as: UTF8.self)
        for (old, new) in replacements {
          #expect(text.contains(old), "\(entry.name) has no \(old)")
          text = text.replacingOccurrences(of: old, with: new)
        }
        data = Array(text.utf8)
      }
      try Data(data).write(to: URL(fileURLWithPath: path))
    }
    return try PackageFolder.pack(folder: dir.path("p"))
  }

  /// A run of the rendered Word notice as the template writes it.
  static func wordRun(_ font: String, _ text: String) -> String {
    "<w:rFonts w:hint=\"eastAsia\" w:eastAsia=\"\(font)\"/>\n          <w:lang w:eastAsia=\"zh-CN\"/>\n        </w:rPr>\n"
      + "        <w:t xml:space=\"preserve\">\(text)</w:t>"
  }

  @Test(arguments: ["docx", "odt"])
  func fullSampleHasEveryElementAndConforms(_ format: String) throws {
    let bytes = try Self.render(format, try Self.sample())
    let texts = try Self.paragraphs(bytes, format)
    for expected in ["000123", "秘密★1年", "特急", "某市人民政府办公室文件", "某政办发〔2023〕8号", "各县（市、区）人民政府，市政府各部门、各直属机构：",
                     "附件：1.2023年度机关作风建设专项检查评分表", "2023年3月6日", "（此件公开发布）", "附件1", "附件2", "自查报告提纲"] {
      #expect(texts.contains { $0.replacingOccurrences(of: "\t", with: "") == expected }, "\(format): no paragraph “\(expected)”")
    }
    #expect(texts.contains("\t2.自查报告提纲"))
    let archive = try ZipArchive(bytes: bytes, name: "notice.\(format)")
    let main = String(decoding: try #require(try archive.read(named: format == "docx" ? "word/document.xml" : "content.xml")), as: UTF8.self)
    #expect(main.contains("抄送：市委办公室，市人大常委会办公室，市政协办公室。"))
    #expect(main.contains("2023年3月6日印发"))
    #expect(!main.contains("{{"))
    if format == "docx" {
      #expect(main.contains("behindDoc=\"1\""), "the seal floats behind the text")
    } else {
      #expect(main.contains("draw:style-name=\"GongwenBehindText\""), "the seal floats behind the text")
    }
    #expect(try FormatCheck.check(bytes: bytes, name: "notice.\(format)") == [])
  }

  /// Only the keys a plain notice needs: no 版头, no 附件, no seal, no 版记, and nothing left of them.
  @Test(arguments: ["docx", "odt"])
  func absentKeysLeaveNoTrace(_ format: String) throws {
    let data = DocxHarness.object(["标题": .string("关于做好春节期间安全工作的通知"), "正文": .list([.string("请各单位做好安全工作。")]),
                                   "发文机关": .string("某市人民政府办公室"), "成文日期": .string("2024-03-06")])
    let bytes = try Self.render(format, data)
    let texts = try Self.paragraphs(bytes, format)
    #expect(texts == ["关于做好春节期间安全工作的通知", "请各单位做好安全工作。", "", "某市人民政府办公室", "2024年3月6日"], "\(texts)")
    let archive = try ZipArchive(bytes: bytes, name: "notice.\(format)")
    let main = String(decoding: try #require(try archive.read(named: format == "docx" ? "word/document.xml" : "content.xml")), as: UTF8.self)
    for absent in ["抄送", "印发", "附件", "★", "（）", "：", "FF0000"] { #expect(!main.contains(absent), "\(format): \(absent)") }
  }

  @Test(arguments: ["docx", "odt"])
  func datesAreAcceptedInBothFormsAndPrintedTheStandardWay(_ format: String) throws {
    for date in ["2024-03-06", "2024年3月6日", "2024年03月06日"] {
      let texts = try Self.paragraphs(try Self.render(format, try Self.sample(["成文日期": .string(date)])), format)
      #expect(texts.contains("2024年3月6日"), "\(format) \(date)")
    }
  }

  /// One rule broken at a time, in both formats: check-format names exactly that rule.
  @Test(arguments: ["docx", "odt"])
  func eachBrokenRuleIsReportedByItsID(_ format: String) throws {
    let good = try Self.render(format, try Self.sample())
    let docx = format == "docx"
    let cases: [(id: String, bytes: [UInt8])] = [
      ("issuer_color", try Self.edited(good, docx ? ["word/styles.xml": [("<w:color w:val=\"FF0000\"/>", "<w:color w:val=\"000000\"/>")]]
                                                 : ["styles.xml": [("fo:color=\"#ff0000\"", "fo:color=\"#000000\"")]])),
      ("separator_line", try Self.edited(good, docx ? ["word/styles.xml": [("w:space=\"11\" w:color=\"FF0000\"", "w:space=\"11\" w:color=\"000000\"")]]
                                                   : ["styles.xml": [("fo:border-bottom=\"1.5pt solid #ff0000\"", "fo:border-bottom=\"none\"")]])),
      ("line_pitch", try Self.edited(good, docx ? ["word/styles.xml": [("w:line=\"579\"", "w:line=\"580\"")]]
                                               : ["styles.xml": [("fo:line-height=\"28.95pt\"", "fo:line-height=\"29pt\"")]])),
      ("date_format", try Self.edited(good, [docx ? "word/document.xml" : "content.xml": [(">2023年3月6日<", ">2023年03月06日<")]])),
      ("doc_number_format", try Self.render(format, try Self.sample(["发文字号": .string("某政办发〔23〕第08号")]))),
      ("header_font", try Self.edited(good, docx ? ["word/document.xml": [(Self.wordRun("黑体", "特急"), Self.wordRun("仿宋_GB2312", "特急"))]]
                                                : ["content.xml": [("<text:p text:style-name=\"GongwenHeaderNote\">特急</text:p>",
                                                                    "<text:p text:style-name=\"GongwenBody\">特急</text:p>")]])),
      ("attachment_label", try Self.edited(good, docx ? ["word/document.xml": [(Self.wordRun("黑体", "附件1"), Self.wordRun("楷体_GB2312", "附件1"))]]
                                                     : ["content.xml": [("<text:p text:style-name=\"GongwenAttachmentLabel\">附件1</text:p>",
                                                                         "<text:p text:style-name=\"GongwenBody\">附件1</text:p>")]])),
    ]
    for (id, bytes) in cases {
      let deviations = try FormatCheck.check(bytes: bytes, name: "wrong.\(format)")
      // in the body style the ODT label also loses its page break
      let also = !docx && id == "attachment_label" ? ["attachment_page"] : []
      #expect(deviations.map(\.id) == [id] + also, "\(format) \(id): \(deviations)")
      BrokenRuleTests.expectChinese(deviations)
    }
  }

  /// The 请示: 发文字号 one 字 in from the left and 签发人 on its line; without 签发人 only the number.
  @Test(arguments: ["docx", "odt"])
  func requestPutsTheSignerOnTheDocumentNumberLine(_ format: String) throws {
    let options = TemplateOptions(baseDirectory: Self.repository.appendingPathComponent("samples").path)
    let template = try Template(path: Self.repository.appendingPathComponent("templates/request.\(format)").path, options: options)
    guard case .object(var data) = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/request.yaml").path) else {
      Issue.record("the sample is not an object")
      return
    }
    let signed = try template.render(.object(data))
    #expect(try Self.paragraphs(signed, format).contains("　某政〔2024〕12号\t签发人：张某某"))
    #expect(try FormatCheck.check(bytes: signed, name: "request.\(format)") == [])
    data["签发人"] = .list([.string("张某某"), .string("王某某")])
    #expect(try Self.paragraphs(try template.render(.object(data)), format).contains("　某政〔2024〕12号\t签发人：张某某　王某某"))
    data["签发人"] = nil
    #expect(try Self.paragraphs(try template.render(.object(data)), format).contains("　某政〔2024〕12号"))
  }

  /// The 纪要: 出席, 请假, 列席 one line below the body, names (a list or a text) after the colon;
  /// absent ones leave nothing, and without a title or a date none is printed.
  @Test(arguments: ["docx", "odt"])
  func minutesListAttendance(_ format: String) throws {
    let template = try Template(path: Self.repository.appendingPathComponent("templates/minutes.\(format)").path)
    guard case .object(var data) = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/minutes.yaml").path) else {
      Issue.record("the sample is not an object")
      return
    }
    let full = try template.render(.object(data))
    let texts = try Self.paragraphs(full, format)
    let present = try #require(texts.firstIndex { $0.hasPrefix("出席：") })
    #expect(texts[present - 1] == "", "one line below the body")
    #expect(texts[present].hasPrefix("出席：王某某、李某某、") && texts[present + 1] == "请假：郭某某" && texts[present + 2].hasPrefix("列席：市政府办公室、"))
    #expect(try FormatCheck.check(bytes: full, name: "minutes.\(format)") == [])
    data["请假"] = nil
    data["列席"] = .string("市政府办公室")
    let fewer = try Self.paragraphs(try template.render(.object(data)), format)
    #expect(!fewer.contains { $0.hasPrefix("请假") } && fewer.contains("列席：市政府办公室"))
    #expect(!fewer.contains { $0.contains("年") && $0.hasSuffix("日") && !$0.contains("，") }, "no date line without 成文日期")
  }

  /// What a correct document made in Word may contain is not reported: Word's own "- 1 -" page
  /// numbers, a gutter that makes up the 28 mm binding margin, headings numbered by list numbering.
  @Test func wordConventionsAreNoDeviation() throws {
    let good = try Self.render("docx", try Self.sample())
    let field = "<w:t xml:space=\"preserve\">— </w:t>"
    let dashed = try Self.edited(good, [
      "word/document.xml": [("<w:pgNumType w:start=\"1\"/>", "<w:pgNumType w:fmt=\"numberInDash\" w:start=\"1\"/>"),
                            ("w:left=\"1587\" w:header=\"851\" w:footer=\"1417\" w:gutter=\"0\"", "w:left=\"1021\" w:header=\"851\" w:footer=\"1417\" w:gutter=\"566\""),
                            ("<w:pStyle w:val=\"GongwenHeading1\"/>", "<w:pStyle w:val=\"GongwenHeading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"),
                            (">一、检查范围<", ">检查范围<")],
      "word/footer1.xml": [(field, "<w:t xml:space=\"preserve\"></w:t>"), ("<w:t xml:space=\"preserve\"> —</w:t>", "<w:t xml:space=\"preserve\"></w:t>")],
      "word/footer2.xml": [(field, "<w:t xml:space=\"preserve\"></w:t>"), ("<w:t xml:space=\"preserve\"> —</w:t>", "<w:t xml:space=\"preserve\"></w:t>")],
    ])
    #expect(try FormatCheck.check(bytes: dashed, name: "word.docx") == [])
    // without the list numbering the same heading text is body text in 黑体: reported
    let plain = try Self.edited(good, ["word/document.xml": [(">一、检查范围<", ">检查范围<")]])
    #expect(try FormatCheck.check(bytes: plain, name: "word.docx").map(\.id) == ["font"])
    // a gutter that makes the binding margin too wide is reported
    let wide = try Self.edited(good, ["word/document.xml": [("w:gutter=\"0\"", "w:gutter=\"566\"")]])
    let ids = try FormatCheck.check(bytes: wide, name: "word.docx").map(\.id)
    // the type area is 10 mm narrower: so is the red line as wide as it, and the right-aligned date
    // moves away from the seal and the signature placed from the left
    let narrower: Set = ["margin_left", "characters_per_line", "separator_width", "signature_position", "seal_placement"]
    #expect(ids.contains("margin_left") && Set(ids).isSubset(of: narrower), "\(ids)")
  }
}
