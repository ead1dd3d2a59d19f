import Foundation
import Testing

@testable import Gongwen
@testable import GongwenTemplate

/// Pictures in Word documents: block and inline, loops, headers, sizes, captions, errors.
struct WordFigureTests {
  static let pictureNS = "http://schemas.openxmlformats.org/drawingml/2006/main"

  /// A folder with a.png (400 × 200 px at 96 dpi), b.png (different bytes), c.gif, d.bmp, e.jpg.
  static func pictures() throws -> TestDirectory {
    let folder = try TestDirectory()
    try TestImages.write(TestImages.png(width: 400, height: 200), to: folder.path("a.png"))
    try TestImages.write(TestImages.png(width: 10, height: 10, color: (0, 0, 255)), to: folder.path("b.png"))
    try TestImages.write(TestImages.gif(width: 30, height: 20), to: folder.path("c.gif"))
    try TestImages.write(TestImages.bmp(width: 8, height: 8), to: folder.path("d.bmp"))
    try TestImages.write(TestImages.jpeg(width: 600, height: 300, dpi: 300), to: folder.path("e.jpg"))
    return folder
  }

  static func render(_ builder: WordPackageBuilder, _ data: String, folder: TestDirectory) throws -> RenderedPackage {
    try DocxHarness.render(builder, data, options: TemplateOptions(baseDirectory: folder.root))
  }

  static func extents(_ output: RenderedPackage, part: String = "word/document.xml") throws -> [(Int, Int)] {
    try output.elements(XMLName(W.drawingNS, "extent"), in: part).map {
      (Int($0.attribute(XMLName("", "cx")) ?? "") ?? -1, Int($0.attribute(XMLName("", "cy")) ?? "") ?? -1)
    }
  }

  @Test func blockFigureReplacesItsParagraphCentredWithCaption() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    let builder = WordPackageBuilder(body: WordML.para("前言") + WordML.p(WordML.r("{{%") + WordML.r("照片}}")) + WordML.para("后记"))
    let output = try Self.render(builder, #"{"照片": {"path": "a.png", "width": "8cm", "caption": "活动现场", "alt": "合影"}}"#,
                                 folder: folder)
    #expect(try output.paragraphTexts() == ["前言", "", "图1 活动现场", "后记"])
    #expect(try Self.extents(output).map(\.0) == [8 * 360_000])
    #expect(try Self.extents(output).map(\.1) == [4 * 360_000])
    let xml = try output.string("word/document.xml")
    #expect(xml.contains("<w:keepNext/>") && xml.contains("<w:jc w:val=\"center\"/>"))
    #expect(xml.contains("w:instr=\" SEQ 图 \\* ARABIC \""))
    #expect(try output.attributeValues(W.docPr, XMLName("", "descr")) == ["合影"])
    #expect(output.entryNames.contains("word/media/image1.png"))
    #expect(try output.data("word/media/image1.png") == TestImages.png(width: 400, height: 200))
    let rels = try output.string("word/_rels/document.xml.rels")
    #expect(rels.contains("Target=\"media/image1.png\""))
    #expect(try output.string("[Content_Types].xml").contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
  }

  @Test func inlinePictureStaysInItsRunBetweenText() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    let builder = WordPackageBuilder(body: WordML.p(WordML.r("签章：{{%印章}}（盖章）", rPr: "<w:b/>")))
    let output = try Self.render(builder, #"{"印章": {"path": "c.gif", "height": "1cm"}}"#, folder: folder)
    #expect(try output.paragraphTexts() == ["签章：（盖章）"])
    let runs = try output.paragraphs()[0].runs
    #expect(runs.count == 1)
    #expect(try output.elements(XMLName(W.ns, "drawing")).count == 1)
    #expect(try Self.extents(output).map(\.0) == [540_000])
    #expect(try output.string("[Content_Types].xml").contains("Extension=\"gif\""))
  }

  @Test func loopCopiesGetTheirOwnIDsAndShareOneStoredPicture() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    let builder = WordPackageBuilder(
      body: WordML.para("{{#活动}}") + WordML.para("{{名称}}") + WordML.para("{{%照片}}") + WordML.para("{{/活动}}")
        + WordML.p(WordML.drawing(id: 7)))
    var withImage = builder
    withImage.includeImage = true
    let data = #"{"活动": [{"名称": "一", "照片": "a.png"}, {"名称": "二", "照片": "a.png"}, {"名称": "三", "照片": "b.png"}]}"#
    let output = try Self.render(withImage, data, folder: folder)
    let ids = try output.attributeValues(W.docPr, W.id)
    #expect(ids.count == 4 && Set(ids).count == 4)
    let media = output.entryNames.filter { $0.hasPrefix("word/media/") }.sorted()
    #expect(media == ["word/media/image1.png", "word/media/image2.png", "word/media/image3.png"])
    let embeds = try output.attributeValues(XMLName(Self.pictureNS, "blip"), XMLName(W.relationshipsNS, "embed"))
    #expect(embeds.count == 4 && embeds[0] == embeds[1] && embeds[1] != embeds[2])
    #expect(embeds[3] == "rIdImage1")
  }

  @Test func headerPictureGetsTheHeadersOwnRelationships() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    var builder = WordPackageBuilder(body: WordML.para("{{%照片}}"))
    builder.headers = [WordML.para("{{%徽标}}")]
    let output = try Self.render(builder, #"{"照片": "a.png", "徽标": {"path": "d.bmp", "height": "1cm"}}"#, folder: folder)
    let rels = try output.string("word/_rels/header1.xml.rels")
    #expect(rels.contains("Target=\"media/image2.bmp\""))
    let embeds = try output.attributeValues(XMLName(Self.pictureNS, "blip"), XMLName(W.relationshipsNS, "embed"), in: "word/header1.xml")
    #expect(embeds.count == 1 && rels.contains("Id=\"\(embeds[0])\""))
    let ids = try output.attributeValues(W.docPr, W.id) + output.attributeValues(W.docPr, W.id, in: "word/header1.xml")
    #expect(Set(ids).count == 2)
    #expect(try output.string("[Content_Types].xml").contains("Extension=\"bmp\""))
  }

  @Test func pictureIsCappedAtTheSectionsTextWidth() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    // Page 11906 twips wide, margins 1588 + 1474: 8844 twips of text.
    let builder = WordPackageBuilder(body: WordML.para("{{%照片}}"))
    let output = try Self.render(builder, #"{"照片": {"path": "e.jpg", "width": "30cm"}}"#, folder: folder)
    let xml = try output.string("word/document.xml")
    let text = try #require(textWidthTwips(xml))
    #expect(try Self.extents(output).map(\.0) == [text * 635])
    #expect(try Self.extents(output).map(\.1) == [text * 635 / 2])
  }

  private func textWidthTwips(_ xml: String) -> Int? {
    guard let document = try? XMLDocument(parsing: Array(xml.utf8), part: "d"), let root = document.root else { return nil }
    var result: Int?
    root.walk { node in
      if node.is(W.name("sectPr")) {
        let page = node.child(W.name("pgSz"))?.attribute(W.name("w")).flatMap { Int($0) } ?? 0
        let margins = node.child(W.name("pgMar"))
        let left = margins?.attribute(W.name("left")).flatMap { Int($0) } ?? 0
        let right = margins?.attribute(W.name("right")).flatMap { Int($0) } ?? 0
        result = page - left - right
      }
      return node.isElement
    }
    return result
  }

  @Test func badPicturesAreClearErrorsNamingTagPlaceAndFile() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    try TestImages.write(Array(TestImages.png(width: 5, height: 5).dropLast(5)), to: folder.path("cut.png"))
    try TestImages.write(Array("just text".utf8), to: folder.path("note.png"))
    try TestImages.write(TestImages.gif(width: 40_000, height: 10), to: folder.path("huge.gif"))
    let builder = WordPackageBuilder(body: WordML.para("{{%甲}}") + WordML.para("{{%乙}}") + WordML.para("{{%丙}}")
      + WordML.para("{{%丁}}") + WordML.para("图：{{%戊}}") + WordML.para("{{%己}}"))
    let template = try DocxHarness.template(builder, options: TemplateOptions(baseDirectory: folder.root))
    let data = try DocxHarness.json(#"{"甲": "missing.png", "乙": "cut.png", "丙": "note.png", "丁": "huge.gif", "戊": {"path": "a.png", "caption": "x"}, "己": "/dev/zero"}"#)
    let errors = try #require(throws: TemplateErrors.self) { try template.render(data) }.errors
    let messages = errors.map { "\($0)" }
    #expect(errors.count == 6)
    #expect(errors.map(\.tagText) == ["{{%甲}}", "{{%乙}}", "{{%丙}}", "{{%丁}}", "{{%戊}}", "{{%己}}"])
    #expect(errors.map { $0.location?.paragraph } == [1, 2, 3, 4, 5, 6])
    #expect(messages[0].contains("missing.png") && messages[0].contains("no such file"))
    #expect(messages[1].contains("cut.png") && messages[1].contains("truncated"))
    #expect(messages[2].contains("note.png") && messages[2].contains("not a PNG, JPEG, GIF or BMP"))
    #expect(messages[3].contains("huge.gif") && messages[3].contains("40000 × 10"))
    #expect(messages[4].contains("caption needs the tag alone"))
    #expect(messages[5].contains("/dev/zero is not a regular file"))
  }

  @Test func optionalPictureIsASectionAroundTheTag() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    let builder = WordPackageBuilder(body: WordML.para("甲") + WordML.para("{{#照片}}") + WordML.para("{{%照片}}")
      + WordML.para("{{/照片}}") + WordML.para("乙"))
    let without = try Self.render(builder, #"{"照片": null}"#, folder: folder)
    #expect(try without.paragraphTexts() == ["甲", "乙"])
    #expect(try Self.render(builder, #"{"照片": "a.png"}"#, folder: folder).paragraphTexts() == ["甲", "", "乙"])
    let errors = DocxHarness.renderErrors(WordPackageBuilder(body: WordML.para("{{%照片}}")), #"{"照片": null}"#)
    #expect(errors.count == 1 && "\(errors[0])".contains("wrap the tag in {{#照片}}…{{/照片}}"))
  }

  @Test func relativePathsComeFromTheBaseDirectory() throws {
    let folder = try Self.pictures()
    defer { folder.remove() }
    try FileManager.default.createDirectory(atPath: folder.path("照片"), withIntermediateDirectories: true)
    try TestImages.write(TestImages.png(width: 2, height: 2), to: folder.path("照片/小.png"))
    let builder = WordPackageBuilder(body: WordML.para("{{%图}}"))
    let output = try Self.render(builder, #"{"图": "照片/小.png"}"#, folder: folder)
    #expect(try output.data("word/media/image1.png") == TestImages.png(width: 2, height: 2))
    let windows = try Self.render(builder, #"{"图": "照片\\小.png"}"#, folder: folder)
    #expect(try windows.data("word/media/image1.png") == TestImages.png(width: 2, height: 2))
  }
}

/// A block figure in the paragraph that ends a section keeps the section break.
struct WordFigureSectionTests {
  @Test func figureInASectionBreakParagraphKeepsTheBreak() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let landscape = "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
      + "<w:pgMar w:top=\"1588\" w:right=\"2098\" w:bottom=\"1474\" w:left=\"1984\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
    let builder = WordPackageBuilder(body: WordML.para("横向页") + WordML.para("{{%照片}}", pPr: landscape) + WordML.para("纵向页"))
    let output = try WordFigureTests.render(builder, #"{"照片": {"path": "a.png", "width": "30cm"}}"#, folder: folder)
    #expect(try output.elements(W.name("sectPr")).count == 2)
    #expect(try output.paragraphTexts() == ["横向页", "", "", "纵向页"])
    // Capped at the landscape section's text width: 16838 − 1984 − 2098 twips.
    #expect(try WordFigureTests.extents(output).map(\.0) == [(16838 - 1984 - 2098) * 635])
  }
}

/// Pictures in table cells are narrowed to the cell.
struct WordFigureCellTests {
  @Test func pictureInACellIsCappedAtTheCellsTextWidth() throws {
    let folder = try WordFigureTests.pictures()
    defer { folder.remove() }
    let table = WordML.table(WordML.tr(WordML.cell("照片", width: 2000) + WordML.cell("{{%照片}}", width: 3000))
      + WordML.tr(WordML.tc(WordML.para("{{%小图}}"), width: 5000, properties: "<w:gridSpan w:val=\"2\"/>")),
      columns: [2000, 3000])
    let output = try WordFigureTests.render(WordPackageBuilder(body: table),
                                            #"{"照片": {"path": "a.png", "width": "30cm"}, "小图": {"path": "a.png", "width": "30cm"}}"#,
                                            folder: folder)
    #expect(try WordFigureTests.extents(output).map(\.0) == [(3000 - 216) * 635, (5000 - 216) * 635])
    #expect(try output.tables().first?.first == ["照片", ""])
  }
}
