import Foundation
import Testing

@testable import Gongwen

/// The seed report converted into the `report` template in both formats: one title, two level-1
/// headings, six run-in level-2 headings, every other line a body paragraph, nothing lost, moved or
/// numbered twice; checked in the XML and in the text LibreOffice reads back.
@Suite("Convert the seed report")
struct ConvertSeedEndToEndTests {
  static let seedPath = OfficialTextParserTests.seedPath
  static let hasSeed = FileManager.default.fileExists(atPath: seedPath)

  static func seedLines() throws -> [String] {
    try String(contentsOfFile: seedPath, encoding: .utf8).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  static func convert(_ format: DocumentFormat) throws -> [UInt8] {
    let data = try TextConversion.data(path: seedPath)
    let template = try ShippedTemplates.locate("report", format: format,
                                               executable: ShippedTemplateTests.repository.appendingPathComponent("x").path)
    let bytes = try Template(path: template).render(data, options: RenderOptions(allowMissing: true))
    try PackageValidation.expectValid(bytes)
    return bytes
  }

  /// Paragraph style and text of each non-empty paragraph, and the text of run-in heading runs.
  static func styled(_ bytes: [UInt8], format: DocumentFormat) throws -> (paragraphs: [(style: String, text: String)], runIn: [String]) {
    let package = try RenderedPackage(bytes)
    var paragraphs: [(String, String)] = []
    var runIn: [String] = []
    if format == .docx {
      for paragraph in try package.paragraphs() where !paragraph.text.isEmpty {
        paragraphs.append((paragraph.element.child(W.pPr)?.child(W.name("pStyle"))?.attribute(W.val) ?? "", paragraph.text))
        for run in paragraph.runs where run.element.child(W.rPr)?.child(W.name("rStyle"))?.attribute(W.val) == "GongwenHeading2Char" {
          runIn.append(run.text)
        }
      }
    } else {
      for paragraph in E2EODT.paragraphs(E2EODT.officeText(try package.xml("content.xml").root)) {
        let text = E2EODT.text(paragraph)
        guard !text.isEmpty else { continue }
        let style = paragraph.attribute(XMLName(ODF.textNS, "style-name")) ?? ""
        paragraphs.append((paragraph.is(ODF.h) ? "h:" + style : style, text))
        for span in paragraph.elementChildren where span.is(ODF.span)
          && span.attribute(XMLName(ODF.textNS, "style-name")) == "GongwenHeading2Char" {
          runIn.append(span.text)
        }
      }
    }
    return (paragraphs, runIn)
  }

  @Test(.enabled(if: hasSeed), arguments: [DocumentFormat.docx, .odt])
  func stylesInTheOutputXML(_ format: DocumentFormat) throws {
    let lines = try Self.seedLines()
    let (paragraphs, runIn) = try Self.styled(try Self.convert(format), format: format)
    #expect(paragraphs.map(\.text) == lines, "every line once, in order, as written")
    let heading1 = format == .docx ? "GongwenHeading1" : "h:GongwenHeading1"
    #expect(paragraphs.filter { $0.style == "GongwenTitle" }.map(\.text) == [lines[0]])
    #expect(paragraphs.filter { $0.style == heading1 }.map(\.text) == ["一、主要工作开展情况", "二、存在的问题及下一步工作打算"])
    #expect(runIn.count == 6)
    #expect(runIn.allSatisfy { $0.hasPrefix("（") && $0.hasSuffix("。") && $0.filter { $0 == "。" }.count == 1 })
    let rest = paragraphs.filter { $0.style != "GongwenTitle" && $0.style != heading1 }
    #expect(rest.count == lines.count - 3)
    // the last body paragraph keeps with the signature: ODT gives it a style of its own for that
    let kept = format == .docx ? "GongwenBody" : OpenDocumentStyleCatalog.keptBodyStyle
    #expect(rest.dropLast().allSatisfy { $0.style == "GongwenBody" } && rest.last?.style == kept, "\(rest.map(\.style))")
  }

  static let soffice = PackageValidation.findExecutable("soffice")

  @Test(.enabled(if: hasSeed && soffice != nil, "needs the seed and soffice"))
  func libreOfficeReadsBackEveryLine() throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    var files: [String] = []
    for format in [DocumentFormat.docx, .odt] {
      let path = dir.path("seed-\(format.fileExtension).\(format.fileExtension)")
      try Data(try Self.convert(format)).write(to: URL(fileURLWithPath: path))
      files.append(path)
    }
    let out = dir.path("txt")
    let profile = NSTemporaryDirectory() + "gongwen-e2e-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let result = try E2EOutputs.run(try #require(Self.soffice),
                                    ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                                     "txt:Text (encoded):UTF8", "--outdir", out] + files, timeout: 300)
    #expect(!result.timedOut, "soffice timed out: \(result.out)")
    let expected = try Self.seedLines()
    for file in files {
      let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
      let text = try String(contentsOfFile: out + "/" + name + ".txt", encoding: .utf8)
      let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }.filter { !$0.isEmpty }
      #expect(lines == expected, "\(name): LibreOffice reads every line back once, in order, numbered as written")
    }
  }
}
