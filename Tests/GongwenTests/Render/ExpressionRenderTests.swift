import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Expressions in Word paragraphs, custom filters through `Template`, and `{{/}}`.
  @Suite("Expressions") struct Expressions {
    static let sentence = "本年完成{{本年}}件，同比{{#本年 >= 上年}}增长{{/}}{{^本年 >= 上年}}下降{{/}}"
      + "{{abs(本年 - 上年) / 上年 | percent:1}}。"

    @Test func growthOrDeclineSentence() throws {
      let builder = WordPackageBuilder(body: WordML.para(Self.sentence))
      let up = try DocxHarness.render(builder, #"{"本年": "1,320", "上年": 1200}"#)
      #expect(try up.paragraphTexts() == ["本年完成1,320件，同比增长10.0%。"])
      let down = try DocxHarness.render(builder, #"{"本年": 960, "上年": 1200}"#)
      #expect(try down.paragraphTexts() == ["本年完成960件，同比下降20.0%。"])
    }

    @Test func typeProblemIsADataErrorAtTheTag() throws {
      let builder = WordPackageBuilder(body: WordML.para("差额{{本年 - 上年}}"))
      let errors = DocxHarness.renderErrors(builder, #"{"本年": "未统计", "上年": 3}"#)
      #expect(errors.map(\.kind.id) == ["expression_failed"])
      #expect(errors.first?.message == "cannot compute '本年 - 上年': '未统计' is not a number in '未统计' - '3'")
      #expect(errors.first?.location?.paragraph == 1)
      #expect(errors.first?.tagText == "{{本年 - 上年}}")
    }

    @Test func typeProblemsReadInChinese() throws {
      let builder = WordPackageBuilder(body: WordML.para("差额{{本年 - 上年}}，{{#本年 > 上年}}增{{/}}，{{上年 / 零}}，{{len(上年)}}"))
      let errors = DocxHarness.renderErrors(builder, #"{"本年": "未统计", "上年": 3, "零": 0}"#)
      let texts = Diagnostics.from(TemplateErrors(errors), language: .chinese).map(\.text).joined(separator: "\n")
      #expect(texts.contains("无法计算 '本年 - 上年'：'未统计' - '3' 中的 '未统计' 不是数字"), "\(texts)")
      #expect(texts.contains("无法比较 '未统计' 与 '3'"), "\(texts)")
      #expect(texts.contains("除数为零（'3' / '0'）"), "\(texts)")
      #expect(texts.contains("len 只能计算列表或文本的长度，不能计算 '3'"), "\(texts)")
      #expect(!texts.contains("is not a number") && !texts.contains("cannot compare"), "\(texts)")
    }

    @Test func malformedExpressionIsATemplateErrorWithItsTag() {
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: WordML.para("{{#本年 > }}x{{/}}")))
      #expect(errors.first?.kind == .malformedTag("'本年 >' ends where a value belongs"))
      #expect(errors.first?.location?.offset == 0)
    }

    @Test func customFilterWorksAtRenderAndCheckTime() throws {
      var filters = FilterRegistry()
      filters.register("元", FilterDefinition(validate: { _ in nil }, apply: { value, _ in .string(value.displayText + "元") }))
      let options = TemplateOptions(filters: filters)
      let builder = WordPackageBuilder(body: WordML.para("合计{{本年 + 上年 | 元}}"))
      let template = try DocxHarness.template(builder, options: options)
      let output = try RenderedPackage(try template.render(try DocxHarness.json(#"{"本年": 2, "上年": 3}"#)))
      #expect(try output.paragraphTexts() == ["合计5元"])
      let report = template.check(try DocxHarness.json(#"{"本年": 2, "上年": 3}"#))
      #expect(report.errors.isEmpty)
    }

    @Test func anonymousCloseInsideAndAcrossParagraphs() throws {
      let body = WordML.para("{{#items}}") + WordML.para("{{name}}{{#vip}}（重点）{{/}}") + WordML.para("{{/}}")
      let output = try DocxHarness.render(WordPackageBuilder(body: body),
                                          #"{"items": [{"name": "甲", "vip": true}, {"name": "乙"}]}"#)
      #expect(try output.paragraphTexts() == ["甲（重点）", "乙"])
    }
  }
}

extension RenderTests {
  /// Tags in `docProps/custom.xml` property values, as docxtemplater renders them.
  @Suite("Custom properties") struct CustomProperties {
    @Test func customPropertyValuesAreTemplated() throws {
      var builder = WordPackageBuilder(body: WordML.para("正文"))
      builder.customProperties = [("发文单位", "{{单位}}"), ("年度", "{{年 + 1}}年")]
      let output = try DocxHarness.render(builder, #"{"单位": "市教育局", "年": 2025}"#)
      let custom = try output.string("docProps/custom.xml")
      #expect(custom.contains("<vt:lpwstr>市教育局</vt:lpwstr>"))
      #expect(custom.contains("<vt:lpwstr>2026年</vt:lpwstr>"))
    }
  }
}
