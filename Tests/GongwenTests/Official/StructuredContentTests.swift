import Foundation
import Testing

@testable import Gongwen

/// The format-agnostic content model: official numbering, the data shape of `{{>正文}}`, tables with
/// merged cells, and text read as a report.
struct StructuredContentTests {
  static func yaml(_ text: String) throws -> Value { try DataLoader.parseYAMLValue(text) }

  static func headings(_ blocks: [StructuredBlock]) -> [String] {
    blocks.compactMap { if case .heading(let h) = $0 { return "\(h.level):" + h.headingText } else { return nil } }
  }

  @Test func numbersOfTheFourLevels() {
    #expect((1...3).map { OfficialNumbering.number(level: 1, count: $0) } == ["一、", "二、", "三、"])
    #expect(OfficialNumbering.number(level: 1, count: 11) == "十一、")
    #expect(OfficialNumbering.number(level: 2, count: 10) == "（十）")
    #expect(OfficialNumbering.number(level: 3, count: 12) == "12.")
    #expect(OfficialNumbering.number(level: 4, count: 2) == "（2）")
  }

  @Test(arguments: [
    ("一、主要工作", 1, "一、"), ("十二、其他", 1, "十二、"), ("（一）管大局，", 2, "（一）"), ("(三)保落实", 2, "(三)"),
    ("1.政府网站", 3, "1."), ("12．工作制度", 3, "12．"), ("（1）网站", 4, "（1）"), ("(10)其他", 4, "(10)"),
  ])
  func leadingNumbersAreRecognised(_ text: String, _ level: Int, _ number: String) throws {
    let found = try #require(OfficialNumbering.leadingNumber(of: text[...]))
    #expect(found.level == level)
    #expect(String(found.number) == number)
  }

  @Test(arguments: ["一是坚决扛牢政治责任。", "1.5亿元用于", "2022年，", "（注：略）", "主要工作", "（一", "一二三"])
  func otherTextHasNoNumber(_ text: String) {
    #expect(OfficialNumbering.leadingNumber(of: text[...]) == nil)
  }

  @Test func headingsAreCountedPerParentAndRestart() throws {
    let value = try Self.yaml("""
      - 标题: 甲
        内容:
          - 标题: 甲一
            内容:
              - 标题: 甲一1
                内容: [{标题: 甲一1a}, {标题: 甲一1b}]
              - 标题: 甲一2
          - 标题: 甲二
            内容: [{标题: 甲二1}]
      - 标题: 乙
        内容: [{标题: 乙一}, 段落文字, {标题: 乙二}]
      """)
    let blocks = try StructuredContentBuilder.build(value, path: "正文")
    #expect(Self.headings(blocks) == [
      "1:一、甲", "2:（一）甲一", "3:1.甲一1", "4:（1）甲一1a", "4:（2）甲一1b", "3:2.甲一2", "2:（二）甲二", "3:1.甲二1",
      "1:二、乙", "2:（一）乙一", "2:（二）乙二",
    ])
  }

  @Test func writtenNumbersAreKeptNotDoubled() throws {
    let value = try Self.yaml("""
      - 标题: 一、主要工作开展情况
        内容:
          - {标题: （一）管大局。, 接排: true, 内容: [一是坚决扛牢政治责任。二是持续强化理论武装。]}
          - 标题: 把方向
      """)
    let blocks = try StructuredContentBuilder.build(value, path: "正文")
    #expect(Self.headings(blocks) == ["1:一、主要工作开展情况", "2:（一）管大局。", "2:（二）把方向"])
    guard case .heading(let runIn) = blocks[1] else { Issue.record("no heading"); return }
    #expect(runIn.runIn == "一是坚决扛牢政治责任。二是持续强化理论武装。")
    #expect(blocks.count == 3)
  }

  @Test func sampleReportBuildsEveryKindOfBlock() throws {
    let data = try DataLoader.load(path: ShippedTemplateTests.repository.appendingPathComponent("samples/report.yaml").path)
    let blocks = try StructuredContentBuilder.build(try #require(data["正文"]), path: "正文")
    #expect(Self.headings(blocks) == [
      "1:一、主要工作开展情况", "2:（一）围绕中心工作抓好重点领域信息公开。", "2:（二）规范依申请公开办理。",
      "2:（三）加强平台和制度建设", "3:1.政府网站和政务新媒体", "3:2.工作制度", "1:二、存在的问题和下一步工作打算",
    ])
    #expect(blocks.contains { if case .table(let t) = $0 { return t.header.count == 1 && t.rows.count == 3 } else { return false } })
    #expect(blocks.contains { if case .list(let l) = $0 { return l.ordered && l.items.count == 3 } else { return false } })
    #expect(blocks.last == .paragraph("特此报告。"))
  }

  @Test func listsPointsBreaksAndParagraphKeys() throws {
    let value = try Self.yaml("""
      - {符号列表: [甲, 乙]}
      - {要点: [坚决扛牢政治责任。, 持续强化理论武装。]}
      - {分页: true}
      - {分页: false}
      - {段落: 一段话}
      - 12
      """)
    let blocks = try StructuredContentBuilder.build(value, path: "正文")
    #expect(blocks == [.list(StructuredList(ordered: false, items: ["甲", "乙"])),
                       .points(["坚决扛牢政治责任。", "持续强化理论武装。"]), .pageBreak, .paragraph("一段话"), .paragraph("12")])
    #expect(StructuredList(ordered: false, items: []).marker(at: 0) == "●")
    #expect(OfficialNumbering.point(2) == "二是")
  }

  @Test func textValueIsReadAsAReport() throws {
    let blocks = try StructuredContentBuilder.build(.string("前言。\n一、情况\n（一）做法。具体内容。\n结语"), path: "正文")
    #expect(blocks == [.paragraph("前言。"), .heading(StructuredHeading(level: 1, number: "一、", text: "情况")),
                       .heading(StructuredHeading(level: 2, number: "（一）", text: "做法。", runIn: "具体内容。")),
                       .paragraph("结语")])
  }

  @Test func badBlocksNameWhereAndWhy() throws {
    let deep = try Self.yaml("[{标题: a, 内容: [{标题: b, 内容: [{标题: c, 内容: [{标题: d, 内容: [{标题: e}]}]}]}]}]")
    let error1 = try #require(throws: TemplateError.self) {
      try StructuredContentBuilder.build(deep, path: "正文")
    }
    #expect(error1.kind == .invalidValue(path: "正文[0].内容[0].内容[0].内容[0].内容[0]",
                                                reason: "headings nest at most four levels (一、 （一） 1. （1）); this one is at level 5"))
    let unknown = try Self.yaml("[段落, {图片: x.png}]")
    let error2 = try #require(throws: TemplateError.self) {
      try StructuredContentBuilder.build(unknown, path: "正文")
    }
    #expect(error2.kind == .invalidValue(path: "正文[1]", reason: "unknown block with keys 图片; a block is text or an object with 标题, 表格, 列表, 符号列表, 要点, 分页 or 段落"))
    let badSpan = try Self.yaml("[{表格: {行: [[{文字: a, 合并列: 0}]]}}]")
    let error3 = try #require(throws: TemplateError.self) {
      try StructuredContentBuilder.build(badSpan, path: "正文")
    }
    #expect(error3.kind == .invalidValue(path: "正文[0].表格.行[0][0]", reason: "合并列 must be a whole number from 1 to 63, not 0"))
  }

  @Test func mergedCellsAreLaidOutOnTheGrid() throws {
    let value = try Self.yaml("""
      表头: [[{文字: 指标, 合并行: 2}, {文字: 数量, 合并列: 2}], [2021年, 2022年]]
      行:
        - [{文字: 公开, 合并行: 2}, "1", "2"]
        - ["3", "4"]
        - [{文字: 合计, 合并列: 3}]
      """)
    let table = try StructuredTableBuilder.build(value, path: "表格")
    let grid = table.grid
    #expect(grid.columnCount == 3)
    #expect(grid.headerRows == 2)
    #expect(grid.slots[0][0] == .origin(StructuredCell("指标", rowSpan: 2)))
    #expect(grid.slots[0][2] == .covered(row: 0, column: 1, firstColumn: false))
    #expect(grid.slots[1][0] == .covered(row: 0, column: 0, firstColumn: true))
    #expect(grid.slots[1][1] == .origin(StructuredCell("2021年")))
    #expect(grid.slots[3][1] == .origin(StructuredCell("3")))
    #expect(grid.slots[4][0] == .origin(StructuredCell("合计", columnSpan: 3)))
    #expect(grid.columnSpan(row: 0, column: 1) == 2)
    #expect(grid.columnSpan(row: 4, column: 0) == 3)
    #expect(grid.columnSpan(row: 1, column: 0) == 1)
  }

  @Test func tablesStopAtSixtyThreeColumns() throws {
    let wide = try Self.yaml("[{表格: {行: [[{文字: a, 合并列: 40}, {文字: b, 合并列: 30}]]}}]")
    let error = try #require(throws: TemplateError.self) {
      try StructuredContentBuilder.build(wide, path: "正文")
    }
    #expect(error.kind == .invalidValue(path: "正文[0].表格.行[0]", reason: "the row spans 70 columns; a table has at most 63"))
    let pushed = TableGrid(rows: [[StructuredCell("a", columnSpan: 60, rowSpan: 2)], [StructuredCell("b", columnSpan: 5), StructuredCell("c")]],
                           headerRows: 0)
    #expect(pushed.columnCount == 63)
    #expect(pushed.slots[1][60] == .origin(StructuredCell("b", columnSpan: 3)))
  }

  @Test func shortRowsArePaddedAndRowSpansStopAtTheHeader() {
    let grid = TableGrid(rows: [[StructuredCell("a", rowSpan: 3), StructuredCell("b")], [StructuredCell("c")]], headerRows: 1)
    #expect(grid.slots[0][0] == .origin(StructuredCell("a", rowSpan: 1)))
    #expect(grid.slots[1] == [.origin(StructuredCell("c")), .origin(StructuredCell(""))])
  }
}
