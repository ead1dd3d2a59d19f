import Foundation
import Testing

@testable import Gongwen

/// A layout built by hand that departs from the standard in the ways rendered documents rarely do
/// (no paper size, line spacing at least or proportional, theme fonts, no sizes, unaligned footers):
/// every finding the checks write comes out in Chinese, and in English as before.
struct DeviationLanguageTests {
  static func layout() -> DocumentLayout {
    var layout = DocumentLayout()
    layout.pages = [DocumentLayout.Page(name: .section(2), width: nil, height: 297, top: 20, bottom: nil, left: 28, right: 26),
                    DocumentLayout.Page(name: .pageStyle("Landscape"), width: 297, height: 210, top: 28, bottom: 26, left: 35, right: 37)]
    func paragraph(_ index: Int, _ text: String, _ spacing: DocumentLayout.LineSpacing?, font: String? = "仿宋_GB2312", theme: String? = nil,
                   size: Double? = 16) -> DocumentLayout.Paragraph {
      DocumentLayout.Paragraph(index: index, runs: [DocumentLayout.Run(text: text, font: font, size: size, letterSpacing: 0, themeFont: theme)],
                               lineSpacing: spacing, isTitle: index == 1, firstLineIndent: 32, leftIndent: 0, alignment: "justify")
    }
    layout.paragraphs = [
      paragraph(1, "关于某事的通知", .exact(28.95), font: nil, theme: "majorEastAsia", size: 22),
      paragraph(2, "一、总体要求", .atLeast(12), font: "黑体"),
      paragraph(3, "正文第一段。", .atLeastLength("0.5cm")),
      paragraph(4, "正文第二段。", .proportional("150%"), size: nil),
      paragraph(5, "正文第三段。", .lines(1.5)),
    ]
    layout.pageNumbers = [DocumentLayout.PageNumber(pages: "odd", text: "#", hasPageField: true, size: nil, alignment: nil),
                          DocumentLayout.PageNumber(pages: "even", text: "", hasPageField: false, size: 12, alignment: "center")]
    return layout
  }

  @Test func everyFindingIsSaidInChineseAndInEnglish() {
    let deviations = GBT9704Check.deviations(Self.layout())
    #expect(Set(deviations.map(\.id)) == ["page_size", "margin_top", "margin_bottom", "line_pitch", "font", "font_size",
                                          "page_number_format", "page_number_size", "page_number_placement", "even_pages"], "\(deviations)")
    BrokenRuleTests.expectChinese(deviations)
    func said(_ id: String) -> (english: String, chinese: String) {
      let deviation = deviations.first { $0.id == id }
      return (deviation?.description ?? "", deviation?.text(in: .chinese) ?? "")
    }
    #expect(said("page_size").english == "section 2: page_size: expected A4 210 × 297 mm, found none × 297 mm")
    #expect(said("page_size").chinese == "第 2 节：page_size：应为 A4 纸 210 × 297 mm，实为 未设 × 297 mm")
    #expect(said("margin_bottom").chinese.hasSuffix("实为 未设"))
    #expect(said("line_pitch").english.hasSuffix("found at least 12 pt; at least 0.5cm; proportional 150%; …"), "\(said("line_pitch"))")
    #expect(said("line_pitch").chinese.hasSuffix("实为 最小值 12 磅；最小值 0.5cm；比例行距 150%；…"), "\(said("line_pitch"))")
    #expect(said("font").english.contains("theme font (majorEastAsia) in “关于某事的通知”"), "\(said("font"))")
    #expect(said("font").chinese.contains("“关于某事的通知”用了 主题字体（majorEastAsia）"), "\(said("font"))")
    #expect(said("font_size").chinese.contains("“正文第二段。”用了 未设字号"), "\(said("font_size"))")
    let placements = deviations.filter { $0.id == "page_number_placement" }.map { $0.text(in: .chinese) }
    #expect(placements == ["页脚（奇数页）：page_number_placement：应为 居右，实为 未设对齐", "页脚（偶数页）：page_number_placement：应为 居左，实为 居中"],
            "\(placements)")
    #expect(said("page_number_format").chinese.hasPrefix("页脚（奇数页），页脚（偶数页）："), "\(said("page_number_format"))")
  }

  @Test func theLandscapePageIsThePortraitPageTurnedEitherWay() {
    let portrait = GBT9704Check.margins
    #expect(portrait.turnedClockwise == GBT9704Check.Margins(top: 28, right: 37, bottom: 26, left: 35))
    #expect(portrait.turnedCounterclockwise == GBT9704Check.Margins(top: 26, right: 35, bottom: 28, left: 37))
    #expect(portrait.turnedClockwise.turnedCounterclockwise == portrait)
    // the landscape page of the layout above passes; with its margins unturned it does not
    #expect(!GBT9704Check.deviations(Self.layout()).contains { $0.location.contains("Landscape") })
    var unturned = Self.layout()
    unturned.pages[1] = DocumentLayout.Page(name: .pageStyle("Landscape"), width: 297, height: 210, top: 37, bottom: 35, left: 28, right: 26)
    #expect(GBT9704Check.deviations(unturned).contains { $0.id == "page_size" && $0.location.contains("Landscape") })
  }

  @Test func jsonKeepsTheFieldsInTheDeviationsLanguage() throws {
    let deviation = try #require(GBT9704Check.deviations(Self.layout()).first { $0.id == "margin_top" })
    let english = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(deviation)) as? [String: String])
    #expect(english == ["id": "margin_top", "location": "section 2", "expected": "top margin 37 ± 1 mm", "found": "20 mm"])
    let chinese = try JSONDecoder().decode(FormatDeviation.self, from: try JSONEncoder().encode(deviation.localized(.chinese)))
    #expect(chinese.location == "第 2 节" && chinese.expected == "天头（上白边）37 ± 1 mm" && chinese.found == "20 mm")
    #expect(chinese == deviation.localized(.chinese))
    #expect(chinese != deviation)
  }
}
