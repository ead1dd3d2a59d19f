import Foundation
import Testing

@testable import Gongwen

/// Reports written as text (the seed report) and as Markdown.
struct OfficialTextParserTests {
  static let seedPath = ShippedTemplateTests.repository.appendingPathComponent("samples/party-building-2022.txt").path

  static func blocks(_ document: OfficialTextParser.Document) throws -> [StructuredBlock] {
    try StructuredContentBuilder.build(document.body, path: "正文")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
  func seedGivesOneTitleTwoHeadingsSixRunInHeadingsAndBody() throws {
    let text = try String(contentsOfFile: Self.seedPath, encoding: .utf8)
    let document = OfficialTextParser.parseDocument(text, markdown: false)
    #expect(document.title == "2022年党组抓党建情况报告")
    let blocks = try Self.blocks(document)
    let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var rebuilt: [String] = []
    var levelOne = 0, runIn = 0, paragraphs = 0
    for block in blocks {
      switch block {
      case .heading(let heading) where heading.level == 1 && heading.runIn == nil:
        levelOne += 1
        rebuilt.append(heading.headingText)
      case .heading(let heading) where heading.level == 2 && heading.runIn != nil:
        runIn += 1
        #expect(heading.headingText.hasSuffix("。"))
        #expect(!heading.headingText.dropLast().contains("。"))
        rebuilt.append(heading.headingText + (heading.runIn ?? ""))
      case .paragraph(let text):
        paragraphs += 1
        rebuilt.append(text)
      default:
        Issue.record("unexpected block \(block)")
      }
    }
    #expect(levelOne == 2)
    #expect(runIn == 6)
    #expect(paragraphs == 2)
    #expect(rebuilt == Array(lines.dropFirst()), "every line after the title comes back once, in order, unchanged")
  }

  @Test func plainTextKeepsNumbersAsWrittenAndSkipsBlankLines() throws {
    let document = OfficialTextParser.parseDocument("\u{FEFF}  标题  \r\n\r\n　　正文一段。\r\n二、第二部分\r\n（三）第三点。\r\n1.细项\r\n（2）更细\r\n", markdown: false)
    #expect(document.title == "标题")
    #expect(try Self.blocks(document) == [
      .paragraph("正文一段。"), .heading(StructuredHeading(level: 1, number: "二、", text: "第二部分")),
      .heading(StructuredHeading(level: 2, number: "（三）", text: "第三点。")),
      .heading(StructuredHeading(level: 3, number: "1.", text: "细项")),
      .heading(StructuredHeading(level: 4, number: "（2）", text: "更细")),
    ])
  }

  @Test func markdownHeadingsListsTablesAndBreaks() throws {
    let markdown = """
      # 关于某项工作的报告

      开头一段，
      接着一行。

      ## 基本情况

      ### 一是做法。具体内容。

      - 甲
      - 乙

      1. 第一
      2. 第二

      | 指标 | 数量 |
      |---|---:|
      | 会议 | 3 |

      \\newpage
      ## 二、下一步
      """
    let document = OfficialTextParser.parseDocument(markdown, markdown: true)
    #expect(document.title == "关于某项工作的报告")
    #expect(try Self.blocks(document) == [
      .paragraph("开头一段，接着一行。"),
      .heading(StructuredHeading(level: 1, number: "一、", text: "基本情况")),
      .heading(StructuredHeading(level: 2, number: "（一）", text: "一是做法。", runIn: "具体内容。")),
      .list(StructuredList(ordered: false, items: ["甲", "乙"])),
      .list(StructuredList(ordered: true, items: ["第一", "第二"])),
      .table(StructuredTable(header: [[StructuredCell("指标"), StructuredCell("数量")]], rows: [[StructuredCell("会议"), StructuredCell("3")]])),
      .pageBreak,
      .heading(StructuredHeading(level: 1, number: "二、", text: "下一步")),
    ])
  }
}
