import Foundation
import Testing

@testable import Gongwen

/// A template as LibreOffice Writer saves one typed with autocorrect on and edited several times
/// (`Fixtures/office-typed/make_writer_typed.py`): tags cut across rsid spans, a link and a bookmark,
/// saved by LibreOffice as .odt and as .docx. Both render every inline section, pass
/// `validate-package`, and LibreOffice shows the expected text.
@Suite("Templates typed in an office suite")
struct OfficeTypedTemplateTests {
  static let folder = E2EFixtures.root + "/office-typed"
  static let expected = ["状态：正常", "单位：市财政局，负责人王五。", "名单：张三、李四、", "见网站首页说明。", "完毕"]

  static func render(_ format: String) throws -> [UInt8] {
    let template = try Template(bytes: try PackageFolder.pack(folder: folder + "/writer-typed/" + format),
                                name: "writer-typed." + format)
    return try template.render(try DataLoader.load(path: folder + "/writer-typed.yaml"))
  }

  static func bodyParagraphs(_ bytes: [UInt8], format: String) throws -> [String] {
    let archive = try ZipArchive(bytes: bytes, name: "output." + format)
    let part = format == "odt" ? "content.xml" : "word/document.xml"
    let root = try XMLDocument(parsing: try #require(try archive.read(named: part)), part: part).root
    if format == "odt" { return E2EODT.paragraphs(E2EODT.officeText(root)).map(E2EODT.text) }
    return E2EODT.wordBodyParagraphs(root)
  }

  @Test("every inline section renders", arguments: ["odt", "docx"])
  func rendersEverySection(_ format: String) throws {
    #expect(try Self.bodyParagraphs(try Self.render(format), format: format) == Self.expected)
  }

  @Test("outputs are valid and LibreOffice shows their text")
  func validAndReadByLibreOffice() throws {
    let validator = E2EFixtures.validatorPath
    let python = try #require(PackageValidation.findExecutable("python3"))
    let soffice = try #require(PackageValidation.findExecutable("soffice"))
    let pdftotext = try #require(PackageValidation.findExecutable("pdftotext"))
    let dir = try TestDirectory()
    defer { dir.remove() }
    var paths: [String] = []
    for format in ["odt", "docx"] {
      let path = dir.path("writer-typed." + format)
      try Data(try Self.render(format)).write(to: URL(fileURLWithPath: path))
      paths.append(path)
    }
    let validation = try E2EOutputs.run(python, [validator] + paths, timeout: 300)
    for path in paths { #expect(validation.out.contains(path + ": valid"), "\(validation.out)") }
    let profile = NSTemporaryDirectory() + "gongwen-typed-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    for path in paths {
      let text = try LibreOfficeText.pdfText(of: path, soffice: soffice, pdftotext: pdftotext, profile: profile)
      for line in Self.expected { #expect(text.contains(line), "\(path): PDF lacks \(line)") }
    }
  }
}
