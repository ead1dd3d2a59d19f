import Foundation
import Testing

@testable import Gongwen
@testable import GongwenTemplate

/// Native charts in Word documents: the chart part, its workbook, relationships and content types.
struct WordChartTests {
  static let chartData = #"""
    {"图表": {"chart": "column", "title": "各季度完成情况", "categories": ["一季度", "二季度", "三季度"],
              "series": [{"name": "计划", "values": [120, 135.5, 150]}, {"name": "实际", "values": ["118", 140, 162]}],
              "width": "12cm", "caption": "完成情况"}}
    """#

  @Test func chartPartWithCachedValuesAndEmbeddedWorkbook() throws {
    let builder = WordPackageBuilder(body: WordML.para("{{%图表}}"))
    let output = try DocxHarness.render(builder, Self.chartData)
    #expect(try output.paragraphTexts() == ["", "图1 完成情况"])
    let chart = try output.xml("word/charts/chart1.xml")
    let values = try output.elements(XMLName(WordChartXML.ns, "v"), in: "word/charts/chart1.xml").map(\.text)
    #expect(values == ["计划", "一季度", "二季度", "三季度", "120", "135.5", "150", "实际", "一季度", "二季度", "三季度", "118", "140", "162"])
    #expect(chart.root?.child(XMLName(WordChartXML.ns, "externalData")) != nil)
    let chartRels = try output.string("word/charts/_rels/chart1.xml.rels")
    #expect(chartRels.contains("Target=\"../embeddings/Microsoft_Excel_Worksheet1.xlsx\""))
    let workbook = try RenderedPackage(try output.data("word/embeddings/Microsoft_Excel_Worksheet1.xlsx"))
    let sheet = try workbook.string("xl/worksheets/sheet1.xml")
    #expect(sheet.contains("<c r=\"C4\"><v>162</v></c>") && sheet.contains("<t>三季度</t>"))
    let types = try output.string("[Content_Types].xml")
    #expect(types.contains("PartName=\"/word/charts/chart1.xml\"") && types.contains("Extension=\"xlsx\""))
    let rels = try output.string("word/_rels/document.xml.rels")
    #expect(rels.contains("Target=\"charts/chart1.xml\""))
    #expect(try WordFigureTests.extents(output).map(\.0) == [12 * 360_000])
  }

  @Test func chartsInALoopGetOwnPartsAndIDs() throws {
    let builder = WordPackageBuilder(body: WordML.para("{{#单位}}") + WordML.para("{{%图}}") + WordML.para("{{/单位}}"))
    let data = #"{"单位": [{"图": {"chart": "pie", "categories": ["甲", "乙"], "series": [{"name": "占比", "values": [1, 2]}]}},"#
      + #"{"图": {"chart": "line", "categories": ["甲", "乙"], "series": [{"name": "趋势", "values": [3, 4]}]}}]}"#
    let output = try DocxHarness.render(builder, data)
    #expect(output.entryNames.contains("word/charts/chart2.xml"))
    #expect(output.entryNames.contains("word/embeddings/Microsoft_Excel_Worksheet2.xlsx"))
    #expect(try output.string("word/charts/chart1.xml").contains("<c:pieChart>"))
    #expect(try output.string("word/charts/chart2.xml").contains("<c:lineChart>"))
    let ids = try output.attributeValues(W.docPr, W.id)
    #expect(ids.count == 2 && Set(ids).count == 2)
  }

  /// Every chart kind against the DrawingML chart schema (`dml-chart.xsd` beside the validator).
  @Test(.enabled(if: PackageValidation.isAvailable, PackageValidation.unavailableReason),
        arguments: ["bar", "column", "line", "pie"])
  func chartPartsValidateAgainstTheChartSchema(_ kind: String) throws {
    let schema = URL(fileURLWithPath: PackageValidation.scriptPath).deletingLastPathComponent()
      .appendingPathComponent("../schemas/ooxml/dml-chart.xsd").standardizedFileURL.path
    let builder = WordPackageBuilder(body: WordML.para("{{%图}}"))
    let output = try DocxHarness.render(builder, #"{"图": {"chart": "\#(kind)", "title": "标题", "categories": ["甲", "乙"], "#
      + #""series": [{"name": "一", "values": [1, 2.5]}\#(kind == "pie" ? "" : #", {"name": "二", "values": [3, 4]}"#)]}}"#)
    let folder = try TestDirectory()
    defer { folder.remove() }
    try TestImages.write(try output.data("word/charts/chart1.xml"), to: folder.path("chart1.xml"))
    let run = try ProcessRunner.run(try #require(PackageValidation.findExecutable("xmllint")),
                                    ["--noout", "--schema", schema, folder.path("chart1.xml")])
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test func badChartDataIsAClearError() throws {
    let builder = WordPackageBuilder(body: WordML.para("{{%图}}") + WordML.para("{{%饼}}") + WordML.para("{{%类}}"))
    let data = #"{"图": {"chart": "bar", "categories": ["甲", "乙", "丙"], "series": [{"name": "数量", "values": [1, 2]}]},"#
      + #""饼": {"chart": "pie", "categories": ["甲"], "series": [{"values": [1]}, {"values": [2]}]},"#
      + #""类": {"chart": "radar", "categories": ["甲"], "series": []}}"#
    let errors = DocxHarness.renderErrors(builder, data)
    #expect(errors.map(\.tagText) == ["{{%图}}", "{{%饼}}", "{{%类}}"])
    let messages = errors.map { "\($0)" }
    #expect(messages.first?.contains("series 1 (数量) has 2 values but there are 3 categories") == true)
    #expect(messages.dropFirst().first?.contains("a pie chart takes exactly one series") == true)
    #expect(messages.last?.contains("bar, column, line or pie") == true)
    let chinese = Diagnostics.from(TemplateErrors(errors), language: .chinese).map(\.text)
    #expect(chinese.first?.contains("图表第 1 个系列（数量）有 2 个值，而类别有 3 个") == true, "\(chinese)")
    #expect(chinese.dropFirst().first?.contains("饼图只能有一个系列，这里有 2 个") == true, "\(chinese)")
    #expect(!chinese.joined().contains("values but") && !chinese.joined().contains("must be one of"), "\(chinese)")
  }
}

/// Chart values as data gives them.
struct ChartSpecTests {
  static func spec(_ json: String) throws -> ChartSpec {
    guard case .chart(let chart) = try FigureRequest.read(try DocxHarness.json(json), path: "图") else {
      throw FigureError(.chartKind)
    }
    return chart
  }

  @Test func yearsAsCategoriesAndNumbersAsText() throws {
    let chart = try Self.spec(#"{"chart": "LINE", "categories": [2022, 2023], "series": [{"values": ["1.50", 2]}]}"#)
    #expect(chart.kind == .line)
    #expect(chart.categories == ["2022", "2023"])
    #expect(chart.series.first?.name == "系列1")
    #expect(chart.series.first?.values.map(\.literal) == ["1.50", "2"])
  }

  @Test func textThatIsNotANumberAndTooManySeriesAreRefused() throws {
    #expect(throws: FigureError(.seriesValueNotNumber, ["position": "2", "number": "1", "name": "甲", "value": "二"])) {
      try Self.spec(#"{"chart": "bar", "categories": ["a", "b"], "series": [{"name": "甲", "values": [1, "二"]}]}"#)
    }
    let many = (0...ChartSpec.maxSeries).map { _ in #"{"values": [1]}"# }.joined(separator: ",")
    #expect(throws: FigureError(.tooManySeries, ["limit": "255", "count": "256"])) {
      try Self.spec(#"{"chart": "bar", "categories": ["a"], "series": ["# + many + "]}")
    }
  }

  @Test func spreadsheetColumns() {
    #expect([0, 1, 25, 26, 27, 701, 702].map(ChartSpec.column) == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"])
  }
}
