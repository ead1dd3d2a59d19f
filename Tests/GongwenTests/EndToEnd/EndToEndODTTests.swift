import Foundation
import Testing

@testable import Gongwen

/// ODT twins: every case with an `odt/` folder (its Word template converted by LibreOffice, see
/// `Fixtures/make_odt_twins.py`) renders with the same data and must give the same body text as the
/// Word output, paragraph by paragraph, or fail with the same errors.
enum E2EODTFixtures {
  static let caseNames: [String] = E2EFixtures.caseNames.filter {
    FileManager.default.fileExists(atPath: E2EFixtures.root + "/cases/" + $0 + "/odt/mimetype")
  }

  static func templateBytes(_ c: E2ECase) throws -> [UInt8] {
    try PackageFolder.pack(folder: c.directory + "/odt")
  }

  static func run(_ c: E2ECase) throws -> E2ECase.Outcome {
    let bytes = try templateBytes(c)
    let data = try c.data()
    do {
      let template = try Template(bytes: bytes, name: c.name + ".odt", options: TemplateOptions(delimiters: c.delimiters))
      return .rendered(try template.render(data, options: RenderOptions(allowMissing: c.allowMissing)))
    } catch let errors as TemplateErrors {
      return .failed(errors.errors)
    }
  }

  static func renderAll(into dir: String) throws -> [E2EOutputs.Output] {
    var outputs: [E2EOutputs.Output] = []
    for name in caseNames {
      let c = try E2ECase(name)
      guard !c.isErrorCase, case .rendered(let bytes) = try run(c) else { continue }
      let path = dir + "/" + name + ".odt"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      outputs.append(E2EOutputs.Output(c: c, path: path))
    }
    return outputs
  }
}

/// ODT cases whose failure is an engine bug (case name → reason). Kept green with `withKnownIssue`.
let e2eODTKnownIssues: [String: String] = [:]

/// Cases whose ODT body paragraphs differ from the DOCX ones because of an engine bug (case name → reason);
/// only the body comparison is wrapped in `withKnownIssue`.
let e2eODTBodyKnownIssues: [String: String] = [:]

@Suite("EndToEnd ODT twins")
struct EndToEndODTTests {
  @Test func everyCaseHasATwin() {
    #expect(E2EODTFixtures.caseNames == E2EFixtures.caseNames)
  }

  @Test("ODT twin", arguments: E2EODTFixtures.caseNames)
  func twin(_ name: String) throws {
    if let reason = e2eODTKnownIssues[name] {
      withKnownIssue(Comment(rawValue: reason)) { try Self.verify(name) }
    } else {
      try Self.verify(name)
    }
  }

  static func verify(_ name: String) throws {
    let c = try E2ECase(name)
    let odt = try E2EODTFixtures.run(c)
    if c.isErrorCase {
      // Paragraph numbers and part names differ between the formats; kinds and tags must match.
      // An error the DOCX reports for a text box's mc:Fallback copy has no ODT counterpart: LibreOffice
      // converts the text box once (one draw:custom-shape), so only the Choice copy's error is expected.
      let template = try ZipArchive(bytes: try c.templateBytes(), name: name + ".docx")
      var expected: [String] = []
      for e in c.spec["errors"]!.e2eList {
        let part = e["part"]?.e2eString ?? ""
        if let paragraph = e["paragraph"]?.e2eInt, let data = try template.read(named: part),
           E2EODT.isInFallbackCopy(try XMLDocument(parsing: data, part: part).root, paragraph: paragraph) {
          continue
        }
        expected.append("\(e["id"]?.e2eString ?? "")|\(e["tag"]?.e2eString ?? "")")
      }
      expected.sort()
      switch odt {
      case .rendered:
        Issue.record("\(name): ODT rendering succeeded, expected errors \(expected)")
      case .failed(let errors):
        let actual = errors.map { "\($0.kind.id)|\($0.tagText ?? "")" }.sorted()
        #expect(actual == expected, "\(name): ODT errors")
      }
      return
    }
    guard case .rendered(let odtBytes) = odt else {
      if case .failed(let errors) = odt { Issue.record("\(name): ODT rendering failed: \(errors.map { "\($0)" })") }
      return
    }
    guard case .rendered(let docxBytes) = try c.run() else {
      Issue.record("\(name): DOCX rendering failed"); return
    }
    let odtArchive = try ZipArchive(bytes: odtBytes, name: name + ".odt")
    let docxArchive = try ZipArchive(bytes: docxBytes, name: name + ".docx")
    func doc(_ archive: ZipArchive, _ part: String) throws -> XMLDocument {
      guard let data = try archive.read(named: part) else { throw E2EError("\(name): part \(part) missing") }
      return try XMLDocument(parsing: data, part: part)
    }
    let content = try doc(odtArchive, "content.xml")
    let odtBody = E2EODT.paragraphs(E2EODT.officeText(content.root)).map(E2EODT.text)
    let docxBody = E2EODT.wordBodyParagraphs(try doc(docxArchive, "word/document.xml").root)
    if let reason = e2eODTBodyKnownIssues[name] {
      withKnownIssue(Comment(rawValue: reason)) { #expect(odtBody == docxBody, "\(name): body paragraphs, ODT vs DOCX") }
    } else {
      #expect(odtBody == docxBody, "\(name): body paragraphs, ODT vs DOCX")
    }

    // Document properties: dc:title and dc:subject (docProps/core.xml ↔ meta.xml) and Company
    // (docProps/app.xml ↔ meta:user-defined meta:name="Company", as LibreOffice converts it).
    let dcNS = "http://purl.org/dc/elements/1.1/", metaNS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    func texts(_ root: XMLNode?, _ match: (XMLNode) -> Bool) -> [String] {
      var found: [String] = []
      root?.walk { n in
        guard n.isElement else { return false }
        if match(n) { found.append(n.text) }
        return true
      }
      return found
    }
    let meta = try doc(odtArchive, "meta.xml").root
    let core = try doc(docxArchive, "docProps/core.xml").root
    for local in ["title", "subject"] {
      let isDC: (XMLNode) -> Bool = { $0.localName == local && $0.namespaceURI == dcNS }
      // LibreOffice drops an empty property when converting, so empty values are not compared.
      #expect(texts(meta, isDC).filter { !$0.isEmpty } == texts(core, isDC).filter { !$0.isEmpty }, "\(name): dc:\(local), ODT vs DOCX")
    }
    let app = try doc(docxArchive, "docProps/app.xml").root
    let company = texts(app, { $0.localName == "Company" }).filter { !$0.isEmpty }
    let userCompany = texts(meta, {
      $0.localName == "user-defined" && $0.namespaceURI == metaNS && $0.attribute(XMLName(metaNS, "name")) == "Company"
    }).filter { !$0.isEmpty }
    #expect(userCompany == company, "\(name): Company, ODT vs DOCX")

    // No leftover delimiters in the text of content.xml, styles.xml and meta.xml.
    if c.tagScan {
      for part in ["content.xml", "styles.xml", "meta.xml"] {
        let root = try doc(odtArchive, part).root
        var texts = E2EODT.paragraphs(root, bodyOnly: false).map(E2EODT.text)
        if part == "meta.xml" {
          root?.walk { n in
            if n.isElement && n.elementChildren.isEmpty { texts.append(n.text) }
            return n.isElement
          }
        }
        for t in texts where t.contains(c.delimiters.open) || t.contains(c.delimiters.close) {
          Issue.record("\(name): leftover delimiter in \(part): \(t.debugDescription)")
        }
      }
    }
  }

  @Test("validate-package over every rendered ODT twin")
  func validatePackages() throws {
    guard let tools = E2EValidation.tools("EndToEnd ODT validation") else { return }
    let dir = try TestDirectory()
    defer { dir.remove() }
    let outputs = try E2EODTFixtures.renderAll(into: dir.root)
    #expect(!outputs.isEmpty)
    // The templates themselves (as LibreOffice wrote them), validated without a tag scan: a template
    // that LibreOffice already wrote invalid cannot give a valid output, so for those the output must
    // report exactly the template's problems (the engine added none).
    let templateDir = dir.path("templates")
    try FileManager.default.createDirectory(atPath: templateDir, withIntermediateDirectories: true)
    var templatePaths: [String: String] = [:]
    for o in outputs {
      let path = templateDir + "/" + o.c.name + ".odt"
      try Data(try E2EODTFixtures.templateBytes(o.c)).write(to: URL(fileURLWithPath: path))
      templatePaths[o.c.name] = path
    }
    let templateResult = try E2EOutputs.run(tools.python, [tools.validator] + outputs.compactMap { templatePaths[$0.c.name] }, timeout: 600)
    #expect(!templateResult.timedOut, "validate-package timed out")
    for (o, block, whole) in try E2EValidation.invalid(outputs, tools: tools) {
      let templatePath = templatePaths[o.c.name] ?? ""
      if !templateResult.out.contains(templatePath + ": valid"), !block.isEmpty,
         block == E2EValidation.report(templateResult.out, templatePath) {
        print("ODT twin \(o.c.name): the template as LibreOffice wrote it already fails validate-package the same way: \(block.joined(separator: " "))")
        continue
      }
      let text = block.isEmpty ? whole : block.joined(separator: "\n")
      if let reason = e2eODTKnownIssues[o.c.name] {
        withKnownIssue(Comment(rawValue: reason)) { Issue.record("\(o.c.name): \(text)") }
      } else {
        Issue.record("\(o.c.name) ODT not valid: \(text)")
      }
    }
  }
}
