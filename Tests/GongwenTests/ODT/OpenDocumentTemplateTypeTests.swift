import Foundation
import Testing

@testable import Gongwen

/// A document made from an .ott template is an .odt: its `mimetype` and its manifest's root entry say
/// text, not text-template.
@Suite("OpenDocument template types")
struct OpenDocumentTemplateTypeTests {
  static let textTemplate = "application/vnd.oasis.opendocument.text-template"

  /// The Writer-typed fixture saved as a text template (.ott): mimetype and manifest root rewritten.
  static func ottBytes() throws -> [UInt8] {
    let dir = try TestDirectory()
    defer { dir.remove() }
    let folder = dir.path("ott")
    try FileManager.default.copyItem(atPath: E2EFixtures.root + "/office-typed/writer-typed/odt", toPath: folder)
    try Data(textTemplate.utf8).write(to: URL(fileURLWithPath: folder + "/mimetype"))
    let manifestPath = folder + "/META-INF/manifest.xml"
    let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
    let root = #"manifest:full-path="/""#
    #expect(manifest.contains(root))
    let rewritten = manifest.replacingOccurrences(of: #""application/vnd.oasis.opendocument.text""#,
                                                  with: "\"\(textTemplate)\"")
    #expect(rewritten != manifest)
    try rewritten.write(toFile: manifestPath, atomically: true, encoding: .utf8)
    return try PackageFolder.pack(folder: folder)
  }

  @Test func anOttRendersIntoAnOdt() throws {
    let template = try Template(bytes: try Self.ottBytes(), name: "writer-typed.ott")
    let output = try ZipArchive(bytes: try template.render(
      try DataLoader.load(path: E2EFixtures.root + "/office-typed/writer-typed.yaml")), name: "output.odt")
    #expect(try output.read(named: "mimetype").map { String(decoding: $0, as: UTF8.self) }
      == "application/vnd.oasis.opendocument.text")
    let manifest = try XMLDocument(parsing: try #require(try output.read(named: "META-INF/manifest.xml")),
                                   part: "META-INF/manifest.xml")
    let types = manifest.root?.elementChildren
      .filter { $0.attribute(XMLName(ODF.manifestNS, "full-path")) == "/" }
      .compactMap { $0.attribute(XMLName(ODF.manifestNS, "media-type")) }
    #expect(types == ["application/vnd.oasis.opendocument.text"])
  }
}
