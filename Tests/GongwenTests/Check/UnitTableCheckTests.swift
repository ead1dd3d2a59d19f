import Foundation
import Testing

@testable import Gongwen

/// Checking a whole unit table: by column first, then by row.
struct UnitTableCheckTests {
  static func table(_ csv: String, name: String = "units.csv") throws -> UnitTable {
    try CSVUnitReader.read(csv, file: name)
  }

  @Test func aMissingColumnIsOneErrorAndAnUnusedColumnAWarning() throws {
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{单位}}共{{人数}}人，{{[检查 次数]}}次")))
    let units = try Self.table("单位,检查 次数,备注\r\n甲局,3,x\r\n乙局,4,y\r\n丙局,,z\r\n")
    let result = template.check(units: units)
    #expect(!result.passed && result.units == 3 && result.failingUnits == 3)
    let missing = result.errors.filter { $0.json["column"] == "人数" }
    #expect(missing.count == 1, "one message for the column, not one per unit")
    #expect(missing.first?.text.contains("the table units.csv has no column '人数'") == true)
    let empty = result.errors.filter { $0.json["row"] == "4" }
    #expect(empty.count == 1 && empty.first?.json["column"] == "检查 次数" && empty.first?.json["key"] == "丙局")
    #expect(empty.first?.json["tag"] == "{{[检查 次数]}}")
    #expect(result.errors.count == 2, "\(result.errors.map(\.text))")
    #expect(result.warnings.map { $0.json["column"] } == ["备注"])
    #expect(result.columns.map(\.tag) == ["{{单位}}", "{{[检查 次数]}}", "{{备注}}"])
  }

  /// The hint on a column the table lacks names the nearest column only when there is one, in both languages.
  @Test func theNoColumnHintReadsWithAndWithoutANearestColumn() {
    let alone = MessageCatalogue.noColumnHint(file: "u.csv", path: "人数", nearest: nil)
    #expect(alone.text(in: .english) == "the table u.csv has no column '人数'")
    #expect(alone.text(in: .chinese) == "表格 u.csv 中没有 '人数' 列")
    let near = MessageCatalogue.noColumnHint(file: "u.csv", path: "人数", nearest: ("人 数", "{{[人 数]}}"))
    #expect(near.text(in: .chinese) == "表格 u.csv 中没有 '人数' 列；最接近的列是 '人 数'，应写作 {{[人 数]}}")
    #expect(MessageCatalogue.emptyCellHint("金额", row: 4).text(in: .english).hasPrefix("the cell under '金额' is empty in row 4;"))
  }

  @Test func columnsReadInsideTheirGroupsSectionAreUsed() throws {
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{单位}}{{#学习}}{{次数}}{{/学习}}")))
    let units = try Self.table("单位,学习.次数,学习.人数\r\n甲局,3,4\r\n")
    let result = template.check(units: units)
    #expect(result.passed)
    #expect(result.warnings.map { $0.json["column"] } == ["学习.人数"])
  }

  @Test(arguments: [
    ("检查 次数", "{{[检查 次数]}}"), ("No.", "{{[No.]}}"), ("学习.中心组 学习", "{{学习.[中心组 学习]}}"),
    ("整改资金（万元）", "{{整改资金（万元）}}"), ("检查.企业数", "{{检查.企业数}}"), ("1.", "{{[1.]}}"), ("a+b", "{{[a+b]}}"),
  ])
  func theTagForAHeader(field: String, tag: String) {
    #expect(FieldTag.tag(for: field) == tag)
  }
}
