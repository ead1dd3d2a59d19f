import Foundation
import Testing

@testable import Gongwen

/// Unsealed signatures placed while the document renders (GB/T 9704-2012 7.3.5.2 and 7.3.5.5): a
/// template whose body is a loop and whose name and date come from data gets the indents
/// `SignaturePlacement` computes from the printed texts, and only the lines from the loop's last
/// paragraph to the signature keep with the next one.
struct SignatureRenderTests {
  /// The report template with its structured body replaced by a paragraph loop over `段落`, and `more` edits.
  static func loopTemplate(_ format: String, _ more: [(String, String)] = []) throws -> [UInt8] {
    let loop = format == "docx"
      ? "{{#段落}}</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"GongwenBody\"/></w:pPr><w:r><w:t>{{.}}</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"GongwenBody\"/></w:pPr><w:r><w:t>{{/段落}}"
      : "{{#段落}}</text:p><text:p text:style-name=\"GongwenBody\">{{.}}</text:p><text:p text:style-name=\"GongwenBody\">{{/段落}}"
    let part = format == "docx" ? "word/document.xml" : "content.xml"
    return try FormatCheckTests.edited(format, [part: [("{{&gt;正文}}", loop)] + more])
  }

  static func data(name: String, date: String) -> Value {
    let paragraphs = ["第一段正文，说明工作开展的情况。", "第二段正文，说明存在的问题。", "第三段正文，提出下一步打算。"]
    let data: Value = ["标题": "关于某项工作的报告", "主送机关": "某市人民政府", "发文机关": .string(name), "成文日期": .string(date),
                       "段落": .list(paragraphs.map { Value.string($0) })]
    return data
  }

  @Test(arguments: ["docx", "odt"])
  func loopBodyWithSignatureFromData(_ format: String) throws {
    let template = try Template(bytes: try Self.loopTemplate(format), name: "loop.\(format)")
    for (name, date) in [("某局", "2024年12月31日"), ("某市人民政府办公室", "2023年3月6日"), ("某县统计局党组", "2024年3月1日")] {
      let bytes = try template.render(Self.data(name: name, date: date))
      try PackageValidation.expectValid(bytes)
      let expected = SignaturePlacement(names: [name], date: date)
      let indents = try SignaturePlacementTests.rightIndents(bytes, format)
      #expect(indents[name].map { abs($0 - expected.nameRight) < 0.06 } == true, "\(format) \(name): \(indents)")
      #expect(indents[date].map { abs($0 - expected.dateRight) < 0.06 } == true, "\(format) \(date): \(indents)")

      let paragraphs = try FormatCheck.layout(bytes: bytes, name: "loop.\(format)").paragraphs
      let signature = try #require(paragraphs.firstIndex { $0.text == name }, "\(format): no \(name)")
      let last = try #require(paragraphs.firstIndex { $0.text.hasPrefix("第三段") })
      let kept = paragraphs[last..<signature].map(\.keepWithNext), between = paragraphs[last + 1..<signature].map(\.text)
      #expect(!kept.contains(false), "\(format): the last body line keeps with the signature: \(kept)")
      #expect(between.filter { !$0.isEmpty }.isEmpty, "\(format): only blank lines between: \(between)")
      for earlier in ["第一段", "第二段"] {
        let paragraph = try #require(paragraphs.first { $0.text.hasPrefix(earlier) })
        #expect(!paragraph.keepWithNext, "\(format): \(earlier) is not the last body line and keeps free")
      }
      #expect(try FormatCheck.check(bytes: bytes, name: "loop.\(format)") == [], "\(format) \(name)")
    }
  }

  /// Joint signatures from a list, one name a line through a paragraph loop: all placed by the longest.
  @Test(arguments: ["docx", "odt"])
  func jointSignaturesFromAListTakeTheLongestName(_ format: String) throws {
    let names = ["某市财政局", "某市人民政府办公室"]
    let choice = "{{#发文机关署名}}{{发文机关署名}}{{/发文机关署名}}{{^发文机关署名}}{{发文机关}}{{/发文机关署名}}"
    let edit = format == "docx"
      ? ("<w:t>" + choice + "</w:t>", "<w:t>{{#机关}}</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"GongwenSignature\"/></w:pPr><w:r><w:t>{{.}}</w:t></w:r></w:p>"
          + "<w:p><w:pPr><w:pStyle w:val=\"GongwenSignature\"/></w:pPr><w:r><w:t>{{/机关}}</w:t>")
      : ("\"GongwenSignature\">" + choice, "\"GongwenSignature\">{{#机关}}</text:p><text:p text:style-name=\"GongwenSignature\">{{.}}</text:p>"
          + "<text:p text:style-name=\"GongwenSignature\">{{/机关}}")
    let bytes = try Self.loopTemplate(format, [edit])
    guard case .object(var data) = Self.data(name: "某市", date: "2023年3月6日") else { return }
    data["机关"] = .list(names.map { Value.string($0) })
    let rendered = try Template(bytes: bytes, name: "joint.\(format)").render(.object(data))
    try PackageValidation.expectValid(rendered)
    let expected = SignaturePlacement(names: names, date: "2023年3月6日")
    let indents = try SignaturePlacementTests.rightIndents(rendered, format)
    for name in names {
      #expect(indents[name].map { abs($0 - expected.nameRight) < 0.06 } == true, "\(format) \(name): \(indents)")
    }
    #expect(indents["2023年3月6日"].map { abs($0 - expected.dateRight) < 0.06 } == true, "\(format): \(indents)")
  }
}
