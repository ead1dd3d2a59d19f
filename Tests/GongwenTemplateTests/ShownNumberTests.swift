import Testing

@testable import GongwenTemplate

/// Numbers as a sheet or a person shows them keep working with the number filters.
@Suite struct ShownNumberTests {
  @Test(arguments: [
    ("6.8%", "percent:1", "6.8%"), ("0.0%", "percent", "0%"), ("12.5%", "number:\"0.000\"", "0.125"),
    ("¥1,234.50", "number:\"#,##0.00\"", "1,234.50"), ("￥1,234.50", "cnmoney", "壹仟贰佰叁拾肆元伍角"),
    ("1,234.50", "wan:2", "0.12万"), ("(5.00)", "number:\"0.00\"", "-5.00"), ("１２３", "cn", "一百二十三"),
    ("－５．５", "number:\"0.0\"", "-5.5"), ("１２％", "percent", "12%"), ("1,234.50元", "number:\"0\"", "1235"),
    ("(1,234.5)", "number:\"#,##0.00\"", "-1,234.50"), ("¥-5", "number:\"0\"", "-5"),
  ])
  func shownTextReadsAsItsNumber(input: String, filter: String, expected: String) throws {
    #expect(try filteredText(.string(input), filter) == expected)
  }

  @Test(arguments: ["%", "()", "(-5)", "¥", "元", "5%%", "abc%", "(5", "１,２３"])
  func decorationsAloneAreNotNumbers(input: String) throws {
    #expect(try filterError(.string(input), "number:\"0.00\"") != nil)
  }
}
