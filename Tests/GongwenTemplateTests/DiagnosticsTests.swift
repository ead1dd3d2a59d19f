import Foundation
import Testing

@testable import GongwenTemplate

@Suite struct DiagnosticsTests {
  func error(_ kind: TemplateError.Kind, text: String, tag: String, paragraph: Int = 12) -> TemplateError {
    let offset = text.utf8.count - (text.components(separatedBy: tag).last?.utf8.count ?? 0) - tag.utf8.count
    let location = GongwenTemplate.SourceLocation(
      file: "report.docx", part: "word/document.xml", paragraph: paragraph, paragraphText: text, offset: offset,
      length: tag.utf8.count)
    return TemplateError(kind, location: location, tagText: tag)
  }

  @Test func caretAlignsUnderChineseText() {
    let text = error(.unclosedSection("{{#activities}}"), text: "年内开展{{#activities}}活动", tag: "{{#activities}}")
    #expect(
      text.description == """
        report.docx: word/document.xml ¶12: error: unclosed section '{{#activities}}'
           12 | 年内开展{{#activities}}活动
              |         ^^^^^^^^^^^^^^^
        """)
  }

  @Test func asciiAndFullwidthCharacters() {
    let text = error(.missingValue("x"), text: "ab（注）{{x}}", tag: "{{x}}", paragraph: 3)
    #expect(
      text.description == """
        report.docx: word/document.xml ¶3: error: missing value 'x'
            3 | ab（注）{{x}}
              |         ^^^^^
        """)
  }

  @Test func containerAndNoFile() {
    let location = GongwenTemplate.SourceLocation(
      part: "word/header1.xml", paragraph: 1, paragraphText: "{{a | uper}}", offset: 0, length: 12,
      container: "table 1, row 2, cell 3")
    let text = TemplateError(.unknownFilter("uper"), location: location, tagText: "{{a | uper}}").description
    #expect(
      text == """
        word/header1.xml ¶1 (table 1, row 2, cell 3): error: unknown filter 'uper'
            1 | {{a | uper}}
              | ^^^^^^^^^^^^
        """)
  }

  @Test func withoutLocation() {
    #expect(TemplateError(.missingValue("stats.meetings")).description == "error: missing value 'stats.meetings'")
  }

  @Test func tabsAndLineBreaksKeepAlignment() {
    let text = error(.emptyTag, text: "a\tb\n{{}}", tag: "{{}}", paragraph: 7).description
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[0] == "report.docx: word/document.xml ¶7: error: empty tag '{{}}'")
    #expect(lines[1] == "    7 | a b {{}}")
    #expect(lines[2] == "      |     ^^^^")
  }

  @Test func longParagraphsAreCutAroundTheTag() throws {
    let before = String(repeating: "前", count: 100)
    let after = String(repeating: "后", count: 100)
    let text = error(.missingValue("name"), text: before + "{{name}}" + after, tag: "{{name}}").description
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("   12 | …前"))
    #expect(lines[1].hasSuffix("后…"))
    let shown = try #require(lines[1].split(separator: "|", maxSplits: 1).last)
    #expect(TerminalColumns.width(of: shown.unicodeScalars) <= SourceSnippet.windowColumns + 1)
    let column = TerminalColumns.width(of: try #require(shown.components(separatedBy: "{{name}}").first).unicodeScalars)
    let caretColumn = try #require(lines[2].split(separator: "|", maxSplits: 1).last).prefix { $0 == " " }.count
    #expect(caretColumn == column)
    #expect(lines[2].hasSuffix("^^^^^^^^"))
  }

  @Test func terminalWidths() {
    #expect(TerminalColumns.width(of: "a中ａ！😀".unicodeScalars) == 9)
    #expect(TerminalColumns.width(of: "e\u{301}".unicodeScalars) == 1)
    #expect(TerminalColumns.width(of: "\u{3000}".unicodeScalars) == 2)
  }

  @Test(arguments: [
    (TemplateError.Kind.unclosedTag, "unclosed_tag"), (.unopenedTag, "unopened_tag"), (.emptyTag, "empty_tag"),
    (.malformedTag("r"), "malformed_tag"), (.unknownFilter("f"), "unknown_filter"),
    (.badFilterArgument(filter: "f", reason: "r"), "bad_filter_argument"), (.unclosedSection("t"), "unclosed_section"),
    (.mismatchedSection(open: "a", close: "b"), "mismatched_section"), (.strayClose("t"), "stray_close"),
    (.sectionCrossesTable("t"), "section_crosses_table"), (.sectionCrossesStructure("t"), "section_crosses_structure"),
    (.blockTagNotAlone("t"), "block_tag_not_alone"), (.missingValue("p"), "missing_value"),
    (.filterFailed(filter: "f", reason: "r"), "filter_failed"),
    (.wrongType(path: "p", expected: "e", found: "f"), "wrong_type"),
    (.invalidValue(path: "p", reason: "r"), "invalid_value"),
  ])
  func kindIdsAndMessages(kind: TemplateError.Kind, id: String) {
    #expect(kind.id == id)
    #expect(!kind.message.isEmpty)
    #expect(!kind.message.contains("\n"))
  }

  @Test func messages() {
    #expect(TemplateError.Kind.unknownFilter("uper").message == "unknown filter 'uper'")
    #expect(TemplateError.Kind.missingValue("stats.meetings").message == "missing value 'stats.meetings'")
    #expect(
      TemplateError.Kind.mismatchedSection(open: "{{#a}}", close: "{{/b}}").message
        == "section '{{#a}}' is closed by '{{/b}}'")
    #expect(TemplateError(.unclosedTag, tagText: "{{name").message == "unclosed tag '{{name'")
    #expect(
      TemplateError(.malformedTag("unterminated quote"), tagText: "{{x|default:\"a}}").message
        == "malformed tag '{{x|default:\"a}}': unterminated quote")
    let long = TemplateError(.unclosedTag, tagText: "{{" + String(repeating: "长", count: 100)).message
    #expect(long.count < 60)
    #expect(long.hasSuffix("…'"))
  }

  @Test func errorsListAndRecords() throws {
    let first = TemplateError(.missingValue("a"))
    let second = error(.strayClose("{{/x}}"), text: "{{/x}}", tag: "{{/x}}", paragraph: 2)
    let errors = TemplateErrors([first, second])
    #expect(errors.description.hasPrefix("error: missing value 'a'\nreport.docx: word/document.xml ¶2: error: "))
    let records = errors.records
    #expect(records.map(\.kind) == ["missing_value", "stray_close"])
    #expect(records[1].paragraph == 2)
    #expect(records[1].tag == "{{/x}}")
    #expect(records[1].offset == 0)
    let json = String(decoding: try JSONEncoder().encode(records[1]), as: UTF8.self)
    #expect(json.contains("\"kind\":\"stray_close\""))
    let decoded = try JSONDecoder().decode(TemplateErrorRecord.self, from: Data(json.utf8))
    #expect(decoded == records[1])
  }
}
