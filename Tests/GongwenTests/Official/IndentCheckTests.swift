import Foundation
import Testing

@testable import Gongwen

/// check-format's indent rules on the report sample: 主送机关 flush left, body paragraphs two
/// characters in on the first line. Each wrong template, rendered, is reported under its own id.
struct IndentCheckTests {
  static func renderedReport(_ format: String, _ edits: [String: [(String, String)]]) throws -> [FormatDeviation] {
    let template = try Template(bytes: try FormatCheckTests.edited(format, edits), name: "report.\(format)",
                                options: TemplateOptions(baseDirectory: FormatCheckTests.repository.appendingPathComponent("samples").path))
    let data = try DataLoader.load(path: FormatCheckTests.repository.appendingPathComponent("samples/report.yaml").path)
    return try FormatCheck.check(bytes: try template.render(data), name: "report.\(format)")
  }

  static let recipientIndented: [String: [String: [(String, String)]]] = [
    "docx": ["word/styles.xml": [("<w:name w:val=\"主送机关\"/>\n    <w:basedOn w:val=\"Normal\"/>", "<w:name w:val=\"主送机关\"/>\n    <w:basedOn w:val=\"GongwenBody\"/>")]],
    "odt": ["styles.xml": [("style:name=\"GongwenRecipient\" style:display-name=\"主送机关\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"",
                            "style:name=\"GongwenRecipient\" style:display-name=\"主送机关\" style:family=\"paragraph\" style:parent-style-name=\"GongwenBody\"")]],
  ]
  static let bodyFlush: [String: [String: [(String, String)]]] = [
    "docx": ["word/styles.xml": [("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", "<w:ind w:firstLine=\"0\"/>")]],
    "odt": ["styles.xml": [("fo:line-height=\"28.95pt\" fo:text-indent=\"32pt\"/>", "fo:line-height=\"28.95pt\" fo:text-indent=\"0pt\"/>")]],
  ]

  @Test(arguments: ["docx", "odt"])
  func correctReportHasNoIndentDeviation(_ format: String) throws {
    #expect(try Self.renderedReport(format, [:]).filter { ["recipient_indent", "body_indent"].contains($0.id) } == [])
  }

  @Test(arguments: ["docx", "odt"])
  func indentedRecipientIsReported(_ format: String) throws {
    let found = try Self.renderedReport(format, try #require(Self.recipientIndented[format]))
    let recipient = found.filter { $0.id == "recipient_indent" }
    #expect(recipient.count == 1, "\(found)")
    #expect(recipient.first?.found == "first line 32 pt, left 0 pt")
    #expect(!found.contains { $0.id == "body_indent" }, "\(found)")
  }

  @Test(arguments: ["docx", "odt"])
  func bodyWithoutIndentIsReportedOnce(_ format: String) throws {
    let found = try Self.renderedReport(format, try #require(Self.bodyFlush[format]))
    let body = found.filter { $0.id == "body_indent" }
    // one message naming every paragraph, not one per paragraph
    #expect(body.count == 1, "\(found)")
    #expect(body.first?.location.components(separatedBy: "¶").count ?? 0 > 3, "\(body)")
    #expect(body.first?.found.hasPrefix("first line 0 pt") == true, "\(body)")
  }
}
