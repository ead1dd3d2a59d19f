import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// Tags work in headers, footers, footnotes, comments and document properties, not only the body.
  @Suite("Templated parts") struct TemplatedParts {
    static func builder() -> WordPackageBuilder {
      var builder = WordPackageBuilder(
        body: WordML.p(WordML.r("{{unit}}关于{{topic}}的报告")
          + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>")
          + WordML.p("<w:commentRangeStart w:id=\"0\"/>" + WordML.r("正文") + "<w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"))
      builder.headers = [WordML.para("{{unit}}文件")]
      builder.footers = [WordML.para("— {{page}} —")]
      builder.footnote = WordML.p("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" + WordML.r(" 数据来源：{{source}}"))
      builder.comment = WordML.para("审核人：{{reviewer}}")
      builder.coreTitle = "{{unit}}关于{{topic}}的报告"
      builder.appCompany = "{{unit}}"
      return builder
    }

    static let data = #"{"unit": "某某市人民政府办公室", "topic": "安全生产", "page": 1, "source": "统计局", "reviewer": "李四"}"#

    @Test func everyPartWithTagsIsRendered() throws {
      let output = try DocxHarness.render(Self.builder(), Self.data)
      #expect(try output.paragraphTexts() == ["某某市人民政府办公室关于安全生产的报告", "正文"])
      #expect(try output.paragraphTexts("word/header1.xml") == ["某某市人民政府办公室文件"])
      #expect(try output.paragraphTexts("word/footer1.xml") == ["— 1 —"])
      #expect(try output.paragraphTexts("word/footnotes.xml").last == " 数据来源：统计局")
      #expect(try output.paragraphTexts("word/comments.xml") == ["审核人：李四"])
      let title = try output.elements(XMLName("http://purl.org/dc/elements/1.1/", "title"), in: "docProps/core.xml")
      #expect(title.map(\.text) == ["某某市人民政府办公室关于安全生产的报告"])
      let company = try output.elements(XMLName("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Company"),
                                        in: "docProps/app.xml")
      #expect(company.map(\.text) == ["某某市人民政府办公室"])
    }

    @Test func templatedPartsAreListedInRenderOrder() throws {
      let template = try DocxHarness.template(Self.builder())
      // The main document first, then its related parts, then the package's properties parts
      // (in the order of their relationships).
      #expect(template.templatedParts == [
        "word/document.xml", "word/header1.xml", "word/footer1.xml", "word/footnotes.xml", "word/comments.xml",
        "docProps/app.xml", "docProps/core.xml",
      ])
    }

    @Test func propertyValuesArePlainEscapedText() throws {
      var builder = WordPackageBuilder(body: WordML.para("正文"))
      builder.coreTitle = "{{title}}"
      let output = try DocxHarness.render(builder, #"{"title": "R&D <试点>\n第二行\t\u0001"}"#)
      let core = try output.string("docProps/core.xml")
      #expect(core.contains("<dc:title>R&amp;D &lt;试点&gt;\n第二行\t</dc:title>"))
      #expect(!core.contains("<w:br"))
    }

    @Test func propertiesWithoutTagsAreCopiedRaw() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{x}}"))
      let template = try DocxHarness.template(builder)
      #expect(template.templatedParts == ["word/document.xml"])
      let output = try DocxHarness.render(builder, #"{"x": 1}"#)
      let before = try ZipInspector.entries(of: try builder.build())
      let after = try ZipInspector.entries(of: output.bytes)
      for name in ["docProps/core.xml", "docProps/app.xml", "word/styles.xml", "word/settings.xml", "_rels/.rels"] {
        #expect(before.first { $0.name == name }?.rawData == after.first { $0.name == name }?.rawData, "\(name) was rewritten")
      }
    }

    @Test func relationshipToAMissingHeaderIsReported() throws {
      var builder = WordPackageBuilder(body: WordML.para("正文"))
      builder.headers = [WordML.para("x")]
      // Drop the header part but keep its relationship.
      let bytes = try builder.build()
      let archive = try ZipArchive(bytes: bytes, name: "t.docx")
      let writer = try ZipWriter()
      for entry in archive.entries where entry.name != "word/header1.xml" { try writer.copyRaw(entry, from: archive) }
      let broken = try writer.finish()
      #expect {
        try Template(bytes: broken, name: "broken.docx")
      } throws: { error in
        (error as? PackageError)?.kind == .brokenReference
      }
    }
  }
}
