import Testing

@testable import GongwenTemplate

@Suite struct DateFilterTests {
  @Test(arguments: ["2022-12-31", "2022-12-31T08:30:00", "2022/12/31", "2022年12月31日", "2022.12.31", "2022-12-31 08:30"])
  func inputForms(input: String) throws {
    #expect(try filteredText(.string(input), "date:\"yyyy年M月d日\"") == "2022年12月31日")
  }

  @Test func tokens() throws {
    let value: Value = "2022-03-05T08:07:09"
    #expect(try filteredText(value, "date:\"yyyy-MM-dd HH:mm:ss\"") == "2022-03-05 08:07:09")
    #expect(try filteredText(value, "date:\"yy/M/d H时\"") == "22/3/5 8时")
    #expect(try filteredText("2022-03-05T08:07:09Z", "date:\"HH:mm\"") == "08:07")
    #expect(try filteredText("2022-03-05T08:07:09.123+08:00", "date:\"ss\"") == "09")
  }

  @Test func defaultPattern() throws {
    #expect(try filteredText("2022-03-05", "date") == "2022年3月5日")
  }

  @Test func chinesePattern() throws {
    #expect(try filteredText("2022-12-31", "date:\"cn\"") == "二〇二二年十二月三十一日")
    #expect(try filteredText("2020年1月10日", "date:cn") == "二〇二〇年一月十日")
    #expect(try filteredText("2005-10-20", "date:cn") == "二〇〇五年十月二十日")
  }

  @Test func invalidDates() throws {
    for text in ["2022-13-01", "2022-02-30", "2023-02-29", "abc", "2022-12", "2022-12-31T25:00", "2022-12/31"] {
      #expect(try filterError(.string(text), "date") != nil, "\(text)")
    }
    #expect(try filterError(20_221_231, "date") != nil)
    #expect(try filteredText("2024-02-29", "date:\"M月d日\"") == "2月29日")
  }
}
