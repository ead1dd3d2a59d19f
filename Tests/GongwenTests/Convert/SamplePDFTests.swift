import Foundation
import Testing

@testable import Gongwen

/// The shipped templates rendered with their samples and converted to PDF by LibreOffice: every character
/// of the document's text is in the PDF's text (line breaks aside), in the official faces' stand-ins.
struct SamplePDFTests {
  static let repository = ShippedTemplateTests.repository
  static let hasTools = OfficeConverter.executable != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
  static let required = hasTools || ProcessInfo.processInfo.environment["CI"] == "true"
  static let samples: [(template: String, data: String)] = [
    ("notice", "notice"), ("report", "report"), ("letter", "letter"),
    ("party-building-report", "party-building-2022"), ("activity-report", "activity-report"),
  ]

  /// The document's printed text: `w:t` of the Word body, the ODF body's text without pictures'
  /// descriptions (`svg:desc`, `svg:title`: alternative text, never printed).
  static func text(of package: [UInt8], format: DocumentFormat) throws -> String {
    let archive = try ZipArchive(bytes: package, name: "document")
    let part = format == .docx ? "word/document.xml" : "content.xml"
    let document = try XMLDocument(parsing: try #require(try archive.read(named: part)), part: part)
    if format == .odt {
      var text = ""
      document.root?.walk { node in
        if node.isText { text += node.text }
        return node.isText || node.namespaceURI != ODF.svgNS
      }
      return text
    }
    return TemplateLineEndTests.elements(document.root, XMLName(W.ns, "t")).map(\.text).joined()
  }

  static func pdfText(_ pdf: [UInt8]) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-pdftext-\(UUID().uuidString).pdf")
    try Data(pdf).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try ToolOutput.run("/usr/bin/pdftotext", [file.path, "-"])
  }

  /// Characters of `expected` (white space aside) that `actual` lacks, with how many are missing.
  static func missing(_ expected: String, from actual: String) -> [Character: Int] {
    var counts: [Character: Int] = [:]
    for character in expected where !character.isWhitespace { counts[character, default: 0] += 1 }
    for character in actual where !character.isWhitespace { counts[character, default: 0] -= 1 }
    return counts.filter { $0.value > 0 }
  }

  @Test(.enabled(if: required, "needs soffice and pdftotext (make test installs them)"), arguments: [DocumentFormat.docx, .odt])
  func everyCharacterOfEverySampleArrivesInThePdf(_ format: DocumentFormat) throws {
    let samplesFolder = Self.repository.appendingPathComponent("samples").path
    var documents: [[UInt8]] = []
    for sample in Self.samples {
      let template = try Template(path: Self.repository.appendingPathComponent("templates/\(sample.template).\(format.fileExtension)").path,
                                  options: TemplateOptions(baseDirectory: samplesFolder))
      documents.append(try template.render(try DataLoader.load(path: samplesFolder + "/\(sample.data).yaml")))
    }
    let names = Self.samples.map { "\($0.template).\(format.fileExtension)" }
    let pdfs = try OfficeConverter.convertAll(documents, names: names, from: format, to: .pdf)
    for (number, result) in pdfs.enumerated() {
      let pdf = try result.get()
      let lost = Self.missing(try Self.text(of: documents[number], format: format), from: try Self.pdfText(pdf))
      #expect(lost.isEmpty, "\(names[number]): the PDF lacks \(lost.map { "\($0.key)×\($0.value)" }.sorted().joined(separator: " "))")
    }
  }

  /// The notice as GB/T 9704 sets it: body in a 仿宋 face, second-level headings in a 楷体 face, the title
  /// in a bold serif standing in for 小标宋.
  @Test(.enabled(if: required, "needs soffice (make test installs it)"), arguments: [DocumentFormat.docx, .odt])
  func theNoticeIsSetInTheOfficialFacesStandIns(_ format: DocumentFormat) throws {
    let samplesFolder = Self.repository.appendingPathComponent("samples").path
    let template = try Template(path: Self.repository.appendingPathComponent("templates/notice.\(format.fileExtension)").path,
                                options: TemplateOptions(baseDirectory: samplesFolder))
    let document = try template.render(try DataLoader.load(path: samplesFolder + "/notice.yaml"))
    let pdf = try PDFFile(try OfficeConverter.convert(document, from: format, to: .pdf, name: "notice.pdf"), document: "notice.pdf")
    #expect(pdf.fontNames.contains { FontRole.fangSong.accepts(postScriptName: $0) }, "\(pdf.fontNames)")
    #expect(pdf.fontNames.contains { FontRole.kaiTi.accepts(postScriptName: $0) }, "\(pdf.fontNames)")
    #expect(pdf.fontNames.contains { $0.contains("Serif") && $0.contains("Bold") }, "\(pdf.fontNames)")
    #expect(pdf.pageCount >= 1)
  }

  /// A template made elsewhere, without the shipped templates' paragraph defaults (here the party-building
  /// report with them taken out, hanging punctuation on): its PDF still has every comma.
  @Test(.enabled(if: required, "needs soffice and pdftotext (make test installs them)"), arguments: [DocumentFormat.docx, .odt])
  func aTemplateWithHangingPunctuationLosesNoComma(_ format: DocumentFormat) throws {
    let samplesFolder = Self.repository.appendingPathComponent("samples").path
    let template = try Template(path: Self.repository.appendingPathComponent("templates/party-building-report.\(format.fileExtension)").path)
    let rendered = try template.render(try DataLoader.load(path: samplesFolder + "/party-building-2022.yaml"))
    let archive = try ZipArchive(bytes: rendered, name: "document")
    let part = format == .docx ? "word/styles.xml" : "styles.xml"
    let styles = try XMLDocument(parsing: try #require(try archive.read(named: part)), part: part)
    var hanging = 0
    styles.root?.walk { node in
      guard node.isElement else { return false }
      if node.is(XMLName(W.ns, "overflowPunct")) {
        node.setAttribute(XMLName(W.ns, "val"), "0")
        hanging += 1
      }
      if node.attribute(XMLName(ODF.styleNS, "punctuation-wrap")) != nil {
        node.setAttribute(XMLName(ODF.styleNS, "punctuation-wrap"), "hanging")
        hanging += 1
      }
      return true
    }
    #expect(hanging >= 1)
    let document = try PackageAssembly.assemble(archive, replacing: [part: XMLSerializer.bytes(of: styles)], adding: [],
                                                compression: { _ in .deflate })
    let pdf = try OfficeConverter.convert(document, from: format, to: .pdf, name: "hanging.\(format.fileExtension)")
    let lost = Self.missing(try Self.text(of: document, format: format), from: try Self.pdfText(pdf))
    #expect(lost.isEmpty, "the PDF lacks \(lost.map { "\($0.key)×\($0.value)" }.sorted().joined(separator: " "))")
  }
}
