import Foundation
import Testing

@testable import Gongwen

/// .xlsx unit tables: `Fixtures/units/units.xlsx` was saved by LibreOffice (`make_units_xlsx.py`).
struct XLSXUnitTableTests {
  static let workbook = UnitFiles.repository.appendingPathComponent("Tests/GongwenTests/Fixtures/units/units.xlsx").path

  @Test func mergedHeaderCellsGroupTheColumnsBelow() throws {
    let table = try UnitTableLoader.load(path: Self.workbook)
    #expect(table.fields == ["单位", "编号", "学习.中心组学习次数", "学习.干部集中学习次数", "比例", "成文日期", "金额"])
    #expect(table.units.map(\.row) == [3, 4])
    #expect(table.units.map(\.key) == ["市教育局", "市财政局"])
  }

  @Test func cellsShowAsTheWorkbookDisplaysThem() throws {
    let table = try UnitTableLoader.load(path: Self.workbook)
    let first = table.units[0], second = table.units[1]
    #expect(field(first, "编号") == "007")
    #expect(field(first, "学习.中心组学习次数") == "12")
    #expect(field(first, "学习.干部集中学习次数") == "24.50")
    #expect(field(second, "学习.干部集中学习次数") == "4.00")
    #expect(field(first, "比例") == "12.5%")
    #expect(field(second, "比例") == "50%")
    #expect(field(first, "成文日期") == "2023年1月9日")
    #expect(field(second, "成文日期") == "2023-02-28")
    #expect(field(first, "金额") == "1,234,567.89")
    #expect(field(second, "金额") == "1,000")
  }

  @Test func anotherSheetByNameAndAMissingOneListsTheSheets() throws {
    let table = try UnitTableLoader.load(path: Self.workbook, sheet: "名单")
    #expect(table.units.count == 1)
    #expect(field(table.units[0], "人数") == "7")
    do {
      _ = try UnitTableLoader.load(path: Self.workbook, sheet: "Sheet9")
      Issue.record("a missing sheet must be an error")
    } catch let error as DataError {
      #expect(error.message.contains("'单位数据', '名单'"))
    }
  }

  @Test(arguments: [
    (44935.0, "yyyy/m/d", "2023/1/9"), (44935.5, "yyyy-mm-dd hh:mm", "2023-01-09 12:00"),
    (44935.75, "h:mm AM/PM", "6:00 PM"), (1.0, "yyyy-mm-dd", "1900-01-01"), (61.0, "yyyy-mm-dd", "1900-03-01"),
    (0.0, "yyyy-mm-dd", "1904-01-01"), (0.1 + 0.2, "General", "0.3"), (1234.5, "#,##0.00\"元\"", "1,234.50元"),
    (-5.0, "0;(0)", "(5)"), (0.256, "0%", "26%"), (44927.0, "[$-804]yyyy\"年\"m\"月\"", "2023年1月"),
  ])
  func numberFormats(_ value: Double, _ code: String, _ expected: String) {
    let date1904 = value == 0
    #expect(XLSXNumberFormat.display(value, code: code, date1904: date1904) == expected)
  }

  @Test func cellReferences() {
    #expect(XLSXSheetReader.reference("A1")! == (1, 0))
    #expect(XLSXSheetReader.reference("AB12")! == (12, 27))
    #expect(XLSXSheetReader.reference("$C$3")! == (3, 2))
    #expect(XLSXSheetReader.reference("12") == nil)
    #expect(XLSXSheetReader.reference("A0") == nil)
  }
}
