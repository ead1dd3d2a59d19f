import Foundation
import Testing

@testable import Gongwen

/// Cases whose failure is an engine bug (case name → reason). Kept green with `withKnownIssue`.
let e2eKnownIssues: [String: String] = [:]

@Suite("EndToEnd fixtures")
struct EndToEndTests {
  @Test("fixture case", arguments: E2EFixtures.caseNames)
  func fixtureCase(_ name: String) throws {
    if let reason = e2eKnownIssues[name] {
      withKnownIssue(Comment(rawValue: reason)) { try Self.verify(name) }
    } else {
      try Self.verify(name)
    }
  }

  @Test func discoversCases() {
    #expect(E2EFixtures.caseNames.count >= 50, "fixtures at \(E2EFixtures.root)")
  }

  static func verify(_ name: String) throws {
    let c = try E2ECase(name)
    let outcome = try c.run()
    if c.isErrorCase {
      let expected = c.spec["errors"]!.e2eList.map { e in
        "\(e["id"]?.e2eString ?? "")|\(e["part"]?.e2eString ?? "")|\(e["paragraph"]?.e2eString ?? "")|\(e["tag"]?.e2eString ?? "")"
      }.sorted()
      switch outcome {
      case .rendered:
        Issue.record("\(name): rendering succeeded, expected errors \(expected)")
      case .failed(let errors):
        let actual = errors.map { e in
          "\(e.kind.id)|\(e.location?.part ?? "")|\(e.location.map { String($0.paragraph) } ?? "")|\(e.tagText ?? "")"
        }.sorted()
        #expect(actual == expected, "\(name): errors")
      }
      return
    }
    let bytes: [UInt8]
    switch outcome {
    case .failed(let errors):
      Issue.record("\(name): rendering failed: \(errors.map { "\($0)" })")
      return
    case .rendered(let b): bytes = b
    }
    let archive = try ZipArchive(bytes: bytes, name: name + ".docx")
    func doc(_ part: String) throws -> XMLDocument {
      guard let data = try archive.read(named: part) else { throw E2EError("\(name): part \(part) missing") }
      return try XMLDocument(parsing: data, part: part)
    }
    for (part, value) in c.expected {
      let root = try doc(part).root
      if part.hasPrefix("docProps/") {
        let namespaces = ["dc": "http://purl.org/dc/elements/1.1/",
                          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                          "dcterms": "http://purl.org/dc/terms/"]
        for entry in value.e2eList {
          let qname = entry["element"]?.e2eString ?? ""
          let text = entry["text"]?.e2eString ?? ""
          let pieces = qname.split(separator: ":", maxSplits: 1).map(String.init)
          let ns = pieces.count == 2 ? namespaces[pieces[0]] : "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
          let local = pieces.last ?? ""
          var found: [XMLNode] = []
          root?.walk { n in
            guard n.isElement else { return false }
            if n.localName == local && n.namespaceURI == ns { found.append(n) }
            return true
          }
          #expect(found.count == 1, "\(name): \(part) \(qname) occurs \(found.count) times")
          if found.count == 1 { #expect(found[0].text == text, "\(name): \(part) \(qname)") }
        }
      } else {
        let actual = E2EWord.paragraphs(root).map(E2EWord.text)
        let expected = value.e2eList.map { $0.e2eString ?? "" }
        #expect(actual == expected, "\(name): paragraphs of \(part)")
      }
    }
    // No leftover delimiters in any part's text.
    if c.tagScan {
      for entry in archive.entries where entry.name.hasSuffix(".xml") {
        let root = try doc(entry.name).root
        var texts: [String] = []
        let paragraphs = E2EWord.paragraphs(root)
        if paragraphs.isEmpty {
          root?.walk { n in
            if n.isElement && n.elementChildren.isEmpty { texts.append(n.text) }
            return n.isElement
          }
        } else {
          texts = paragraphs.map(E2EWord.text)
        }
        for t in texts where t.contains(c.delimiters.open) || t.contains(c.delimiters.close) {
          Issue.record("\(name): leftover delimiter in \(entry.name): \(t.debugDescription)")
        }
      }
    }
    for check in c.checks {
      try runCheck(check, name: name, doc: doc)
    }
  }

  static func runCheck(_ check: Value, name: String, doc: (String) throws -> XMLDocument) throws {
    let kind = check["kind"]?.e2eString ?? ""
    let part = check["part"]?.e2eString ?? "word/document.xml"
    let document = try doc(part)
    let root = document.root
    let label = "\(name): check \(kind) \(check["text"]?.e2eString ?? "")"
    let tables = E2EWord.elements(root, "tbl")
    func rows(_ t: XMLNode) -> [XMLNode] { t.elementChildren.filter { E2EWord.isW($0, "tr") } }
    switch kind {
    case "table-count":
      #expect(tables.count == check["count"]?.e2eInt, "\(label)")
    case "table-rows":
      let i = (check["table"]?.e2eInt ?? 1) - 1
      guard i < tables.count else { Issue.record("\(label): no table \(i + 1)"); return }
      #expect(rows(tables[i]).count == check["count"]?.e2eInt, "\(label) table \(i + 1)")
    case "table-cells":
      let i = (check["table"]?.e2eInt ?? 1) - 1
      guard i < tables.count else { Issue.record("\(label): no table \(i + 1)"); return }
      let actual = rows(tables[i]).map { tr in
        tr.elementChildren.filter { E2EWord.isW($0, "tc") }.map { tc in
          E2EWord.paragraphs(tc).map(E2EWord.text).joined(separator: "\n")
        }
      }
      let expected = (check["rows"]?.e2eList ?? []).map { $0.e2eList.map { $0.e2eString ?? "" } }
      #expect(actual == expected, "\(label) table \(i + 1)")
    case "bookmark":
      let bname = check["name"]?.e2eString ?? ""
      let starts = E2EWord.elements(root, "bookmarkStart").filter { $0.attribute(E2EWord.w("name")) == bname }
      #expect(starts.count == 1, "\(label) bookmark \(bname) starts: \(starts.count)")
      if let id = starts.first?.attribute(E2EWord.w("id")) {
        let ends = E2EWord.elements(root, "bookmarkEnd").filter { $0.attribute(E2EWord.w("id")) == id }
        #expect(ends.count == 1, "\(label) bookmark \(bname) ends: \(ends.count)")
      }
    case "no-empty-paragraph-between":
      let before = check["before"]?.e2eString ?? "", after = check["after"]?.e2eString ?? ""
      guard let p = E2EWord.paragraphs(root).first(where: { E2EWord.text($0) == before }) else {
        Issue.record("\(label): no paragraph \(before)"); return
      }
      var next = p.nextSibling
      while let n = next, !(E2EWord.isW(n, "p") || E2EWord.isW(n, "tbl") || E2EWord.isW(n, "sdt")) { next = n.nextSibling }
      let actual = next.map { E2EWord.isW($0, "p") ? "p:" + E2EWord.text($0) : "\($0.localName)" } ?? "nothing"
      #expect(actual == "p:" + after, "\(label) after \(before.debugDescription)")
    case "run-format":
      try runFormat(check, label: label, root: root)
    case "numbering":
      let numbering = try? doc("word/numbering.xml")
      let values = E2EWord.numberValues(document: root, numbering: numbering?.root)
      var remaining = E2EWord.paragraphs(root)
      var matched: [XMLNode] = []
      for text in check["paragraphs"]?.e2eList.compactMap(\.e2eString) ?? [] {
        guard let i = remaining.firstIndex(where: { E2EWord.text($0) == text }) else {
          Issue.record("\(label): no paragraph \(text)"); return
        }
        matched.append(remaining.remove(at: i))
      }
      let ids = matched.map(E2EWord.numId)
      #expect(ids.allSatisfy { $0 != nil }, "\(label): paragraphs without numPr: \(ids)")
      if let same = check["same-list"]?.e2eBool {
        #expect((Set(ids.compactMap { $0 }).count == 1) == same, "\(label): same-list \(same), numIds \(ids)")
      }
      if let expected = check["values"]?.e2eList.compactMap(\.e2eInt) {
        let actual = matched.map { values[$0] ?? -1 }
        #expect(actual == expected, "\(label): numbers (numIds \(ids))")
      }
    default:
      Issue.record("\(label): unknown check kind")
    }
  }

  static func runFormat(_ check: Value, label: String, root: XMLNode?) throws {
    let text = check["text"]?.e2eString ?? ""
    var occurrence = check["occurrence"]?.e2eInt ?? 1
    let needle = Array(text.unicodeScalars)
    for p in E2EWord.paragraphs(root) {
      var scalars: [Unicode.Scalar] = [], owners: [XMLNode?] = []
      for piece in E2EWord.pieces(p) {
        for s in piece.text.unicodeScalars { scalars.append(s); owners.append(piece.run) }
      }
      guard needle.count > 0, scalars.count >= needle.count else { continue }
      var i = 0
      while i + needle.count <= scalars.count {
        if Array(scalars[i..<i + needle.count]) == needle {
          occurrence -= 1
          if occurrence == 0 {
            var runs: [XMLNode] = []
            for o in owners[i..<i + needle.count] { if let o, !runs.contains(o) { runs.append(o) } }
            for run in runs { verifyRun(run, check, label: label) }
            return
          }
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    Issue.record("\(label): text not found")
  }

  static func verifyRun(_ run: XMLNode, _ check: Value, label: String) {
    let rPr = run.elementChildren.first { E2EWord.isW($0, "rPr") }
    func child(_ l: String) -> XMLNode? { rPr?.elementChildren.first { E2EWord.isW($0, l) } }
    let runText = E2EWord.text(run)
    if let bold = check["bold"]?.e2eBool {
      #expect(E2EWord.onOff(rPr, "b") == bold, "\(label): run \(runText.debugDescription) bold")
    }
    if let italic = check["italic"]?.e2eBool {
      #expect(E2EWord.onOff(rPr, "i") == italic, "\(label): run \(runText.debugDescription) italic")
    }
    if let color = check["color"]?.e2eString {
      let actual = child("color")?.attribute(E2EWord.val)
      if color == "none" {
        #expect(actual == nil || actual == "auto", "\(label): run \(runText.debugDescription) color \(actual ?? "nil")")
      } else {
        #expect(actual?.uppercased() == color.uppercased(), "\(label): run \(runText.debugDescription) color")
      }
    }
    if let font = check["eastAsiaFont"]?.e2eString {
      let actual = child("rFonts")?.attribute(E2EWord.w("eastAsia"))
      #expect(actual == (font == "none" ? nil : font), "\(label): run \(runText.debugDescription) eastAsia font")
    }
    if let size = check["size"]?.e2eString {
      #expect(child("sz")?.attribute(E2EWord.val) == size, "\(label): run \(runText.debugDescription) size")
    }
  }
}
