import Foundation
import Testing

@testable import Gongwen

/// CSV unit tables as Excel and WPS save them: BOM, CRLF, GB18030, quoted cells, dotted headers.
struct CSVUnitTableTests {
  @Test func bomAndCRLFWithDottedHeadersAndTextKeptAsWritten() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.csv", [0xEF, 0xBB, 0xBF] + Array("单位,编号,学习.中心组学习次数,学习.干部集中学习次数\r\n市教育局,007,12,1.50\r\n".utf8))
    let table = try files.load("u.csv")
    #expect(table.fields == ["单位", "编号", "学习.中心组学习次数", "学习.干部集中学习次数"])
    let unit = try #require(table.units.first)
    #expect(unit.row == 2)
    #expect(unit.key == "市教育局")
    #expect(field(unit, "单位") == "市教育局")
    #expect(unit.data["编号"] == .string("007"))
    #expect(unit.data["学习"]?["干部集中学习次数"] == .string("1.50"))
    #expect(field(unit, "学习.中心组学习次数") == "12")
  }

  @Test func gb18030IsReadWhenTheBytesAreNotUTF8() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let text = "单位,人数\r\n市发展和改革委员会,7\r\n𠀀局,8\r\n"
    let bytes = try #require(text.data(using: UnitText.gb18030))
    #expect(String(data: bytes, encoding: .utf8) == nil)
    try files.write("gb.csv", [UInt8](bytes))
    let table = try files.load("gb.csv")
    #expect(table.units.map(\.key) == ["市发展和改革委员会", "𠀀局"])
    #expect(field(table.units[1], "人数") == "8")
  }

  @Test func bigUTF8FilesAreReadAcrossChunkBoundaries() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    // Over 64 KiB of three- and four-byte characters, so that reads split characters at chunk ends.
    var text = "单位,说明\r\n"
    for number in 1...2_000 { text += "第\(number)局𠀀,说明文字说明文字\(number)\r\n" }
    try files.write("big.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let table = try files.load("big.csv")
    #expect(table.units.count == 2_000)
    #expect(table.units.enumerated().allSatisfy { $0.element.key == "第\($0.offset + 1)局𠀀" })
    #expect(field(table.units[1_999], "说明") == "说明文字说明文字2000")
  }

  @Test func quotedCellsBlankRowsAndRowNumbers() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("q.csv", "单位,说明\n\"甲,乙局\",\"第一行\n第二行\"\n\n,\n丙局,\"说\"\"好\"\"\"\n")
    let table = try files.load("q.csv")
    #expect(table.units.map(\.key) == ["甲,乙局", "丙局"])
    #expect(field(table.units[0], "说明") == "第一行\n第二行")
    #expect(field(table.units[1], "说明") == "说\"好\"")
    #expect(table.units.map(\.row) == [2, 5])
  }

  @Test func shortRowsAndFilledExtraCellsAreProblemsNamingTheRow() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("s.csv", "单位,人数,备注\r\n甲局,3\r\n乙局,4,,多余\r\n丙局,5,\r\n丁局,6,,,\r\n")
    let table = try files.load("s.csv")
    let short = try #require(table.units[0].problem?.text(in: .english))
    #expect(short.contains("row 2 has 2 cells where the header has 3"))
    #expect(table.units[0].key == "甲局")
    #expect(table.units[1].problem == .valueWithoutHeader(row: 3, column: "D"))
    let problem = try #require(table.units[1].problem?.text(in: .english))
    #expect(problem.contains("row 3") && problem.contains("column D"))
    #expect(table.units[2].problem == nil)
    #expect(table.units[2].data["备注"] == nil, "an empty cell is a missing value, not empty text")
    #expect(table.units[3].problem == nil, "empty cells past the header are accepted")
  }

  @Test func badHeadersAreErrorsNamingTheColumnsAndFlatNamesAreKept() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("d.csv", "单位,人数,单位\r\n甲,1,2\r\n")
    #expect(throws: DataError.self) { try files.load("d.csv") }
    do {
      _ = try files.load("d.csv")
    } catch let error as DataError {
      #expect(error.message.contains("columns A and C"))
      #expect(error.file == files.path("d.csv"))
    }
    try files.write("g.csv", "学习,学习.次数\r\n1,2\r\n")
    #expect(throws: DataError.self) { try files.load("g.csv") }
    // Dots that do not separate two filled parts are part of one flat name.
    try files.write("e.csv", "No.,1.,a..b,检查 次数,学习.次数\r\n7,8,9,10,11\r\n")
    let flat = try files.load("e.csv")
    #expect(flat.fields == ["No.", "1.", "a..b", "检查 次数", "学习.次数"])
    #expect(flat.units[0].data["No."] == .string("7") && flat.units[0].data["a..b"] == .string("9"))
    #expect(flat.units[0].data["检查 次数"] == .string("10"))
    #expect(flat.units[0].data["学习"]?["次数"] == .string("11"))
  }

  @Test func missingFilesAndFoldersAreNamedErrors() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try FileManager.default.createDirectory(atPath: files.path("folder.csv"), withIntermediateDirectories: true)
    for (name, words) in [("none.csv", "no such"), ("folder.csv", "folder")] {
      do {
        _ = try files.load(name)
        Issue.record("\(name) must be an error")
      } catch let error as DataError {
        #expect(error.file == files.path(name))
        #expect(error.message.contains(words), "\(error.message)")
      }
    }
  }

  @Test func theShippedSampleHasSixteenUnitsWithNestedFigures() throws {
    let table = try UnitTableLoader.load(path: UnitFiles.repository.appendingPathComponent("samples/units.csv").path)
    #expect(table.units.count == 16)
    #expect(table.units.allSatisfy { $0.problem == nil })
    #expect(field(table.units[0], "廉政建设.新入职谈话人次") != nil)
  }
}
