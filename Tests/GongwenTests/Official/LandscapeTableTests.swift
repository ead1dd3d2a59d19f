import Foundation
import Testing

@testable import Gongwen

/// `横排: true` puts a table on landscape pages of its own: the Word sections around it completed from
/// the document's own, the OpenDocument master page switched and back.
struct LandscapeTableTests {
  static func sections(_ bytes: [UInt8]) throws -> [XMLNode] {
    let archive = try ZipArchive(bytes: bytes, name: "notice.docx")
    let document = try XMLDocument(parsing: try #require(try archive.read(named: "word/document.xml")), part: "document.xml")
    var sections: [XMLNode] = []
    try #require(document.root).walk { node in
      if node.is(W.name("sectPr")) { sections.append(node) }
      return true
    }
    return sections
  }

  @Test func wordSectionsAreCompletedFromTheDocumentsOwn() throws {
    let bytes = try NoticeTemplateTests.render("docx", try LandscapeTablePDFTests.data())
    let sections = try Self.sections(bytes)
    try #require(sections.count == 3, "portrait, landscape, portrait: \(sections.count)")
    func attribute(_ section: XMLNode, _ element: String, _ name: String) -> String? {
      section.child(W.name(element))?.attribute(W.name(name))
    }
    #expect(sections.map { attribute($0, "pgSz", "orient") } == [nil, "landscape", nil])
    #expect(sections.map { attribute($0, "pgSz", "w") } == ["11906", "16838", "11906"])
    // turned a quarter: the binding margin (28 mm) on top, the same type area
    #expect(["top", "right", "bottom", "left"].map { attribute(sections[1], "pgMar", $0) } == ["1587", "2098", "1474", "1984"])
    #expect(["top", "right", "bottom", "left"].map { attribute(sections[0], "pgMar", $0) } == ["2098", "1474", "1984", "1587"])
    // numbering starts once, in the first section
    #expect(sections.map { attribute($0, "pgNumType", "start") } == ["1", nil, nil])
    let footers = sections[1].elementChildren.filter { $0.is(W.name("footerReference")) }.compactMap { $0.attribute(XMLName(W.relationshipsNS, "id")) }
    #expect(Set(footers) == [WordSectionLayout.oddFooter, WordSectionLayout.evenFooter])
    try PackageValidation.expectValid(bytes)
    // check-format takes the landscape section as A4 across with the portrait margins turned
    #expect(try FormatCheck.check(bytes: bytes, name: "notice.docx").map(\.id) == [])
  }

  @Test func theLetterKeepsItsFirstPageFooterInTheFirstSectionOnly() throws {
    guard case .object(var data) = try LetterPDFLayoutTests.sample() else { throw CocoaError(.fileReadCorruptFile) }
    data["正文"] = try DataLoader.parseYAMLValue("- 正文。\n- 表格: {横排: true, 表头: [甲], 行: [[乙]]}\n")
    let sections = try Self.sections(try LetterPDFLayoutTests.render("docx", .object(data)))
    try #require(sections.count == 3)
    #expect(sections.map { $0.child(W.name("titlePg")) != nil } == [true, false, false])
    #expect(sections.map { section in
      section.elementChildren.contains { $0.is(W.name("footerReference")) && $0.attribute(W.name("type")) == "first" }
    } == [true, false, false])
  }

  @Test(arguments: ["docx", "odt"])
  func landscapeMustBeTrueOrFalse(_ format: String) throws {
    let data = try NoticeTemplateTests.sample(["正文": try DataLoader.parseYAMLValue("- 表格: {横排: 是, 行: [[甲]]}\n")])
    #expect(throws: TemplateErrors.self) { try NoticeTemplateTests.render(format, data) }
  }

  @Test func openDocumentSwitchesToTheLandscapeMasterPageAndBack() throws {
    let bytes = try NoticeTemplateTests.render("odt", try LandscapeTablePDFTests.data())
    let archive = try ZipArchive(bytes: bytes, name: "notice.odt")
    let document = try XMLDocument(parsing: try #require(try archive.read(named: "content.xml")), part: "content.xml")
    var masters: [String: String] = [:]
    for style in try #require(document.root?.child(XMLName(ODF.officeNS, "automatic-styles"))).elementChildren {
      if let name = style.attribute(XMLName(ODF.styleNS, "name")), let master = style.attribute(XMLName(ODF.styleNS, "master-page-name")) {
        masters[name] = master
      }
    }
    #expect(masters[OpenDocumentStyleCatalog.landscapeTableStyle] == "GongwenLandscape")
    #expect(masters[OpenDocumentStyleCatalog.afterLandscapeStyle] == "Standard")
    let tables = try #require(document.root?.child(XMLName(ODF.officeNS, "body"))?.child(XMLName(ODF.officeNS, "text"))).elementChildren.filter { $0.is(ODF.table) }
    #expect(tables.map { $0.attribute(XMLName(ODF.tableNS, "style-name")) }.contains(OpenDocumentStyleCatalog.landscapeTableStyle))
    try PackageValidation.expectValid(bytes)
  }
}
