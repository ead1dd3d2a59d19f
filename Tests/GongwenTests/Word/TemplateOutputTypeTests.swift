import Foundation
import Testing

@testable import Gongwen

/// Writing to a template's extension (`-o x.dotx`, `-o x.ott`) keeps a template's type: Word's main
/// part content type, OpenDocument's `mimetype` and manifest root entry; a document's extension gives a
/// document's type whatever the template was.
@Suite("Template outputs")
struct TemplateOutputTypeTests {
  static let wordTemplate = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
  static let wordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

  static func dotx() throws -> Template {
    let bytes = try WordTests.Packaging.withMainContentType(wordTemplate)
    return try Template(bytes: bytes, name: "公文.dotx")
  }

  static func write(_ template: Template, to name: String, in dir: TestDirectory) throws -> ZipArchive {
    let path = dir.path(name)
    try template.render(try DocxHarness.json(#"{"name": "甲"}"#), to: path)
    let bytes = try FileBytes.read(path)
    try PackageValidation.expectValid(bytes)
    return try ZipArchive(bytes: bytes, name: path)
  }

  static func text(_ archive: ZipArchive, _ part: String) throws -> String {
    String(decoding: try #require(try archive.read(named: part)), as: UTF8.self)
  }

  @Test("a Word template renders into a .dotx typed as a template and a .docx typed as a document",
        arguments: [("out.dotx", true), ("out.docx", false)])
  func wordTemplateOutput(_ name: String, _ isTemplate: Bool) throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    let types = try Self.text(try Self.write(try Self.dotx(), to: name, in: dir), WordContentTypes.part)
    #expect(types.contains(isTemplate ? Self.wordTemplate : Self.wordDocument), "\(types)")
    #expect(!types.contains(isTemplate ? Self.wordDocument : Self.wordTemplate))
  }

  @Test func aWordDocumentRendersIntoADotx() throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{name}}")))
    let types = try Self.text(try Self.write(template, to: "out.dotx", in: dir), WordContentTypes.part)
    #expect(types.contains(Self.wordTemplate))
  }

  @Test("an .ott renders into an .ott typed as a text template", arguments: ["out.ott", "out.odt"])
  func openDocumentTemplateOutput(_ name: String) throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    let template = try Template(bytes: try OpenDocumentTemplateTypeTests.ottBytes(), name: "writer-typed.ott")
    let path = dir.path(name)
    try template.render(try DataLoader.load(path: E2EFixtures.root + "/office-typed/writer-typed.yaml"), to: path)
    let bytes = try FileBytes.read(path)
    try PackageValidation.expectValid(bytes)
    let archive = try ZipArchive(bytes: bytes, name: path)
    let expected = name.hasSuffix(".ott") ? OpenDocumentTemplateTypeTests.textTemplate : "application/vnd.oasis.opendocument.text"
    #expect(try Self.text(archive, "mimetype") == expected)
    #expect(archive.entries.first?.name == "mimetype")
    #expect(try Self.text(archive, "META-INF/manifest.xml").contains("manifest:media-type=\"\(expected)\""))
  }

  @Test func aTemplateExtensionOfTheOtherFormatIsRefused() throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    #expect {
      try Self.dotx().render(try DocxHarness.json(#"{"name": "甲"}"#), to: dir.path("out.ott"))
    } throws: { error in
      (error as? PackageError)?.kind == .unknownFormat && "\(error)".contains("write .dotx")
    }
    #expect(!FileManager.default.fileExists(atPath: dir.path("out.ott")))
  }
}

/// LibreOffice opens the template outputs: a .dotx and an .ott rendered by Gongwen convert to PDF with
/// their text.
@Suite("Template outputs read by LibreOffice")
struct TemplateOutputLibreOfficeTests {
  @Test func libreOfficeOpensTemplateOutputs() throws {
    let soffice = try #require(PackageValidation.findExecutable("soffice"))
    let pdftotext = try #require(PackageValidation.findExecutable("pdftotext"))
    let dir = try TestDirectory()
    defer { dir.remove() }
    let profile = NSTemporaryDirectory() + "gongwen-template-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let dotx = dir.path("通知.dotx")
    try TemplateOutputTypeTests.dotx().render(try DocxHarness.json(#"{"name": "市财政局通知"}"#), to: dotx)
    #expect(try LibreOfficeText.pdfText(of: dotx, soffice: soffice, pdftotext: pdftotext, profile: profile).contains("市财政局通知"))
    let ott = dir.path("typed.ott")
    try Template(bytes: try OpenDocumentTemplateTypeTests.ottBytes(), name: "writer-typed.ott")
      .render(try DataLoader.load(path: E2EFixtures.root + "/office-typed/writer-typed.yaml"), to: ott)
    let text = try LibreOfficeText.pdfText(of: ott, soffice: soffice, pdftotext: pdftotext, profile: profile)
    for line in OfficeTypedTemplateTests.expected { #expect(text.contains(line), "the .ott's PDF lacks \(line)") }
  }
}
