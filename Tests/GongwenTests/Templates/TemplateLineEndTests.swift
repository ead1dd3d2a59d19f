import Foundation
import Testing

@testable import Gongwen

/// Every template source carries the paragraph defaults that keep LibreOffice's PDFs whole and spaced as
/// the document: no hanging punctuation (LibreOffice drops a comma that hangs past a full line), no
/// automatic space between Chinese and Latin or digits.
struct TemplateLineEndTests {
  static let names: [String] = {
    let sources = ShippedTemplateTests.repository.appendingPathComponent("templates/source")
    return ((try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []).sorted()
  }()

  static func document(_ name: String, _ part: String) throws -> XMLDocument {
    let path = ShippedTemplateTests.repository.appendingPathComponent("templates/source/\(name)/\(part)").path
    return try XMLDocument(parsing: try FileBytes.read(path), part: part)
  }

  static func elements(_ root: XMLNode?, _ name: XMLName) -> [XMLNode] {
    var found: [XMLNode] = []
    root?.walk { node in
      guard node.isElement else { return false }
      if node.is(name) { found.append(node) }
      return true
    }
    return found
  }

  @Test func thereAreTemplates() { #expect(Self.names.count >= 5) }

  /// LibreOffice reads `w:overflowPunct` inverted: on (Word's default, which Word and WPS keep) turns its
  /// hanging punctuation off. Written explicitly in the defaults, it reaches every paragraph.
  @Test(arguments: names)
  func wordDefaultsTurnOffHangingPunctuationAndAutoSpace(_ name: String) throws {
    let styles = try Self.document(name, "docx/word/styles.xml")
    let defaults = try #require(Self.elements(styles.root, XMLName(W.ns, "pPrDefault")).first, "\(name): no w:pPrDefault")
    let properties = try #require(defaults.child(XMLName(W.ns, "pPr")))
    let value = { (local: String) in properties.child(XMLName(W.ns, local)).map { $0.attribute(XMLName(W.ns, "val")) ?? "1" } }
    #expect(["1", "true", "on"].contains(value("overflowPunct") ?? "absent"), "\(name): w:overflowPunct must be on in w:pPrDefault")
    #expect(["0", "false", "off"].contains(value("autoSpaceDE") ?? "absent"), "\(name): w:autoSpaceDE must be 0 in w:pPrDefault")
    #expect(["0", "false", "off"].contains(value("autoSpaceDN") ?? "absent"), "\(name): w:autoSpaceDN must be 0 in w:pPrDefault")
    for part in ["docx/word/styles.xml", "docx/word/document.xml"] {
      let off = Self.elements(try Self.document(name, part).root, XMLName(W.ns, "overflowPunct"))
        .filter { ["0", "false", "off"].contains($0.attribute(XMLName(W.ns, "val")) ?? "1") }
      #expect(off.isEmpty, "\(name): \(part) turns w:overflowPunct off, which makes LibreOffice drop line-end commas")
    }
  }

  @Test(arguments: names)
  func openDocumentDefaultsUseSimplePunctuationWrapAndNoAutoSpace(_ name: String) throws {
    let styles = try Self.document(name, "odt/styles.xml")
    let family = XMLName(ODF.styleNS, "family")
    let defaults = try #require(
      Self.elements(styles.root, XMLName(ODF.styleNS, "default-style")).first { $0.attribute(family) == "paragraph" },
      "\(name): no default paragraph style")
    let properties = try #require(defaults.child(XMLName(ODF.styleNS, "paragraph-properties")))
    #expect(properties.attribute(XMLName(ODF.styleNS, "punctuation-wrap")) == "simple")
    #expect(properties.attribute(XMLName(ODF.styleNS, "text-autospace")) == "none")
    for part in ["odt/styles.xml", "odt/content.xml"] {
      let hanging = Self.elements(try Self.document(name, part).root, XMLName(ODF.styleNS, "paragraph-properties"))
        .filter { $0.attribute(XMLName(ODF.styleNS, "punctuation-wrap")) == "hanging" }
      #expect(hanging.isEmpty, "\(name): \(part) has a paragraph style with hanging punctuation")
    }
  }
}
