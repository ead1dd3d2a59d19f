import Foundation
import Testing

@testable import Gongwen

/// `{{>正文}}` in Word and OpenDocument templates: the template's styles, official fallbacks, East
/// Asian fonts on every run, tables with merged cells, page breaks, escaping and errors.
struct StructuredBlockRenderTests {
  static let repository = ShippedTemplateTests.repository
  static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

  static func sample() throws -> Value {
    try DataLoader.load(path: repository.appendingPathComponent("samples/report.yaml").path)
  }

  static func render(_ template: String, _ data: Value) throws -> [UInt8] {
    let bytes = try Template(path: repository.appendingPathComponent("templates/\(template)").path).render(data)
    try PackageValidation.expectValid(bytes)
    return bytes
  }

  /// Word paragraphs as `style|rStyle:text|text…`.
  static func wordSummary(_ package: RenderedPackage) throws -> [String] {
    try package.paragraphs().filter { !$0.isInTable }.map { paragraph in
      let style = paragraph.element.child(W.pPr)?.child(W.name("pStyle"))?.attribute(W.val) ?? "-"
      let runs = paragraph.runs.map { run in
        (run.element.child(W.rPr)?.child(W.name("rStyle"))?.attribute(W.val)).map { $0 + ":" + run.text } ?? run.text
      }
      return ([style] + runs).joined(separator: "|")
    }
  }

  @Test func wordReportUsesTheTemplateStylesAndNamesEastAsianFonts() throws {
    let package = try RenderedPackage(try Self.render("report.docx", try Self.sample()))
    let summary = try Self.wordSummary(package)
    let start = try #require(summary.firstIndex { $0.hasPrefix("GongwenBody|2022年") })
    #expect(Array(summary[start + 1...start + 4]) == [
      "GongwenHeading1|一、主要工作开展情况",
      "GongwenBody|GongwenHeading2Char:（一）围绕中心工作抓好重点领域信息公开。|全年主动公开政府信息12846条，其中规范性文件86件、重大建设项目信息1032条、财政预决算信息415条，做到应公开尽公开。",
      "GongwenBody|及时发布疫情防控、稳经济一揽子政策等权威信息，组织政策解读236次，回应社会关切事项158件。",
      "GongwenBody|GongwenHeading2Char:（二）规范依申请公开办理。|全年受理政府信息公开申请418件，按期答复率100%，未发生因答复不当被行政复议纠错或诉讼败诉的情况。",
    ])
    #expect(summary.contains("GongwenHeading2|（三）加强平台和制度建设"))
    #expect(summary.contains("GongwenHeading3|2.工作制度"))
    #expect(summary.contains("GongwenHeading1|二、存在的问题和下一步工作打算"))
    #expect(summary.contains("GongwenListParagraph|3.政务公开工作人员业务能力有待进一步提升。"))
    for paragraph in try package.paragraphs() {
      for run in paragraph.runs where !run.text.isEmpty {
        #expect(run.element.child(W.rPr)?.child(W.name("rFonts"))?.attribute(W.name("eastAsia")) != nil, "\(run.xml)")
      }
    }
    let runIn = try #require(try package.paragraphs().first { $0.text.hasPrefix("（一）围绕") })
    #expect(runIn.runs[0].element.child(W.rPr)?.child(W.name("rFonts"))?.attribute(W.name("eastAsia")) == "楷体_GB2312")
    #expect(runIn.runs[1].element.child(W.rPr)?.child(W.name("rFonts"))?.attribute(W.name("eastAsia")) == "仿宋_GB2312")
    let tables = try package.tables()
    #expect(tables.count == 1)
    #expect(tables.first?.first == ["指标", "2021年", "2022年", "增减"])
    #expect(tables.first?.count == 4)
    #expect(try package.elements(W.name("tblHeader")).count == 1)
    #expect(try package.attributeValues(W.name("tblStyle"), W.val) == ["GongwenTable"])
  }

  @Test func openDocumentReportUsesTheTemplateStyles() throws {
    let package = try RenderedPackage(try Self.render("report.odt", try Self.sample()))
    let root = try #require(try package.xml("content.xml").root)
    var headings: [String] = []
    var spans: [String] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(ODF.h) {
        headings.append("\(node.attribute(XMLName(ODF.textNS, "outline-level")) ?? "?")|\(node.attribute(XMLName(ODF.textNS, "style-name")) ?? "")|\(node.text)")
      }
      if node.is(ODF.span), let style = node.attribute(XMLName(ODF.textNS, "style-name")), style.hasPrefix("Gongwen") {
        spans.append(style + "|" + node.text + "|" + (node.parent?.attribute(XMLName(ODF.textNS, "style-name")) ?? ""))
      }
      return true
    }
    #expect(headings == ["1|GongwenHeading1|一、主要工作开展情况", "2|GongwenHeading2|（三）加强平台和制度建设",
                         "3|GongwenHeading3|1.政府网站和政务新媒体", "3|GongwenHeading3|2.工作制度",
                         "1|GongwenHeading1|二、存在的问题和下一步工作打算"])
    #expect(spans == ["GongwenHeading2Char|（一）围绕中心工作抓好重点领域信息公开。|GongwenBody",
                      "GongwenHeading2Char|（二）规范依申请公开办理。|GongwenBody"])
    let content = try package.string("content.xml")
    #expect(content.contains("<table:table-header-rows><table:table-row table:style-name=\"Gw_Row\"><table:table-cell table:style-name=\"Gw_Cell\"><text:p text:style-name=\"GongwenTableText\">指标</text:p>"))
    #expect(content.contains("<text:p text:style-name=\"GongwenListParagraph\">1.部分单位政策解读形式较为单一，图解、视频等解读方式运用不多；</text:p>"))
    #expect(!content.contains("Gw_GongwenBody"), "the template has every style: no stand-ins")
  }

  static let fallbackData: Value = {
    let yaml = """
      正文:
        - 标题: 总体情况
          内容:
            - {标题: 抓落实。, 接排: true, 内容: ["正文<一>&\\n二"]}
            - {分页: true}
            - {标题: 细项, 内容: [{标题: 第三级}]}
        - {分页: true}
        - 表格:
            表头: [[{文字: 指标, 合并行: 2}, {文字: 数量, 合并列: 2}], [2021年, 2022年]]
            行: [[会议, "3", "4"]]
      """
    return (try? DataLoader.parseYAML(yaml)) ?? .null
  }()

  @Test func wordWithoutOfficialStylesGetsDirectOfficialFormatting() throws {
    let output = try DocxHarness.render(WordPackageBuilder(body: WordML.para("{{>正文}}")), value: Self.fallbackData)
    let paragraphs = try output.paragraphs()
    let heading = try #require(paragraphs.first { $0.text == "一、总体情况" })
    let pPr = try #require(heading.element.child(W.pPr).map(XMLTestSupport.markup(of:)))
    #expect(pPr.contains("<w:outlineLvl w:val=\"0\"/>") && pPr.contains("<w:keepNext/>") && !pPr.contains("pStyle"))
    #expect(heading.runs[0].properties?.contains("w:eastAsia=\"黑体\"") == true)
    #expect(heading.runs[0].properties?.contains("<w:sz w:val=\"32\"/>") == true)
    let runIn = try #require(paragraphs.first { $0.text.hasPrefix("（一）抓落实。") })
    #expect(runIn.runs.map(\.text) == ["（一）抓落实。", "正文<一>&\n二"])
    #expect(runIn.runs[0].properties?.contains("w:eastAsia=\"楷体_GB2312\"") == true)
    #expect(runIn.runs[1].properties?.contains("w:eastAsia=\"仿宋_GB2312\"") == true)
    let afterBreak = try #require(paragraphs.first { $0.text == "（二）细项" })
    #expect(afterBreak.element.child(W.pPr)?.child(W.name("pageBreakBefore")) != nil)
    let third = try #require(paragraphs.first { $0.text == "1.第三级" })
    #expect(third.runs[0].properties?.contains("<w:b/>") == true)
    let table = try #require(try output.elements(W.tbl).first)
    let markup = XMLTestSupport.markup(of: table)
    #expect(markup.contains("<w:tblBorders>"))
    #expect(markup.components(separatedBy: "<w:gridSpan w:val=\"2\"/>").count == 2)
    #expect(markup.contains("<w:vMerge w:val=\"restart\"/>") && markup.contains("<w:vMerge/>"))
    #expect(try output.elements(W.name("tblHeader")).count == 2)
    let breakRun = try #require(try output.elements(W.br).first { $0.attribute(W.name("type")) == "page" }?.parent)
    #expect(breakRun.child(W.rPr)?.child(W.name("rFonts"))?.attribute(W.name("eastAsia")) == "仿宋_GB2312")
    #expect(try output.tables().first == [["指标", "数量"], ["", "2021年", "2022年"], ["会议", "3", "4"]])
  }

  @Test func openDocumentWithoutOfficialStylesGetsAutomaticStandIns() throws {
    let (content, root) = try OpenDocumentSplitTagTests.render("<text:p>{{&gt;正文}}</text:p>", Self.fallbackData)
    #expect(content.contains("<text:h text:style-name=\"Gw_GongwenHeading1\" text:outline-level=\"1\">一、总体情况</text:h>"))
    #expect(content.contains("<text:span text:style-name=\"Gw_GongwenHeading2Char\">（一）抓落实。</text:span>正文&lt;一&gt;&amp;<text:line-break/>二"))
    #expect(content.contains("<text:h text:style-name=\"Gw_Break_GongwenHeading2\" text:outline-level=\"2\">（二）细项</text:h>"))
    var styles: [String: XMLNode] = [:]
    root.walk { node in
      if node.isElement, node.localName == "style", let name = node.attribute(XMLName(ODF.styleNS, "name")) { styles[name] = node }
      return node.isElement
    }
    let heading = try #require(styles["Gw_GongwenHeading1"]?.child(XMLName(ODF.styleNS, "text-properties")))
    #expect(heading.attribute(XMLName(ODF.styleNS, "font-family-asian")) == "黑体")
    #expect(heading.attribute(XMLName(ODF.styleNS, "font-size-asian")) == "16pt")
    #expect(styles["Gw_Break_GongwenHeading2"]?.child(XMLName(ODF.styleNS, "paragraph-properties"))?
      .attribute(XMLName(Self.fo, "break-before")) == "page")
    #expect(styles["Gw_GongwenHeading3"]?.child(XMLName(ODF.styleNS, "text-properties"))?
      .attribute(XMLName(Self.fo, "font-weight")) == "bold")
    #expect(content.contains("<table:table-header-rows><table:table-row table:style-name=\"Gw_Row\"><table:table-cell table:style-name=\"Gw_Cell\" table:number-rows-spanned=\"2\">"))
    #expect(content.contains("table:number-columns-spanned=\"2\"><text:p text:style-name=\"Gw_GongwenTableText\">数量</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"))
    #expect(content.contains("<table:table-row table:style-name=\"Gw_Row\"><table:covered-table-cell/><table:table-cell"))
    #expect(content.contains("<table:table table:name=\"GongwenTable1\" table:style-name=\"Gw_TableBreak\">"))
    let archive = try ZipArchive(bytes: try Template(bytes: try OpenDocumentSplitTagTests.package("<text:p>{{&gt;正文}}</text:p>"),
                                                     name: "t.odt").render(Self.fallbackData), name: "out.odt")
    #expect(try archive.read(named: "content.xml") != nil)
  }

  @Test func badContentIsATemplateErrorNamingThePathAndTag() throws {
    let builder = WordPackageBuilder(body: WordML.para("{{>正文}}"))
    let errors = DocxHarness.renderErrors(builder, #"{"正文": [{"表格": "x"}]}"#)
    #expect(errors.count == 1)
    #expect(errors.first?.kind == .invalidValue(path: "正文[0].表格", reason: "a table is an object with 表头 and 行, not a text"))
    #expect(errors.first?.tagText == "{{>正文}}")
    #expect(errors.first?.location?.part == "word/document.xml")
    let chinese = try #require(Diagnostics.from(TemplateErrors(errors), language: .chinese).first).text
    #expect(chinese.contains("表格是含 表头 和 行 的对象，不能是文本"), "\(chinese)")
  }

  @Test func blockInATableCellLeavesTheCellAParagraph() throws {
    let body = WordML.table(WordML.tr(WordML.cell("{{>正文}}") + WordML.cell("x")))
    let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"正文": [{"表格": {"行": [["内"]]}}]}"#)
    let cell = try #require(try output.elements(W.tc).first)
    #expect(cell.elementChildren.last?.is(W.p) == true)
  }
}
