import Foundation
import Testing

@testable import Gongwen

/// A filter's arguments refused when a template compiles: a built-in filter's reason in both languages,
/// a custom filter's own text kept as written and marked as its author's under zh.
struct FilterArgumentChineseTests {
  private func compileErrors(_ paragraph: String, options: TemplateOptions = TemplateOptions()) throws -> [TemplateError] {
    do {
      _ = try DocxHarness.template(WordPackageBuilder(body: WordML.para(paragraph)), options: options)
    } catch let errors as TemplateErrors {
      return errors.errors
    }
    Issue.record("the template compiled")
    return []
  }

  @Test func aBuiltInFilterReasonIsInChinese() throws {
    let errors = try compileErrors("{{日期 | date:\"x\"}}{{金额 | number}}{{标题 | upper:1}}")
    #expect(errors.map(\.kind.id) == ["bad_filter_argument", "bad_filter_argument", "bad_filter_argument"])
    #expect(errors.first?.kind == .badFilterArgument(filter: "date", reason: "'x' has no date tokens (yyyy, M, d, …) and is not 'cn'"))
    let chinese = Diagnostics.from(TemplateErrors(errors), language: .chinese).map(\.text)
    #expect(chinese.first?.contains("'x' 中没有日期符号（yyyy、M、d 等），也不是 'cn'") == true, "\(chinese)")
    #expect(chinese.dropFirst().first?.contains("需要恰好一个参数（格式，如 \"#,##0.00\"），却有 0 个") == true, "\(chinese)")
    #expect(chinese.last?.contains("不接受参数") == true, "\(chinese)")
    #expect(!chinese.joined().contains("takes"), "\(chinese)")
  }

  @Test func aCustomFilterReasonIsKeptAndMarked() throws {
    var filters = FilterRegistry()
    filters.register("元", FilterDefinition(validate: { $0.isEmpty ? nil : "takes no unit" }, apply: { value, _ in value }))
    let errors = try compileErrors("{{金额 | 元:\"万\"}}", options: TemplateOptions(filters: filters))
    #expect(errors.first?.kind == .badFilterArgument(filter: "元", reason: "takes no unit"))
    let chinese = try #require(Diagnostics.from(TemplateErrors(errors), language: .chinese).first).text
    #expect(chinese.contains("自定义过滤器的说明：takes no unit"), "\(chinese)")
    let english = try #require(Diagnostics.from(TemplateErrors(errors), language: .english).first).text
    #expect(english.contains("takes no unit") && !english.contains("自定义"), "\(english)")
  }

  @Test func anErrorACustomFilterThrowsIsKeptAndMarked() throws {
    struct RateMissing: Error, CustomStringConvertible { var description: String { "no exchange rate" } }
    var filters = FilterRegistry()
    filters.register("美元", FilterDefinition(validate: { _ in nil }, apply: { _, _ in throw RateMissing() }))
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{金额 | 美元}}")), options: TemplateOptions(filters: filters))
    let error = try #require(throws: TemplateErrors.self) { _ = try template.render(try DocxHarness.json(#"{"金额": 1}"#)) }
    #expect(error.errors.first?.kind == .filterFailed(filter: "美元", reason: "no exchange rate"))
    let chinese = try #require(Diagnostics.from(error, language: .chinese).first).text
    #expect(chinese.contains("过滤器 '美元' 处理失败：自定义过滤器的说明：no exchange rate"), "\(chinese)")
  }
}
