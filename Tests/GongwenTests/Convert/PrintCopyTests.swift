import Foundation
import Testing

@testable import Gongwen

/// The copy LibreOffice lays out for a PDF: the official faces its document declares come out of the
/// same pass that turns hanging punctuation off.
struct PrintCopyTests {
  private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  private func docx(fonts: [String], styleFonts: [String] = []) throws -> [UInt8] {
    let writer = try ZipWriter(name: "t.docx")
    try writer.add(name: "word/document.xml", bytes: Array("<w:document xmlns:w=\"\(Self.w)\"><w:body/></w:document>".utf8))
    // Faces named only in the styles' run fonts are not declared: Word lists every face it uses in the font table.
    let runFonts = styleFonts.map { "<w:style w:type=\"paragraph\"><w:rPr><w:rFonts w:eastAsia=\"\($0)\"/></w:rPr></w:style>" }
    try writer.add(name: "word/styles.xml", bytes: Array("<w:styles xmlns:w=\"\(Self.w)\">\(runFonts.joined())</w:styles>".utf8))
    let table = fonts.map { "<w:font w:name=\"\($0)\"/>" }.joined()
    try writer.add(name: "word/fontTable.xml", bytes: Array("<w:fonts xmlns:w=\"\(Self.w)\">\(table)</w:fonts>".utf8))
    return try writer.finish()
  }

  @Test func aWordDocumentsRolesComeFromItsFontTable() throws {
    let copy = PrintCopy(of: try docx(fonts: ["Times New Roman", "楷体_GB2312", "仿宋"], styleFonts: ["黑体"]), format: .docx)
    #expect(copy.roles == [.fangSong, .kaiTi])
    // The same pass still gives the copy its paragraph defaults without hanging punctuation.
    let styles = try #require(try ZipArchive(bytes: copy.bytes, name: "copy").read(named: "word/styles.xml"))
    #expect(String(decoding: styles, as: UTF8.self).contains("overflowPunct"))
  }

  @Test func aDocumentWithoutOfficialFacesHasNoRoles() throws {
    #expect(PrintCopy(of: try docx(fonts: ["Times New Roman", "Arial"]), format: .docx).roles.isEmpty)
    #expect(PrintCopy(of: Array("not a zip".utf8), format: .docx).roles.isEmpty)
  }

  @Test(arguments: ["docx", "odt"])
  func theShippedNoticeDeclaresEveryRole(_ format: String) throws {
    let url = ShippedTemplateTests.repository.appendingPathComponent("templates/notice.\(format)")
    let copy = PrintCopy(of: try [UInt8](Data(contentsOf: url)), format: format == "docx" ? .docx : .odt)
    #expect(copy.roles == [.fangSong, .kaiTi, .heiTi, .xiaoBiaoSong, .songTi])
  }
}
