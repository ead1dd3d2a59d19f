import Foundation
import Testing

@testable import Gongwen

/// Footnotes, endnotes and comments referred to inside loops: every repetition refers to a note of its
/// own, no id repeats, and each note's text is rendered with its repetition's values — in Word
/// (`notes-in-loop`, `comment-in-loop` fixture cases) and in their OpenDocument twins.
@Suite("Notes and comments in loops")
struct RepeatedNotesTests {
  static func rendered(_ name: String, odt: Bool = false) throws -> ZipArchive {
    let c = try E2ECase(name)
    guard case .rendered(let bytes) = try (odt ? E2EODTFixtures.run(c) : c.run()) else {
      throw E2EError("\(name) did not render")
    }
    return try ZipArchive(bytes: bytes, name: name + (odt ? ".odt" : ".docx"))
  }

  static func root(_ archive: ZipArchive, _ part: String) throws -> XMLNode {
    let bytes = try #require(try archive.read(named: part))
    return try #require(try XMLDocument(parsing: bytes, part: part).root)
  }

  static func elements(_ root: XMLNode, _ name: XMLName) -> [XMLNode] {
    var found: [XMLNode] = []
    root.walk { node in
      if node.isElement, node.is(name) { found.append(node) }
      return node.isElement
    }
    return found
  }

  static func text(_ node: XMLNode) -> String {
    var text = ""
    node.walk { current in
      if current.isText, current.parent?.is(W.t) == true { text += current.text }
      return !current.isText
    }
    return text
  }

  @Test("each footnote and endnote reference in a loop has a note of its own, with its repetition's text",
        arguments: [("footnote", "footnotes", "统计公报"), ("endnote", "endnotes", "投资额含")])
  func notesInLoop(_ kind: String, _ part: String, _ marker: String) throws {
    let archive = try Self.rendered("notes-in-loop")
    let references = Self.elements(try Self.root(archive, "word/document.xml"), W.name(kind + "Reference"))
      .compactMap { $0.attribute(W.annotationID) }
    #expect(references.count == 3)
    #expect(Set(references).count == references.count, "\(references)")
    let notes = Self.elements(try Self.root(archive, "word/" + part + ".xml"), W.name(kind))
    let ids = notes.compactMap { $0.attribute(W.annotationID) }
    #expect(Set(ids).count == ids.count, "\(ids)")
    let texts = references.map { id in notes.first { $0.attribute(W.annotationID) == id }.map(Self.text) ?? "(none)" }
    let expected = kind == "footnote"
      ? [" 国家统计局2023年度统计公报。", " 省统计局2023年度统计公报。", " 市统计局2023年度统计公报。"]
      : [" 投资额含中央预算内投资。", " 投资额含省级配套资金。", " 投资额含市级财政资金。"]
    #expect(texts == expected)
    #expect(notes.filter { Self.text($0).contains(marker) }.count == 3)
  }

  @Test("a comment in a loop: one comment per repetition, its range and reference carrying its id")
  func commentInLoop() throws {
    let archive = try Self.rendered("comment-in-loop")
    let body = try Self.root(archive, "word/document.xml")
    let marks = ["commentRangeStart", "commentRangeEnd", "commentReference"].map { name in
      Self.elements(body, W.name(name)).compactMap { $0.attribute(W.annotationID) }
    }
    #expect(marks[0] == ["0", "1"])
    #expect(marks[1] == marks[0] && marks[2] == marks[0])
    let comments = Self.elements(try Self.root(archive, "word/comments.xml"), W.name("comment"))
    #expect(comments.compactMap { $0.attribute(W.annotationID) } == ["0", "1"])
    #expect(comments.map(Self.text) == ["请王处长复核金额（3600万元）。", "请王处长复核金额（1200万元）。"])
    // The first copy keeps the paragraph id commentsExtended names; the second has its own.
    let paraIDs = Self.elements(try Self.root(archive, "word/comments.xml"), W.p).compactMap { $0.attribute(W14.paraId) }
    #expect(paraIDs.first == "3B111D2C")
    #expect(Set(paraIDs).count == 2)
  }

  @Test("a loop that renders nothing leaves no note behind, and the package stays valid")
  func emptyLoopDropsTheNote() throws {
    let c = try E2ECase("notes-in-loop")
    let template = try Template(bytes: try c.templateBytes(), name: "notes-in-loop.docx")
    let bytes = try template.render(try DataLoader.parseYAML("统计年份: 2023\n来源列表: []\n", file: "data.yaml"))
    try PackageValidation.expectValid(bytes)
    let archive = try ZipArchive(bytes: bytes, name: "out.docx")
    let notes = Self.elements(try Self.root(archive, "word/footnotes.xml"), W.name("footnote"))
    #expect(notes.compactMap { $0.attribute(W.annotationID) } == ["-1", "0"])
    #expect(Self.elements(try Self.root(archive, "word/document.xml"), W.name("footnoteReference")).isEmpty)
  }

  @Test("a note without tags is copied too")
  func noteWithoutTags() throws {
    var builder = WordPackageBuilder(body: WordML.para("{{#单位}}")
      + WordML.p(WordML.r("{{名称}}") + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>")
      + WordML.para("{{/单位}}"))
    builder.footnote = WordML.para("数据来源：统计公报。")
    let output = try DocxHarness.render(builder, #"{"单位": [{"名称": "甲"}, {"名称": "乙"}]}"#)
    #expect(try output.attributeValues(W.name("footnoteReference"), W.annotationID) == ["1", "2"])
    #expect(try output.attributeValues(W.name("footnote"), W.annotationID, in: "word/footnotes.xml") == ["-1", "0", "1", "2"])
    #expect(try output.paragraphTexts("word/footnotes.xml").suffix(2) == ["数据来源：统计公报。", "数据来源：统计公报。"])
  }

  @Test("a data check walks each note in its repetition's scope")
  func checkFindsMissingValuesInNotes() throws {
    let c = try E2ECase("notes-in-loop")
    let template = try Template(bytes: try c.templateBytes(), name: "notes-in-loop.docx")
    let data = try DataLoader.parseYAML("统计年份: 2023\n来源列表:\n  - {统计来源: 甲, 投资额: 1, 含义: 乙}\n  - {统计来源: 丙, 投资额: 2}\n",
                                        file: "data.yaml")
    let report = template.check(data)
    #expect(report.errors.map(\.location?.part) == ["word/endnotes.xml"], "\(report.errors)")
    #expect(template.check(try c.data()).errors.isEmpty)
  }

  @Test("OpenDocument: notes and comments in a loop get names of their own", arguments: ["notes-in-loop", "comment-in-loop"])
  func openDocumentNames(_ name: String) throws {
    let content = try Self.root(try Self.rendered(name, odt: true), "content.xml")
    let noteIDs = Self.elements(content, ODF.text("note")).compactMap { $0.attribute(ODF.noteID) }
    #expect(Set(noteIDs).count == noteIDs.count, "\(noteIDs)")
    let starts = Self.elements(content, XMLName(ODF.officeNS, "annotation")).compactMap { $0.attribute(ODF.annotationName) }
    let ends = Self.elements(content, XMLName(ODF.officeNS, "annotation-end")).compactMap { $0.attribute(ODF.annotationName) }
    #expect(Set(starts).count == starts.count && starts == ends, "\(starts) \(ends)")
    #expect(noteIDs.count + starts.count == (name == "notes-in-loop" ? 6 : 2))
  }
}

/// LibreOffice reads every copied note back: the Word and OpenDocument outputs of `notes-in-loop`,
/// converted to PDF, show each repetition's footnote and endnote text.
@Suite("Notes in loops read by LibreOffice")
struct RepeatedNotesLibreOfficeTests {
  @Test func libreOfficeShowsEveryNote() throws {
    let soffice = try #require(PackageValidation.findExecutable("soffice"))
    let pdftotext = try #require(PackageValidation.findExecutable("pdftotext"))
    let dir = try TestDirectory()
    defer { dir.remove() }
    let c = try E2ECase("notes-in-loop")
    let profile = NSTemporaryDirectory() + "gongwen-notes-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    for odt in [false, true] {
      guard case .rendered(let bytes) = try (odt ? E2EODTFixtures.run(c) : c.run()) else {
        Issue.record("notes-in-loop did not render")
        continue
      }
      let path = dir.path("notes." + (odt ? "odt" : "docx"))
      try PackageValidation.expectValid(bytes)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let text = try LibreOfficeText.pdfText(of: path, soffice: soffice, pdftotext: pdftotext, profile: profile)
      for unit in ["国家统计局", "省统计局", "市统计局"] {
        #expect(text.contains(unit + "2023年度统计公报。"), "\(path): PDF lacks the footnote of \(unit)")
      }
      for meaning in ["中央预算内投资", "省级配套资金", "市级财政资金"] {
        #expect(text.contains("投资额含" + meaning + "。"), "\(path): PDF lacks the endnote \(meaning)")
      }
    }
  }
}
