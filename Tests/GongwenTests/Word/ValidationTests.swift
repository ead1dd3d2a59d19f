import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// The schema validator used by the render tests, checked on its own, and on one template that
  /// uses every kind of section at once.
  @Suite("Validation", .enabled(if: PackageValidation.isAvailable, PackageValidation.unavailableReason))
  struct Validation {
    @Test func testPackagesAreValidBeforeRendering() throws {
      var builder = WordPackageBuilder(body: WordML.para("正文") + WordML.table(WordML.tr(WordML.cell("a") + WordML.cell("b"))) + WordML.para(""))
      builder.headers = [WordML.para("页眉")]
      builder.footers = [WordML.para("页脚")]
      builder.footnote = WordML.para("脚注")
      builder.comment = WordML.para("批注")
      builder.numbering = WordML.abstractNum(0) + WordML.num(1, abstract: 0)
      builder.includeImage = true
      builder.body += WordML.p(WordML.drawing(id: 1))
      let result = try #require(try PackageValidation.check(try builder.build()))
      #expect(result.isValid, "\(result.output)")
    }

    @Test func validatorCatchesSchemaErrorsAndLeftoverTags() throws {
      // A table without w:tblGrid, and a tag left in the text.
      let body = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + WordML.tr(WordML.cell("x")) + "</w:tbl>"
        + WordML.para("{{leftover}}")
      let result = try #require(try PackageValidation.check(try WordPackageBuilder(body: body).build()))
      #expect(!result.isValid)
      #expect(result.problems.contains { $0.contains("tblGrid") || $0.contains("tr") })
      #expect(result.problems.contains { $0.contains("template tag left in output: {{leftover}}") })
    }

    @Test func everyKindOfSectionTogetherRendersAValidPackage() throws {
      let rows = WordML.tr(WordML.cell("序号") + WordML.cell("事项"))
        + WordML.tr(WordML.cell("{{#rows}}{{$index}}") + WordML.cell("{{name}}{{/rows}}"))
      let onlyRows = WordML.tr(WordML.cell("{{#none}}{{.}}") + WordML.cell("{{/none}}"))
      let loopCell = WordML.tr(WordML.cell("附") + WordML.tc(WordML.para("{{#none}}") + WordML.para("{{.}}") + WordML.para("{{/none}}")))
      var builder = WordPackageBuilder(
        body: WordML.para("{{title}}")
          + WordML.para("{{#items}}") + WordML.p(WordML.drawing(id: 1) + WordML.r("{{.}}")) + WordML.para("{{/items}}")
          + WordML.para("{{#none}}") + WordML.para("空") + WordML.para("{{/none}}")
          + WordML.para("{{#none}}{{.}}{{/none}}")
          + WordML.table(rows) + WordML.para("")
          + WordML.table(onlyRows) + WordML.para("")
          + WordML.table(loopCell) + WordML.para("")
          + WordML.para("{{#s}}") + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1))
          + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/s}}"))
      builder.includeImage = true
      builder.numbering = WordML.abstractNum(0) + WordML.num(1, abstract: 0)
      builder.headers = [WordML.para("{{title}}")]
      builder.coreTitle = "{{title}}"
      let data = #"{"title": "标题 & <测试>", "items": ["甲", "乙"], "none": [], "rows": [{"name": "a\nb"}, {"name": "c\td"}], "s": [{"a": 1, "b": 2}, {"a": 3, "b": 4}]}"#
      let output = try DocxHarness.render(builder, data, validate: false)
      let result = try #require(try PackageValidation.check(output.bytes))
      #expect(result.isValid, "\(result.output)")
    }
  }
}
