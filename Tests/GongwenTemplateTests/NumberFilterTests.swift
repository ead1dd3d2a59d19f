import Testing

@testable import GongwenTemplate

@Suite struct NumberFilterTests {
  @Test(arguments: [
    ("1234.5", "#,##0.00", "1,234.50"), ("1234567.891", "#,##0.00", "1,234,567.89"), ("0.005", "#,##0.00", "0.01"),
    ("2.675", "0.00", "2.68"), ("-1234.5", "#,##0.00", "-1,234.50"), ("-0.001", "0.00", "0.00"),
    ("999.995", "#,##0.00", "1,000.00"), ("1234.5", "¥#,##0.00", "¥1,234.50"), ("-5", "¥#,##0.00", "-¥5.00"),
    ("12.345", "0.0万", "12.3万"), ("7", "000", "007"), ("1234", "#,##0", "1,234"), ("0.5", "#.00", ".50"),
    ("0.256", "0.0%", "25.6%"), ("1e3", "#,##0", "1,000"), ("123", "0.00元", "123.00元"), ("100", "#,##0.#", "100.0"),
  ])
  func numberPattern(input: String, pattern: String, expected: String) throws {
    #expect(try filteredText(.number(input), "number:\"\(pattern)\"") == expected)
  }

  @Test func numbersFromText() throws {
    #expect(try filteredText("1234.5", "number:\"#,##0.00\"") == "1,234.50")
    #expect(try filteredText(" 1,234.5 ", "number:\"#,##0.00\"") == "1,234.50")
    #expect(try filteredText(1234, "number:\"#,##0.00\"") == "1,234.00")
  }

  @Test func barePatternArgument() throws {
    #expect(try filteredText(.number("3.14159"), "number:0.00") == "3.14")
  }

  @Test func notANumber() throws {
    #expect(
      try filterError("abc", "number:\"0.00\"") == .filterFailed(filter: "number", reason: "'abc' is not a number"))
    #expect(try filterError("1,23", "number:\"0.00\"") != nil)
    #expect(
      try filterError(["a"], "number:\"0.00\"") == .filterFailed(filter: "number", reason: "a list is not a number"))
    #expect(try filterError(true, "percent") == .filterFailed(filter: "percent", reason: "'true' is not a number"))
  }

  @Test func percent() throws {
    #expect(try filteredText(.number("0.1234"), "percent:1") == "12.3%")
    #expect(try filteredText(.number("0.1235"), "percent:1") == "12.4%")
    #expect(try filteredText(.number("0.5"), "percent") == "50%")
    #expect(try filteredText("1.5", "percent:2") == "150.00%")
    #expect(try filteredText(.number("-0.25"), "percent:0") == "-25%")
  }

  @Test func wan() throws {
    #expect(try filteredText(123456, "wan") == "12.35万")
    #expect(try filteredText(120000, "wan") == "12万")
    #expect(try filteredText(123456, "wan:1") == "12.3万")
    #expect(try filteredText(123456, "wan:0") == "12万")
    #expect(try filteredText(-50000, "wan") == "-5万")
    #expect(try filteredText("100", "wan") == "0.01万")
    #expect(try filteredText(10000, "wan:3") == "1万")
  }

  @Test func decimalDigitsRounding() throws {
    let number = try #require(DecimalDigits(parsing: "-2.5"))
    #expect(number.rounded(toDecimals: 0).plainText == "-3")
    #expect(try #require(DecimalDigits(parsing: "0.0049")).rounded(toDecimals: 2).plainText == "0.00")
    #expect(try #require(DecimalDigits(parsing: "9.99")).rounded(toDecimals: 1).plainText == "10.0")
    #expect(try #require(DecimalDigits(parsing: "2.5E-2")).plainText == "0.025")
    #expect(DecimalDigits(parsing: "1e999999") == nil)
    #expect(DecimalDigits(parsing: "12a") == nil)
    #expect(DecimalDigits(parsing: "") == nil)
    #expect(DecimalDigits(parsing: "1,234") == nil)
    #expect(DecimalDigits(parsing: "1,234", allowGrouping: true)?.plainText == "1234")
  }
}
