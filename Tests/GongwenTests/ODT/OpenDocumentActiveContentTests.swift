import Foundation
import Testing

@testable import Gongwen

/// OpenDocument macros and scripts are refused unless kept; LibreOffice's empty `office:scripts` is not a script.
struct OpenDocumentActiveContentTests {
  static let namespaces = OpenDocumentSplitTagTests.namespaces
    + " xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""

  static func package(content: String, extra: [(String, String)] = []) throws -> [UInt8] {
    let writer = try ZipWriter(name: "t.odt")
    try writer.add(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compression: .store)
    try writer.add(name: "content.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content \(namespaces)>\(content)</office:document-content>
      """.utf8))
    try writer.add(name: "META-INF/manifest.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
      """.utf8))
    for (name, text) in extra { try writer.add(name: name, bytes: Array(text.utf8)) }
    return try writer.finish()
  }

  static let body = "<office:body><office:text><text:p>{{name}}</text:p></office:text></office:body>"

  static func refusal(_ bytes: [UInt8]) -> PackageError? {
    do {
      _ = try Template(bytes: bytes, name: "宏.odt")
      Issue.record("the template was accepted")
    } catch let error as PackageError {
      return error
    } catch {
      Issue.record("unexpected error: \(error)")
    }
    return nil
  }

  @Test(arguments: [
    ("Basic/Standard/Module1.xml", "Basic/Standard/Module1.xml"),
    ("Scripts/python/run.py", "Scripts/python/run.py"),
  ])
  func macroFoldersAreRefused(entry: String, part: String) throws {
    let bytes = try Self.package(content: Self.body, extra: [(entry, "Sub Main\nEnd Sub\n")])
    let error = try #require(Self.refusal(bytes))
    #expect(error.kind == .activeContent)
    #expect(error.part == part)
  }

  @Test(arguments: [
    "<office:scripts><office:event-listeners><script:event-listener script:language=\"ooo:script\" script:event-name=\"dom:load\" xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document\" xlink:type=\"simple\"/></office:event-listeners></office:scripts>",
    "<office:body><office:text><text:p><text:a xlink:type=\"simple\" xlink:href=\"macro:///Standard.Module1.Main\">点击</text:a></text:p></office:text></office:body>",
  ])
  func scriptsInContentAreRefused(content: String) throws {
    let error = try #require(Self.refusal(try Self.package(content: content + Self.body)))
    #expect(error.kind == .activeContent)
    #expect(error.part == "content.xml")
  }

  @Test func emptyScriptsElementIsAcceptedAndMacrosAreKeptWhenAsked() throws {
    let plain = try Template(bytes: try Self.package(content: "<office:scripts/>" + Self.body), name: "t.odt")
    #expect(plain.templatedParts == ["content.xml"])
    let withBasic = try Self.package(content: Self.body, extra: [("Basic/Standard/Module1.xml", "Sub Main\nEnd Sub\n")])
    let kept = try Template(bytes: withBasic, name: "宏.odt", options: TemplateOptions(keepMacros: true))
    let output = try ZipArchive(bytes: try kept.render(try DocxHarness.json(#"{"name": "甲"}"#)), name: "out.odt")
    #expect(try output.read(named: "Basic/Standard/Module1.xml") == Array("Sub Main\nEnd Sub\n".utf8))
  }
}
