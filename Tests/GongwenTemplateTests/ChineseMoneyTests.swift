import Foundation
import Testing

@testable import GongwenTemplate

@Suite struct ChineseMoneyTests {
  @Test(arguments: [
    ("1234.5", "壹仟贰佰叁拾肆元伍角"), ("1234", "壹仟贰佰叁拾肆元整"), ("1000.05", "壹仟元零伍分"), ("0.5", "伍角"),
    ("0.05", "伍分"), ("0.55", "伍角伍分"), ("0", "零元整"), ("100000", "壹拾万元整"), ("10", "壹拾元整"),
    ("105000.07", "壹拾万零伍仟元零柒分"), ("1001", "壹仟零壹元整"), ("10.5", "壹拾元伍角"), ("-12.3", "负壹拾贰元叁角"),
    ("0.004", "零元整"), ("0.005", "壹分"), ("1.999", "贰元整"), ("100000000", "壹亿元整"),
    ("100010000.10", "壹亿零壹万元壹角"), ("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
  ])
  func capitals(literal: String, expected: String) {
    #expect(ChineseMoney.capital(literal: literal) == expected)
  }

  @Test func fromDecimal() throws {
    #expect(ChineseMoney.capital(try #require(Decimal(string: "1234.5"))) == "壹仟贰佰叁拾肆元伍角")
    #expect(ChineseMoney.capital(Decimal(-3)) == "负叁元整")
  }

  @Test func notANumber() {
    #expect(ChineseMoney.capital(literal: "一百") == nil)
  }

  @Test func filter() throws {
    #expect(try filteredText(.number("1234.5"), "cnmoney") == "壹仟贰佰叁拾肆元伍角")
    #expect(try filteredText("1,000.05", "cnmoney") == "壹仟元零伍分")
    #expect(try filterError("abc", "cnmoney") == .filterFailed(filter: "cnmoney", reason: "'abc' is not a number"))
  }
}
