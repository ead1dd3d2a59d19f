import Testing

@testable import GongwenTemplate

/// Long 公文 titles break between words into balanced lines of at most 20 characters (GB/T 9704 7.3.1).
@Suite struct TitleLineBreakerTests {
  let breaker = TitleLineBreaker()

  @Test(arguments: [
    // the agency and 关于 on the first line, the matter from its number on
    ("某市人民政府办公室关于开展2023年度机关作风建设专项检查的通知", "某市人民政府办公室关于开展\n2023年度机关作风建设专项检查的通知"),
    ("某市人民政府办公室关于2022年度政务公开工作情况的报告", "某市人民政府办公室关于\n2022年度政务公开工作情况的报告"),
    // 关于 alone would leave a second line too long: the break goes where the number starts
    ("某市人民政府办公室关于商请提供2022年度机关党建工作有关数据的函", "某市人民政府办公室关于商请提供\n2022年度机关党建工作有关数据的函"),
    ("某县人民政府关于申请安排2024年农村公路建设补助资金的请示", "某县人民政府关于申请安排\n2024年农村公路建设补助资金的请示"),
  ])
  func breaksBetweenWords(_ title: String, _ expected: String) {
    #expect(breaker.lines(title) == expected)
  }

  @Test func everyLineFitsAndNothingIsLost() {
    let title = "中共某某市委办公室某某市人民政府办公室关于印发《某某市进一步优化营商环境提升政务服务效能若干措施（2024—2026年）》的通知"
    let lines = breaker.lines(title).split(separator: "\n").map(String.init)
    #expect(lines.joined() == title)
    // the 23 characters of the document's name cannot share two lines with what surrounds them
    #expect(lines.count == 4, "\(lines)")
    for line in lines {
      #expect(line.reduce(0) { $0 + TitleLineBreaker.width($1) } <= 20, "\(line)")
      #expect(!line.hasPrefix("）") && !line.hasPrefix("》") && !line.hasSuffix("《") && !line.hasSuffix("（"), "\(line)")
    }
  }

  @Test func numbersAndTheirUnitsStayTogether() {
    let title = "关于2023年度第12345678次全市统一组织开展专项检查工作情况的通报"
    let text = breaker.lines(title)
    #expect(text.contains("\n"))
    for unbroken in ["2023年度", "12345678次"] { #expect(text.contains(unbroken), "\(text)") }
  }

  @Test func shortTitlesAndWrittenBreaksStayAsTheyAre() {
    #expect(breaker.lines("关于开展专项检查的通知") == "关于开展专项检查的通知")
    let written = "某市人民政府办公室\n关于开展2023年度机关作风建设专项检查的通知"
    #expect(breaker.lines(written) == written)
    #expect(TitleLineBreaker(lineWidth: 8).lines("关于开展专项检查的通知") == "关于开展专项检查\n的通知")
  }

  @Test func filterBreaksTitlesInTemplates() throws {
    let filter = try #require(StandardFilters.all["titlebreak"])
    #expect(filter.validate([]) == nil)
    #expect(filter.validate([.string("x")]) != nil)
    #expect(try filter.apply(.string("某市人民政府办公室关于2022年度政务公开工作情况的报告"), []) == .string("某市人民政府办公室关于\n2022年度政务公开工作情况的报告"))
    #expect(throws: TemplateError.self) { try filter.apply(.list([]), []) }
  }
}
