import Foundation
import Testing

@testable import Gongwen
@testable import GongwenTemplate

/// Pictures in OpenDocument text: frames, Pictures/, manifest, styles, loops, headers, errors.
struct OpenDocumentFigureTests {
  static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
    """

  /// A text package: A4 with 2.8 cm and 2.6 cm side margins (15.6 cm of text), `header` in the master page.
  static func package(_ body: String, header: String = "<text:p/>", styles: String = "") throws -> [UInt8] {
    let writer = try ZipWriter(name: "t.odt")
    try writer.add(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compression: .store)
    try writer.add(name: "content.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content \(namespaces)><office:automatic-styles>\(styles)</office:automatic-styles><office:body><office:text>\
      <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>\
      \(body)</office:text></office:body></office:document-content>
      """.utf8))
    try writer.add(name: "styles.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-styles \(namespaces)><office:automatic-styles><style:page-layout style:name="pm1">\
      <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" \
      fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/></style:page-layout></office:automatic-styles>\
      <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">\
      <style:header>\(header)</style:header></style:master-page></office:master-styles></office:document-styles>
      """.utf8))
    try writer.add(name: "META-INF/manifest.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
      <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>
      """.utf8))
    return try writer.finish()
  }

  static func render(_ body: String, header: String = "<text:p/>", styles: String = "", _ data: String,
                     folder: TestDirectory) throws -> RenderedPackage {
    let template = try Template(bytes: try package(body, header: header, styles: styles), name: "t.odt",
                                options: TemplateOptions(baseDirectory: folder.root))
    let bytes = try template.render(try DocxHarness.json(data))
    try PackageValidation.expectValid(bytes)
    return try RenderedPackage(bytes)
  }

  static let frame = XMLName(ODF.drawNS, "frame")
  static let href = XMLName("http://www.w3.org/1999/xlink", "href")

  @Test func blockFigureWithCaptionAndManifestEntry() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let output = try Self.render("<text:p>前言</text:p><text:p>{{%<text:span>照片}}</text:span></text:p>",
                                 #"{"照片": {"path": "a.png", "width": "8cm", "caption": "活动现场", "alt": "合影"}}"#,
                                 folder: folder)
    let frames = try output.elements(Self.frame, in: "content.xml")
    #expect(frames.count == 1)
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "width")) == "8.0cm")
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "height")) == "4.0cm")
    #expect(try output.attributeValues(XMLName(ODF.drawNS, "image"), Self.href, in: "content.xml") == ["Pictures/image1.png"])
    #expect(try output.data("Pictures/image1.png") == TestImages.png(width: 400, height: 200))
    let content = try output.string("content.xml")
    #expect(content.contains("text:name=\"图\"") && content.contains(">1</text:sequence> 活动现场</text:p>"))
    #expect(content.contains("style:name=\"GongwenFigure\""))
    #expect(try output.string("META-INF/manifest.xml").contains("manifest:full-path=\"Pictures/image1.png\" manifest:media-type=\"image/png\""))
  }

  @Test func inlineFramesInALoopShareOneStoredPicture() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let output = try Self.render("<text:p>{{#活动}}<text:span>第{{名称}}项{{%照片}}；</text:span>{{/活动}}</text:p>",
                                 #"{"活动": [{"名称": "一", "照片": "a.png"}, {"名称": "二", "照片": "a.png"}, {"名称": "三", "照片": "e.jpg"}]}"#,
                                 folder: folder)
    let hrefs = try output.attributeValues(XMLName(ODF.drawNS, "image"), Self.href, in: "content.xml")
    #expect(hrefs == ["Pictures/image1.png", "Pictures/image1.png", "Pictures/image2.jpeg"])
    let names = try output.elements(Self.frame, in: "content.xml").compactMap { $0.attribute(XMLName(ODF.drawNS, "name")) }
    #expect(Set(names).count == 3)
    #expect(output.entryNames.filter { $0.hasPrefix("Pictures/") }.count == 2)
  }

  @Test func pictureIsCappedAtThePageLayoutsTextWidth() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let output = try Self.render("<text:p>{{%照片}}</text:p>", header: "<text:p>{{%徽标}}</text:p>",
                                 #"{"照片": {"path": "a.png", "width": "30cm"}, "徽标": "b.png"}"#, folder: folder)
    let frames = try output.elements(Self.frame, in: "content.xml")
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "width")) == "15.6cm")
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "height")) == "7.8cm")
    #expect(try output.attributeValues(XMLName(ODF.drawNS, "image"), Self.href, in: "styles.xml") == ["Pictures/image2.png"])
    #expect(try output.string("styles.xml").contains("style:name=\"GongwenFigureFrame\""))
  }

  @Test func pictureInACellIsCappedAtTheCellsTextWidth() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let styles = """
      <style:style style:name="A" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>\
      <style:style style:name="B" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>\
      <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm"/></style:style>
      """
    let body = """
      <table:table table:name="表1"><table:table-column table:style-name="A"/><table:table-column table:style-name="B" \
      table:number-columns-repeated="2"/><table:table-row><table:table-cell table:style-name="C"><text:p>甲</text:p></table:table-cell>\
      <table:table-cell table:style-name="C" table:number-columns-spanned="2"><text:p>{{%照片}}</text:p></table:table-cell>\
      <table:covered-table-cell/></table:table-row></table:table>
      """
    let output = try Self.render(body, styles: styles, #"{"照片": {"path": "a.png", "width": "30cm"}}"#, folder: folder)
    let frames = try output.elements(Self.frame, in: "content.xml")
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "width")) == "9.8cm")
    #expect(frames.first?.attribute(XMLName(ODF.svgNS, "height")) == "4.9cm")
  }

  /// content.xml without automatic styles or the fo and style namespaces, and no styles.xml.
  @Test func bareContentGetsItsAutomaticStylesAndNamespaces() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let bytes = try OpenDocumentSplitTagTests.package("<text:p>{{%照片}}</text:p>")
    let template = try Template(bytes: bytes, name: "t.odt", options: TemplateOptions(baseDirectory: folder.root))
    let rendered = try template.render(try DocxHarness.json(#"{"照片": {"path": "a.png", "caption": "图注"}}"#))
    try PackageValidation.expectValid(rendered)
    let output = try RenderedPackage(rendered)
    let root = try #require(try output.xml("content.xml").root)
    let names = root.elementChildren.map(\.localName)
    #expect(names == ["automatic-styles", "body"])
    let styles = root.child(XMLName(ODF.officeNS, "automatic-styles"))?.elementChildren.compactMap {
      $0.attribute(XMLName(ODF.styleNS, "name"))
    }
    #expect(styles == ["GongwenFigure", "GongwenCaption", "GongwenFigureFrame"])
    // 400 px at 96 dpi is 10.583 cm, under the fallback type area of 15.6 cm.
    #expect(try output.elements(Self.frame, in: "content.xml").first?.attribute(XMLName(ODF.svgNS, "width")) == "10.583cm")
  }

  @Test func missingPictureIsAnErrorNamingTheFile() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let template = try Template(bytes: try Self.package("<text:p>{{%照片}}</text:p>"), name: "t.odt",
                                options: TemplateOptions(baseDirectory: folder.root))
    let errors = try #require(throws: TemplateErrors.self) { try template.render(try DocxHarness.json(#"{"照片": "无.png"}"#)) }.errors
    #expect(errors.count == 1 && errors.first?.tagText == "{{%照片}}")
    #expect("\(errors[0])".contains("无.png") && "\(errors[0])".contains("no such file"))
  }
}

/// Embedded chart objects in OpenDocument text.
struct OpenDocumentChartTests {
  @Test func chartObjectWithItsOwnTableAndManifestEntries() throws {
    let folder = try TestDirectory()
    defer { folder.remove() }
    let output = try OpenDocumentFigureTests.render("<text:p>{{%图表}}</text:p><text:p>{{%饼}}</text:p>",
      WordChartTests.chartData.dropLast(1) + #", "饼": {"chart": "pie", "categories": ["甲", "乙"], "series": [{"name": "占比", "values": [3, 1]}]}}"#,
      folder: folder)
    let objects = try output.attributeValues(XMLName(ODF.drawNS, "object"), OpenDocumentFigureTests.href, in: "content.xml")
    #expect(objects == ["./Object 1", "./Object 2"])
    let chart = try output.xml("Object 1/content.xml")
    let root = try #require(chart.root)
    var classes: [String] = [], cells: [String] = []
    root.walk { node in
      if node.is(XMLName(OpenDocumentChartXML.chartNS, "chart")) { classes.append(node.attribute(XMLName(OpenDocumentChartXML.chartNS, "class")) ?? "") }
      if node.is(XMLName(ODF.tableNS, "table-cell")) { cells.append(node.text) }
      return node.isElement
    }
    #expect(classes == ["chart:bar"])
    #expect(cells == ["", "计划", "实际", "一季度", "120", "118", "二季度", "135.5", "140", "三季度", "150", "162"])
    #expect(try output.string("Object 2/content.xml").contains("chart:class=\"chart:circle\""))
    let manifest = try output.string("META-INF/manifest.xml")
    #expect(manifest.contains("manifest:full-path=\"Object 1/\" manifest:media-type=\"application/vnd.oasis.opendocument.chart\""))
    #expect(manifest.contains("manifest:full-path=\"Object 2/content.xml\""))
    #expect(try output.string("content.xml").contains(">1</text:sequence> 完成情况"))
  }

  /// Every chart kind's object against the ODF 1.3 schema beside the validator.
  @Test(.enabled(if: PackageValidation.isAvailable, PackageValidation.unavailableReason),
        arguments: ["bar", "column", "line", "pie"])
  func chartObjectsValidateAgainstTheODFSchema(_ kind: String) throws {
    let schema = URL(fileURLWithPath: PackageValidation.scriptPath).deletingLastPathComponent()
      .appendingPathComponent("../schemas/odf1.3/OpenDocument-v1.3-schema.rng").standardizedFileURL.path
    let folder = try TestDirectory()
    defer { folder.remove() }
    let output = try OpenDocumentFigureTests.render("<text:p>{{%图}}</text:p>",
      #"{"图": {"chart": "\#(kind)", "title": "标题", "categories": ["甲", "乙"], "series": [{"name": "一", "values": [1, 2.5]}]}}"#,
      folder: folder)
    try TestImages.write(try output.data("Object 1/content.xml"), to: folder.path("content.xml"))
    let run = try ProcessRunner.run(try #require(PackageValidation.findExecutable("xmllint")),
                                    ["--noout", "--relaxng", schema, folder.path("content.xml")])
    #expect(run.status == 0, "\(run.stderr)")
  }
}
