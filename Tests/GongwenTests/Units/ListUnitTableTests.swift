import Foundation
import Testing

@testable import Gongwen

/// JSON, JSON Lines and YAML unit tables.
struct ListUnitTableTests {
  @Test func jsonListKeepsTypesAndNumbersAsWritten() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.json", #"[{"单位": "甲局", "人数": 1.50, "学习": {"次数": 3}}, {"单位": "乙局", "人数": 2}]"#)
    let table = try files.load("u.json")
    #expect(table.units.map(\.key) == ["甲局", "乙局"])
    #expect(table.units.map(\.row) == [1, 2])
    #expect(table.units[0].data["人数"]?.displayText == "1.50")
    #expect(table.units[0].data["学习"]?["次数"]?.displayText == "3")
    #expect(table.fields == ["单位", "人数", "学习"])
  }

  @Test func jsonLinesReportBadLinesByNumberAndKeepTheOthers() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.jsonl", "{\"单位\": \"甲局\"}\n\n{\"单位\": \"乙局\",}\n[1]\n{\"单位\": \"丙局\"}\n")
    let table = try files.load("u.jsonl")
    #expect(table.units.map(\.row) == [1, 3, 4, 5])
    #expect(table.units[0].problem == nil && table.units[3].problem == nil)
    #expect(table.units[1].problem?.text(in: .english).hasPrefix("line 3") == true)
    #expect(table.units[2].problem?.text(in: .english).contains("not an object") == true)
  }

  @Test func yamlListOfMappings() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("u.yaml", "- 单位: 甲局\n  编号: \"007\"\n- 单位: 乙局\n  编号: 012\n")
    let table = try files.load("u.yaml")
    #expect(table.units.map(\.key) == ["甲局", "乙局"])
    #expect(table.units[0].data["编号"]?.displayText == "007")
  }

  @Test func aMappingOrAnUnknownExtensionIsAnError() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    try files.write("m.yaml", "单位: 甲局\n")
    #expect(throws: DataError.self) { try files.load("m.yaml") }
    try files.write("u.txt", "单位\n甲\n")
    #expect(throws: DataError.self) { try files.load("u.txt") }
    try files.write("s.csv", "单位\n甲\n")
    #expect(throws: DataError.self) { try files.load("s.csv", sheet: "Sheet1") }
  }
}
