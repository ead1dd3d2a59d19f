import Foundation
import Testing

@testable import Gongwen

/// Every shipped template in `templates/` is exactly what `gongwen pack` builds from its source tree.
struct ShippedTemplateTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let shipped: [String] = {
    let sources = repository.appendingPathComponent("templates/source")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
    return names.sorted().flatMap { name in ["docx", "odt"].map { "\(name).\($0)" } }
  }()

  @Test func everyTemplateHasBothFormats() {
    #expect(Self.shipped.count >= 8)
  }

  @Test(arguments: shipped)
  func binaryMatchesItsSource(_ file: String) throws {
    let name = String(file.prefix { $0 != "." })
    let format = String(file.split(separator: ".").last ?? "")
    let source = Self.repository.appendingPathComponent("templates/source/\(name)/\(format)").path
    let built = try PackageFolder.pack(folder: source)
    let shipped = try FileBytes.read(Self.repository.appendingPathComponent("templates/\(file)").path)
    #expect(built == shipped, "templates/\(file) differs from templates/source/\(name)/\(format): run make templates")
  }

  @Test func partyBuildingTemplateRendersTheSampleInBothFormats() throws {
    let data = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/party-building-2022.yaml").path)
    for format in ["docx", "odt"] {
      let template = try Template(path: Self.repository.appendingPathComponent("templates/party-building-report.\(format)").path)
      let output = try template.render(data)
      let archive = try ZipArchive(bytes: output, name: "out.\(format)")
      let part = format == "docx" ? "word/document.xml" : "content.xml"
      let xml = try #require(try archive.read(named: part))
      let document = try XMLDocument(parsing: xml, part: part)
      let text = try #require(document.root).text
      #expect(!text.contains("{{"))
      #expect(text.contains("2022年，"))
      if case .string(let unit)? = data["单位"] { #expect(text.contains(unit)) }
    }
  }
}
