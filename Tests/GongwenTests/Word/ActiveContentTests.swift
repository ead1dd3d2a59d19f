import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// Macros and ActiveX are refused unless kept; external relationships other than hyperlinks are
  /// dropped with what refers to them; relationships to missing parts are errors.
  @Suite("Active content and external relationships")
  struct ActiveContent {
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let relationshipsNS = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The builder's entries with some replaced or added, zipped.
    static func package(_ builder: WordPackageBuilder, replacing: [String: String]) throws -> [UInt8] {
      var entries = builder.entries()
      for (name, text) in replacing.sorted(by: { $0.key < $1.key }) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
          entries[index].bytes = Array(text.utf8)
        } else {
          entries.append((name, Array(text.utf8)))
        }
      }
      let writer = try ZipWriter()
      for entry in entries { try writer.add(name: entry.name, bytes: entry.bytes) }
      return try writer.finish()
    }

    static func rels(_ items: [(id: String, type: String, target: String, external: Bool)]) -> String {
      WordML.declaration + "<Relationships xmlns=\"\(relationshipsNS)\">"
        + items.map {
          "<Relationship Id=\"\($0.id)\" Type=\"\(relationships)\($0.type)\" Target=\"\($0.target)\""
            + ($0.external ? " TargetMode=\"External\"/>" : "/>")
        }.joined() + "</Relationships>"
    }

    static func kind(_ body: () throws -> Void) -> PackageError.Kind? {
      do {
        try body()
      } catch let error as PackageError {
        return error.kind
      } catch {
        Issue.record("unexpected error: \(error)")
      }
      return nil
    }

    @Test func vbaProjectIsRefusedAndKeptWithKeepMacros() throws {
      var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      builder.extraEntries = [("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])]
      let bytes = try builder.build()
      var message = ""
      #expect(Self.kind {
        do { _ = try Template(bytes: bytes, name: "宏.docx") } catch { message = "\(error)"; throw error }
      } == .activeContent)
      #expect(message.contains("宏.docx: word/vbaProject.bin:"))
      #expect(message.contains("--keep-macros"))
      let kept = try Template(bytes: bytes, name: "宏.docx", options: TemplateOptions(keepMacros: true))
      let output = try RenderedPackage(try kept.render(try DocxHarness.json(#"{"name": "甲"}"#)))
      #expect(try output.data("word/vbaProject.bin") == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
      #expect(try output.paragraphTexts() == ["甲"])
    }

    @Test func activeXControlIsRefused() throws {
      var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      builder.extraEntries = [("word/activeX/activeX1.xml", Array("<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\"/>".utf8))]
      let bytes = try builder.build()
      #expect(Self.kind { _ = try Template(bytes: bytes, name: "控件.docx") } == .activeContent)
    }

    @Test func externalAttachedTemplateIsDroppedWithItsSetting() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      let settings = WordPackageBuilder.settings.replacingOccurrences(
        of: "<w:defaultTabStop", with: "<w:attachedTemplate r:id=\"rId1\"/><w:defaultTabStop")
      let bytes = try Self.package(builder, replacing: [
        "word/settings.xml": settings,
        "word/_rels/settings.xml.rels": Self.rels([("rId1", "attachedTemplate", "http://intranet.example/公文.dotm", true)]),
      ])
      let template = try Template(bytes: bytes, name: "模板.docx")
      let rendered = try template.render(try DocxHarness.json(#"{"name": "甲"}"#))
      try PackageValidation.expectValid(rendered)
      let output = try RenderedPackage(rendered)
      #expect(!(try output.string("word/_rels/settings.xml.rels")).contains("attachedTemplate"))
      #expect(try output.elements(W.name("attachedTemplate"), in: "word/settings.xml").isEmpty)
      #expect(try output.elements(W.name("defaultTabStop"), in: "word/settings.xml").count == 1)
      #expect(try output.paragraphTexts() == ["甲"])
    }

    @Test func linkedImageLosesItsLinkAndHyperlinksStay() throws {
      var builder = WordPackageBuilder(body: "")
      builder.includeImage = true
      builder.body = WordML.para("{{name}}")
        + "<w:p><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>"
        + WordML.p(WordML.drawing(id: 1)).replacingOccurrences(
          of: "r:embed=\"rIdImage1\"", with: "r:embed=\"rIdImage1\" r:link=\"rIdRemote\"")
      let original = try #require(builder.entries().first { $0.name == "word/_rels/document.xml.rels" })
      let documentRels = String(decoding: original.bytes, as: UTF8.self)
        .replacingOccurrences(of: "</Relationships>", with:
          "<Relationship Id=\"rIdRemote\" Type=\"\(Self.relationships)image\" Target=\"http://tracker.example/pixel.png\" TargetMode=\"External\"/>"
          + "<Relationship Id=\"rIdLink\" Type=\"\(Self.relationships)hyperlink\" Target=\"https://www.gov.cn/\" TargetMode=\"External\"/>"
          + "</Relationships>")
      let bytes = try Self.package(builder, replacing: ["word/_rels/document.xml.rels": documentRels])
      let rendered = try Template(bytes: bytes, name: "图.docx").render(try DocxHarness.json(#"{"name": "甲"}"#))
      try PackageValidation.expectValid(rendered)
      let output = try RenderedPackage(rendered)
      let rels = try output.string("word/_rels/document.xml.rels")
      #expect(!rels.contains("tracker.example"))
      #expect(rels.contains("https://www.gov.cn/"))
      let document = try output.string("word/document.xml")
      #expect(!document.contains("rIdRemote"))
      #expect(document.contains("r:embed=\"rIdImage1\""))
      #expect(try output.paragraphTexts() == ["甲", "链接", ""])
    }

    @Test func relationshipToAMissingPartNamesIt() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      let bytes = try Self.package(builder, replacing: [
        "word/_rels/document.xml.rels": Self.rels([("rIdStyles", "styles", "styles.xml", false),
                                                   ("rIdGone", "fontTable", "fontTable.xml", false)]),
      ])
      var message = ""
      #expect(Self.kind {
        do { _ = try Template(bytes: bytes, name: "缺.docx") } catch { message = "\(error)"; throw error }
      } == .brokenReference)
      #expect(message.contains("word/_rels/document.xml.rels"))
      #expect(message.contains("word/fontTable.xml"))
      #expect(message.contains("rIdGone"))
    }

    @Test func hyperlinksAndURITargetsWithoutTargetModeAreNotMissingParts() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      let bytes = try Self.package(builder, replacing: [
        "word/_rels/document.xml.rels": Self.rels([("rIdStyles", "styles", "styles.xml", false),
                                                   ("rIdLink", "hyperlink", "#_Toc1", false),
                                                   ("rIdWeb", "hyperlink", "https://www.gov.cn/", false)]),
      ])
      #expect(try Template(bytes: bytes, name: "链接.docx").templatedParts.contains("word/document.xml"))
    }

    @Test func percentEncodedTargetsFindTheirPart() throws {
      var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      builder.extraEntries = [("word/media/图 1.png", WordPackageBuilder.png)]
      let bytes = try Self.package(builder, replacing: [
        "word/_rels/document.xml.rels": Self.rels([("rIdStyles", "styles", "styles.xml", false),
                                                   ("rIdImage", "image", "media/%E5%9B%BE%201.png", false)]),
      ])
      _ = try Template(bytes: bytes, name: "图.docx")
    }
  }
}
