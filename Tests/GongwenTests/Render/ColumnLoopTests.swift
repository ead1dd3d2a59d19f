import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Column loops and docxtemplater's explicit elements (`{-w:tr x}`, `{-w:tc x}`, `{-w:p x}`, `{-w:tbl x}`).
  @Suite("Column loops") struct ColumnLoops {
    static let data = #"""
      {"季度": [{"名称": "一季度"}, {"名称": "二季度"}, {"名称": "三季度"}, {"名称": "四季度"}],
       "单位": [{"名称": "甲局", "数据": [1, 2, 3, 4]}, {"名称": "乙局", "数据": [5, 6, 7, 8]}]}
      """#

    static func quarterTable(open: String = "{{-w:tc 季度}}", rowOpen: String = "{{-w:tr 单位}}") -> WordPackageBuilder {
      let header = WordML.tr(WordML.cell("单位", width: 2000) + WordML.cell("\(open){{名称}}{{/季度}}", width: 6000))
      let body = WordML.tr(WordML.cell("\(rowOpen){{名称}}", width: 2000)
                             + WordML.cell("{{-w:tc 数据}}{{.}}{{/数据}}{{/单位}}", width: 6000))
      return WordPackageBuilder(body: WordML.table(header + body, columns: [2000, 6000]) + WordML.para(""))
    }

    @Test func cellsRepeatAcrossAndTheGridKeepsItsWidth() throws {
      let output = try DocxHarness.render(Self.quarterTable(), Self.data)
      #expect(try output.tables() == [[["单位", "一季度", "二季度", "三季度", "四季度"],
                                       ["甲局", "1", "2", "3", "4"], ["乙局", "5", "6", "7", "8"]]])
      #expect(try output.attributeValues(W.name("gridCol"), W.name("w")) == ["2000", "1500", "1500", "1500", "1500"])
      let cellWidths = try output.attributeValues(W.name("tcW"), W.name("w"))
      #expect(cellWidths == ["2000", "1500", "1500", "1500", "1500", "2000", "1500", "1500", "1500", "1500",
                             "2000", "1500", "1500", "1500", "1500"])
    }

    @Test func chineseElementNamesWork() throws {
      let output = try DocxHarness.render(Self.quarterTable(open: "{{-列 季度}}", rowOpen: "{{-行 单位}}"), Self.data)
      #expect(try output.tables().first?.first == ["单位", "一季度", "二季度", "三季度", "四季度"])
    }

    @Test func emptyColumnListLeavesTheOtherColumns() throws {
      let output = try DocxHarness.render(Self.quarterTable(), #"{"季度": [], "单位": [{"名称": "甲局", "数据": []}]}"#)
      #expect(try output.tables() == [[["单位"], ["甲局"]]])
      #expect(try output.attributeValues(W.name("gridCol"), W.name("w")) == ["2000"])
    }

    @Test func explicitParagraphAndTableElements() throws {
      let body = WordML.para("前") + WordML.para("{{-w:p items}}第{{$index}}项：{{.}}{{/}}")
        + WordML.table(WordML.tr(WordML.cell("{{-w:tbl 表}}{{名}}{{/表}}"))) + WordML.para("后")
      let output = try DocxHarness.render(WordPackageBuilder(body: body),
                                          #"{"items": ["甲", "乙"], "表": [{"名": "A"}, {"名": "B"}]}"#)
      #expect(try output.paragraphTexts() == ["前", "第1项：甲", "第2项：乙", "A", "B", "后"])
      #expect(try output.tables() == [[["A"]], [["B"]]])
    }

    @Test func docxtemplaterRowLoopWithAnonymousClose() throws {
      let row = WordML.tr(WordML.cell("{-w:tr rows}{name}") + WordML.cell("{value}{/}"))
      let builder = WordPackageBuilder(body: WordML.table(WordML.tr(WordML.cell("名称") + WordML.cell("数值")) + row)
                                         + WordML.para("{#ok}合计{total}{/}"))
      let options = TemplateOptions(delimiters: Delimiters(open: "{", close: "}"))
      let template = try DocxHarness.template(builder, options: options)
      let data = try DocxHarness.json(#"{"rows": [{"name": "甲", "value": 1}, {"name": "乙", "value": 2}], "ok": true, "total": 3}"#)
      let bytes = try template.render(data)
      try PackageValidation.expectValid(bytes, tags: ("{", "}"))
      let output = try RenderedPackage(bytes)
      #expect(try output.tables() == [[["名称", "数值"], ["甲", "1"], ["乙", "2"]]])
      #expect(try output.paragraphTexts().last == "合计3")
    }

    @Test func explicitCellsInDifferentRowsAreAnError() {
      let table = WordML.table(WordML.tr(WordML.cell("{{-w:tc xs}}a")) + WordML.tr(WordML.cell("{{/xs}}")), columns: [2000])
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: table + WordML.para("")))
      #expect(errors.map(\.kind.id) == ["section_crosses_structure"])
    }
  }
}

/// Column loops in OpenDocument tables: `table:table-column` elements repeat with the cells.
struct OpenDocumentColumnLoopTests {
  @Test func columnsRepeatWithTheirCells() throws {
    let body = """
      <table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>\
      <table:table-row><table:table-cell><text:p>单位</text:p></table:table-cell>\
      <table:table-cell><text:p>{{-w:tc 季度}}{{.}}{{/季度}}</text:p></table:table-cell></table:table-row>\
      <table:table-row><table:table-cell><text:p>{{-w:tr 单位}}{{名称}}</text:p></table:table-cell>\
      <table:table-cell><text:p>{{-w:tc 数据}}{{.}}{{/}}{{/单位}}</text:p></table:table-cell></table:table-row></table:table>
      """
    let data = try DocxHarness.json(#"{"季度": ["一季度", "二季度", "三季度"], "单位": [{"名称": "甲局", "数据": [1, 2, 3]}]}"#)
    let (content, root) = try OpenDocumentSplitTagTests.render(body, data)
    #expect(OpenDocumentSplitTagTests.paragraphs(root) == ["单位", "一季度", "二季度", "三季度", "甲局", "1", "2", "3"])
    #expect(content.components(separatedBy: "<table:table-column").count - 1 == 4)
    #expect(!content.contains("number-columns-repeated"))
  }
}
