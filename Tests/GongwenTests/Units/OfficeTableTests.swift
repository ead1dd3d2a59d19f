import Foundation
import Testing

@testable import Gongwen
import GongwenTemplate

/// Tables as offices keep them: nothing becomes a silent blank and no row is lost.
struct OfficeTableTests {
  static let district = UnitFiles.repository.appendingPathComponent("Tests/GongwenTests/Fixtures/units/district").path

  @Test func anUnclosedQuoteIsAnErrorWithItsLineNotSwallowedRows() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("q.csv", "单位,年份\r\n甲,2022\r\n\"乙,2023\r\n丙,2024\r\n丁,2025\r\n")
    do {
      _ = try files.load("q.csv")
      Issue.record("an unclosed quote must be an error")
    } catch let error as DataError {
      #expect(error.line == 3 && error.message.contains("never closed"), "\(error)")
      #expect(error.file == files.path("q.csv"))
    }
    try files.write("t.csv", "单位,说明\r\n甲,\"好\"x\r\n")
    do {
      _ = try files.load("t.csv")
      Issue.record("text after a closing quote must be an error")
    } catch let error as DataError {
      #expect(error.line == 2 && error.message.contains("follows the closing quote"), "\(error)")
    }
    // Quoted line breaks and doubled quotes are fine, and rows keep their numbers.
    try files.write("ok.csv", "单位,说明\n甲,\"一行\n两行\"\n乙,\"说\"\"好\"\"\" \n")
    let table = try files.load("ok.csv")
    #expect(table.units.map(\.row) == [2, 3] && field(table.units[1], "说明") == "说\"好\"")
  }

  @Test func emptyCellsAndJSONBlanksAreMissingValues() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.csv", "单位,检查.企业数,备注\r\n甲,  ,x\r\n")
    let csv = try files.load("u.csv")
    #expect(csv.units[0].data["检查"] == nil && field(csv.units[0], "备注") == "x")
    try files.write("u.json", #"[{"单位": "甲", "企业数": "", "备注": null, "检查": {"次数": "", "人数": 3}}]"#)
    let json = try files.load("u.json")
    #expect(json.units[0].data["企业数"] == nil && json.units[0].data["备注"] == nil)
    #expect(json.units[0].data["检查"]?["次数"] == nil && json.units[0].data["检查"]?["人数"] != nil)
    let sentence = try TextTemplate("覆盖企业{{企业数}}家", part: "test", options: RenderOptions())
    #expect(throws: (any Error).self) { try sentence.render(json.units[0].data) }
    let lenient = try TextTemplate("覆盖企业{{企业数}}家", part: "test", options: RenderOptions(allowMissing: true))
    #expect(try lenient.render(json.units[0].data) == "覆盖企业家", "--allow-missing still renders it empty")
  }

  @Test func jsonLinesWithCRLFReadOneObjectPerLine() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.jsonl", "{\"单位\": \"甲\"}\r\n{\"单位\": \"乙\"}\r\n\r\n{\"单位\": \"丙\"}\r\n")
    let table = try files.load("u.jsonl")
    #expect(table.units.map(\.key) == ["甲", "乙", "丙"])
    #expect(table.units.allSatisfy { $0.problem == nil })
    #expect(table.units.map(\.row) == [1, 2, 4])
  }

  @Test(arguments: [("e.csv", ""), ("h.csv", "单位,人数\r\n"), ("b.csv", "\r\n\r\n"), ("e.json", "[]"), ("e.jsonl", "\n")])
  func anEmptyOrHeaderOnlyTableIsAnError(name: String, text: String) throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write(name, text)
    #expect(throws: DataError.self) { try files.load(name) }
  }

  @Test func titleRowsAreFoundOrGivenAndTotalsRowsAreSkipped() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("t.csv", "XX区安全检查汇总表,,\r\n,,\r\n序号,单位,人数\r\n1,甲局,3\r\n2,乙局,4\r\n合  计,,7\r\n")
    let table = try files.load("t.csv")
    #expect(table.fields == ["序号", "单位", "人数"])
    #expect(table.units.map(\.row) == [4, 5, 6])
    #expect(table.units.map(\.key) == ["甲局", "乙局", "合  计"], "序号 does not name a unit")
    #expect(table.units.map(\.skipReason) == [nil, nil, "合计行"])
    let kept = try UnitTableLoader.load(path: files.path("t.csv"), options: UnitTableOptions(keepTotalRows: true))
    #expect(kept.units.allSatisfy { $0.skipReason == nil })
    // A subtitle row with two cells is not found on its own; --header-row says where the header is.
    try files.write("s.csv", "汇总表,2024年\r\n单位,人数\r\n甲局,3\r\n")
    let given = try UnitTableLoader.load(path: files.path("s.csv"), options: UnitTableOptions(headerRow: 2))
    #expect(given.fields == ["单位", "人数"] && given.units.map(\.row) == [3])
  }

  @Test func theDistrictWorkbookReadsPastItsTitleWithGroupedHeaders() throws {
    let table = try UnitTableLoader.load(path: Self.district + "/安全检查汇总.xlsx")
    #expect(table.fields == ["序号", "单位", "检查.次数", "检查.企业数", "隐患.发现 处数", "隐患.整改", "整改率", "整改资金（万元）"])
    #expect(table.units.map(\.row) == [4, 5, 6, 7, 8])
    #expect(table.units.map(\.key) == ["区教育局", "区住房城乡建设局", "区卫生健康委", "区市场监管局", "合计"])
    #expect(table.units[4].skipReason == "合计行")
    #expect(field(table.units[2], "整改率") == "6.8%" && field(table.units[1], "整改资金（万元）") == "56,000.00")
    #expect(field(table.units[2], "检查.企业数") == nil, "the blank cell is missing, not empty text")
  }

  @Test func unreadableCellsAreProblemsNamingSheetAndCell() throws {
    let table = try UnitTableLoader.load(path: Self.district + "/异常单元格.xlsx")
    #expect(table.units.map(\.row) == [2, 3, 4, 5])
    #expect(table.units[0].problem == nil)
    #expect(table.units[1].problem?.text(in: .english).hasPrefix("Sheet1!C3 holds the error value #DIV/0!") == true, "\(String(describing: table.units[1].problem))")
    #expect(table.units[2].problem?.text(in: .english).hasPrefix("Sheet1!C4 holds a formula saved without its value") == true)
    #expect(table.units[3].problem?.text(in: .english).hasPrefix("Sheet1!D5 points to shared string 999") == true)
  }

  @Test func aMergedRangeFillsOnlyTheUsedPartOfTheSheet() throws {
    var grid = XLSXGrid()
    grid.rows = [1: ["单位", "人数"], 2: ["甲", "3"], 3: ["乙"]]
    grid.merges = [(2...1_048_576, 1...16_383)]
    try grid.fillMerges(file: "x.xlsx")
    #expect(grid.rows.count == 3 && grid.rows[3] == ["乙", "3"])
    grid.rows = [1: ["a"], 20_000: Array(repeating: "x", count: 1000)]
    grid.merges = [(1...20_000, 0...999)]
    #expect(throws: DataError.self) { try grid.fillMerges(file: "x.xlsx") }
  }

  @Test func oldWorkbooksAreRefusedWithTheStepToTake() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("old.xls", [0xD0, 0xCF, 0x11, 0xE0])
    do {
      _ = try files.load("old.xls")
      Issue.record("an .xls must be refused")
    } catch let error as DataError {
      #expect(error.message.contains("save it as .xlsx"))
    }
  }
}
