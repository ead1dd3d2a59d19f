import Foundation
import Testing

@testable import Gongwen

/// The outline lists every tag where it stands, in Word templates written the way Word writes them and
/// in the shipped templates of both formats.
struct OutlineTests {
  static let repository = ShippedTemplateTests.repository

  func outline(_ builder: WordPackageBuilder) throws -> TemplateOutline { try DocxHarness.template(builder).outline }

  @Test func tagsSplitAcrossRunsKeepTheirParagraphAndOffset() throws {
    let body = WordML.para("标题")
      + WordML.p(WordML.r("致{{单", rsid: "00A1B2C3") + "<w:proofErr w:type=\"spellStart\"/>" + WordML.r("位名称}}：", rsid: "00B2C3D4")
        + "<w:proofErr w:type=\"spellEnd\"/>")
    let tags = try outline(WordPackageBuilder(body: body)).tags
    #expect(tags.count == 1)
    let tag = try #require(tags.first)
    #expect(tag.text == "{{单位名称}}" && tag.kind == "value" && tag.path == "单位名称")
    #expect(tag.part == "word/document.xml" && tag.paragraph == 2 && tag.container == nil)
    #expect(tag.paragraphText == "致{{单位名称}}：" && tag.offset == "致".utf8.count)
  }

  @Test func tableCellsHeadersFootersAndNestingAreReported() throws {
    let rows = WordML.tr(WordML.cell("序号") + WordML.cell("名称"))
      + WordML.tr(WordML.cell("{{#活动}}{{$index}}") + WordML.cell("{{名称 | upper}}{{/活动}}"))
    var builder = WordPackageBuilder(body: WordML.para("{{^活动}}") + WordML.para("无") + WordML.para("{{/活动}}")
      + WordML.table(rows) + WordML.para("{{>正文}}") + WordML.para("{{%照片}}"))
    builder.headers = [WordML.para("{{发文机关}}")]
    builder.footers = [WordML.para("第{{页码 | cn}}页")]
    let result = try outline(builder)
    #expect(result.parts.map(\.name) == ["word/document.xml", "word/header1.xml", "word/footer1.xml"])
    #expect(result.parts.map(\.role) == ["body", "header", "footer"])
    let body = try #require(result.parts.first).nodes
    #expect(body.map(\.tag.kind) == ["inverted", "section", "block", "image"])
    #expect(body[0].tag.paragraph == 1 && body[0].close?.paragraph == 3)
    let loop = body[1]
    #expect(loop.tag.container == "table 1, row 2, cell 1")
    #expect(loop.close?.container == "table 1, row 2, cell 2")
    #expect(loop.children.map(\.tag.text) == ["{{$index}}", "{{名称 | upper}}"])
    #expect(loop.children[1].tag.filters == ["upper"])
    #expect(result.filters == ["cn", "upper"])
    #expect(result.tags.count == 10)
    #expect(result.parts[2].nodes.first?.tag.place == "word/footer1.xml ¶1")
  }

  @Test func textListsEveryTagWithItsPlace() throws {
    let rows = WordML.tr(WordML.cell("{{#xs}}{{a}}") + WordML.cell("{{b}}{{/xs}}"))
    let text = try outline(WordPackageBuilder(body: WordML.para("{{t}}") + WordML.table(rows))).text
    #expect(text.contains("word/document.xml (body)"))
    #expect(text.contains("¶1"))
    #expect(text.contains("¶2 (table 1, row 1, cell 1)"))
    #expect(text.contains("{{#xs}} … {{/xs}} ¶3"))
    #expect(text.contains("4 tags in 1 part") == false)
    #expect(text.contains("5 tags in 1 part"))
  }

  @Test func jsonRoundTrips() throws {
    let result = try outline(WordPackageBuilder(body: WordML.para("{{#a}}{{b | number:\"0.0\"}}{{/a}}")))
    let decoded = try JSONDecoder().decode(TemplateOutline.self, from: JSONEncoder().encode(result))
    #expect(decoded == result)
  }

  static let shipped = ShippedTemplateTests.shipped

  /// Every `{{` in every paragraph of the shipped templates is one tag of the outline, at its paragraph
  /// and offset, and the outline says nothing else.
  @Test(arguments: shipped)
  func shippedTemplateOutlineMatchesItsText(_ file: String) throws {
    let path = Self.repository.appendingPathComponent("templates/\(file)").path
    let outline = try Template(path: path).outline
    let archive = try ZipArchive(path: path)
    var expected: [String] = []
    var listed: [String] = []
    for part in outline.parts {
      let bytes = try #require(try archive.read(named: part.name))
      let document = try XMLDocument(parsing: bytes, part: part.name)
      let profile: FormatProfile = file.hasSuffix(".docx") ? WordProfile() : OpenDocumentProfile()
      for paragraph in ParagraphText.all(in: document, profile: profile) {
        var search = paragraph.text[...]
        while let range = search.range(of: "{{") {
          let offset = paragraph.text.utf8.distance(from: paragraph.text.startIndex, to: range.lowerBound)
          expected.append("\(part.name) ¶\(paragraph.index) @\(offset)")
          search = paragraph.text[range.upperBound...]
        }
      }
      listed += outline.tags.filter { $0.part == part.name }.map { "\($0.part) ¶\($0.paragraph) @\($0.offset)" }
    }
    #expect(!listed.isEmpty)
    #expect(listed == expected)
    for tag in outline.tags {
      let bytes = Array(tag.paragraphText.utf8)
      let slice = String(decoding: bytes[tag.offset..<min(bytes.count, tag.offset + tag.text.utf8.count)], as: UTF8.self)
      #expect(slice == tag.text, "\(file): \(tag.place)")
    }
  }

  /// The Word and OpenDocument twins of a shipped template ask for the same tags in the same order.
  @Test(arguments: ["activity-report", "letter", "notice", "party-building-report", "report"])
  func twinsHaveTheSameOutline(_ name: String) throws {
    let word = try Template(path: Self.repository.appendingPathComponent("templates/\(name).docx").path).outline
    let odt = try Template(path: Self.repository.appendingPathComponent("templates/\(name).odt").path).outline
    #expect(word.tags.map(\.text) == odt.tags.map(\.text))
    #expect(word.tags.map(\.paragraph) == odt.tags.map(\.paragraph))
  }
}
