import Testing

@testable import GongwenTemplate

@Suite struct ChineseNumeralsTests {
  @Test(arguments: [
    (0, "零"), (1, "一"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (100, "一百"),
    (101, "一百零一"), (110, "一百一十"), (111, "一百一十一"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"),
    (1100, "一千一百"), (9999, "九千九百九十九"), (10000, "一万"), (10001, "一万零一"), (10010, "一万零一十"),
    (10100, "一万零一百"), (11000, "一万一千"), (100000, "十万"), (110000, "十一万"), (105000, "十万五千"),
    (1_000_000, "一百万"), (10_000_000, "一千万"), (100_000_000, "一亿"), (100_010_000, "一亿零一万"),
    (100_100_000, "一亿零一十万"), (110_000_000, "一亿一千万"), (1_000_000_000, "十亿"),
    (123_456_789, "一亿二千三百四十五万六千七百八十九"), (1_0000_0000_0000, "一万亿"),
    (1_2345_0000_0000, "一万二千三百四十五亿"), (1_0000_0000_0000_0000, "一亿亿"),
    (1_0000_0001_0000_0000, "一亿亿零一亿"), (-12, "负十二"), (-100000, "负十万"),
  ])
  func integers(value: Int, expected: String) {
    #expect(ChineseNumerals.integer(value) == expected)
  }

  @Test func extremeIntegers() {
    #expect(ChineseNumerals.integer(Int.max) == "九百二十二亿亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七")
    #expect(ChineseNumerals.integer(Int.min).hasPrefix("负九百二十二亿亿"))
  }

  @Test func integersFromDigits() {
    #expect(ChineseNumerals.integer(digits: "100000000000000000000") == "一万亿亿")
    #expect(ChineseNumerals.integer(digits: "-0010") == "负十")
    #expect(ChineseNumerals.integer(digits: "1.5") == nil)
    #expect(ChineseNumerals.integer(digits: "abc") == nil)
  }

  @Test(arguments: [
    ("3.14", "三点一四"), ("0.5", "零点五"), ("-0.05", "负零点零五"), ("10.01", "十点零一"), ("1.50", "一点五零"),
    ("12", "十二"), ("1e4", "一万"), ("-0", "零"), ("100000.5", "十万点五"),
  ])
  func decimals(literal: String, expected: String) {
    #expect(ChineseNumerals.number(literal: literal) == expected)
  }

  @Test func notANumber() {
    #expect(ChineseNumerals.number(literal: "三") == nil)
  }

  @Test func years() {
    #expect(ChineseNumerals.year(2022) == "二〇二二")
    #expect(ChineseNumerals.year(1905) == "一九〇五")
    #expect(ChineseNumerals.year(digits: "0701") == "〇七〇一")
    #expect(ChineseNumerals.year(digits: "20a2") == nil)
    #expect(ChineseNumerals.year(digits: "") == nil)
  }

  @Test func filters() throws {
    #expect(try filteredText(100_010_000, "cn") == "一亿零一万")
    #expect(try filteredText("3.14", "cn") == "三点一四")
    #expect(try filteredText(2022, "cnyear") == "二〇二二")
    #expect(try filteredText(" 2023 ", "cnyear") == "二〇二三")
    #expect(
      try filterError("二〇二二", "cnyear") == .filterFailed(filter: "cnyear", reason: "'二〇二二' is not a string of digits"))
    #expect(try filterError("十", "cn") == .filterFailed(filter: "cn", reason: "'十' is not a number"))
  }
}
