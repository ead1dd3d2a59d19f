import Foundation
import Testing

@testable import Gongwen

/// The check made on every rendered package before it is written finds each kind of fault and names
/// the part, and does not mistake the data's own braces for leftover tags.
struct RenderVerifierTests {
  static let repository = ShippedTemplateTests.repository

  func wordTemplate() throws -> Template {
    var builder = WordPackageBuilder(body: WordML.para("致{{单位}}："))
    builder.includeImage = true
    return try DocxHarness.template(builder)
  }

  func fault(_ template: Template, changed: [String: String], added: Set<String> = [], data: Value = DocxHarness.object([:]))
    -> VerificationError?
  {
    let bytes = changed.mapValues { Array($0.utf8) }
    do {
      try template.verifier.verify(changed: bytes, added: added, data: data)
      return nil
    } catch let error as VerificationError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test func renderedOutputsPass() throws {
    let template = try wordTemplate()
    let output = try template.render(try DocxHarness.json(#"{"单位": "某局"}"#))
    #expect(!output.isEmpty)
    let odt = try Template(path: Self.repository.appendingPathComponent("templates/party-building-report.odt").path)
    _ = try odt.render(try DataLoader.load(path: Self.repository.appendingPathComponent("samples/party-building-2022.yaml").path))
  }

  @Test func malformedPartIsNamed() throws {
    let error = try #require(fault(try wordTemplate(), changed: ["word/document.xml": "<w:document xmlns:w=\"\(WordML.w)\"><w:body>"]))
    #expect(error.part == "word/document.xml")
    #expect(error.description.contains("internal error"))
    #expect(Diagnostics.from(error).first?.id == "internal_verification_failed")
  }

  @Test func leftoverTagIsFound() throws {
    let template = try wordTemplate()
    let original = String(decoding: try #require(try ZipArchive(bytes: template.bytes, name: "t").read(named: "word/document.xml")), as: UTF8.self)
    let error = try #require(fault(template, changed: ["word/document.xml": original]))
    #expect(error.part == "word/document.xml")
    #expect(error.detail.contains("¶1"))
  }

  @Test func bracesFromTheDataAreNotLeftovers() throws {
    let output = try wordTemplate().render(try DocxHarness.json(#"{"单位": "{{单位}}"}"#))
    #expect(try RenderedPackage(output).paragraphTexts().contains("致{{单位}}："))
  }

  @Test func brokenRelationshipIsFound() throws {
    let rels = "<Relationships xmlns=\"\(OPC.relationshipsNS)\"><Relationship Id=\"rId9\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/missing.png\"/></Relationships>"
    let error = try #require(fault(try wordTemplate(), changed: ["word/_rels/document.xml.rels": rels]))
    #expect(error.part == "word/_rels/document.xml.rels")
    #expect(error.detail.contains("word/media/missing.png"))
  }

  @Test func addedPartNeedsAContentType() throws {
    let template = try wordTemplate()
    let error = try #require(fault(template, changed: ["word/chart1.xml": "<c/>"], added: ["word/chart1.xml", "word/media/x.emf"]))
    #expect(error.part == "[Content_Types].xml")
    #expect(error.detail.contains("word/media/x.emf"))
    #expect(fault(template, changed: ["word/media/image2.png": "x"], added: ["word/media/image2.png"]) == nil)
  }

  @Test func manifestMustListAddedEntriesAndHaveItsFiles() throws {
    let template = try Template(path: Self.repository.appendingPathComponent("templates/report.odt").path)
    let unlisted = try #require(fault(template, changed: [:], added: ["Pictures/chart.png"]))
    #expect(unlisted.part == "META-INF/manifest.xml" && unlisted.detail.contains("Pictures/chart.png"))
    let manifest = "<manifest:manifest xmlns:manifest=\"\(ODF.manifestNS)\" manifest:version=\"1.3\">"
      + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
      + "<manifest:file-entry manifest:full-path=\"Pictures/gone.png\" manifest:media-type=\"image/png\"/></manifest:manifest>"
    let missing = try #require(fault(template, changed: ["META-INF/manifest.xml": manifest]))
    #expect(missing.detail.contains("Pictures/gone.png"))
  }

  @Test func verificationCanBeSkipped() throws {
    let template = try wordTemplate()
    let data = try DocxHarness.json(#"{"单位": "某局"}"#)
    #expect(try template.render(data, verify: false) == (try template.render(data)))
  }
}

/// The check without a tree finds what a full parse finds.
struct WellFormednessCheckTests {
  static let w = WordML.w
  static let cases: [String] = [
    "<w:document xmlns:w=\"\(w)\"><w:body><w:p/></w:body></w:document>",
    "<w:document xmlns:w=\"\(w)\"><w:body>",
    "<w:document xmlns:w=\"\(w)\"><x:p/></w:document>",
    "<w:document xmlns:w=\"\(w)\"><w:p a=\"1\" a=\"2\"/></w:document>",
    "<!DOCTYPE d [<!ENTITY e \"x\">]><d>&e;</d>",
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><d/>",
    "<d>&undefined;</d>",
    "<d>text</d><e/>",
    "",
  ]

  @Test(arguments: cases)
  func sameVerdictAsAFullParse(_ text: String) {
    let bytes = Array(text.utf8)
    var parseError: XMLError?
    do { _ = try XMLDocument(parsing: bytes, part: "p.xml") } catch { parseError = error as? XMLError }
    var checkError: XMLError?
    do { try XMLDocument.checkWellFormed(bytes, part: "p.xml") } catch { checkError = error as? XMLError }
    #expect(parseError?.kind == checkError?.kind, "\(text)")
  }
}
