import Foundation

@testable import Gongwen

/// Reads a rendered .docx (or any package) back through Gongwen's own archive and XML layers, so
/// tests can look at paragraphs and runs instead of at bytes.
///
/// ```swift
/// let output = try RenderedPackage(try template.render(data))
/// #expect(try output.paragraphTexts() == ["尊敬的张三：", "您好。"])
/// let runs = try output.paragraphs()[0].runs          // text and rPr XML of each run
/// let xml = try output.string("word/document.xml")    // the part as text
/// ```
struct RenderedPackage {
  let bytes: [UInt8]
  let archive: ZipArchive

  init(_ bytes: [UInt8]) throws {
    self.bytes = bytes
    self.archive = try ZipArchive(bytes: bytes, name: "rendered.docx")
  }

  /// Entry names in archive order.
  var entryNames: [String] { archive.entries.map(\.name) }

  /// The bytes of an entry; throws when it is absent.
  func data(_ part: String) throws -> [UInt8] {
    guard let bytes = try archive.read(named: part) else { throw Missing(part: part) }
    return bytes
  }

  /// An entry as UTF-8 text.
  func string(_ part: String) throws -> String { String(decoding: try data(part), as: UTF8.self) }

  /// An entry parsed with Gongwen's XML layer.
  func xml(_ part: String) throws -> XMLDocument { try XMLDocument(parsing: try data(part), part: part) }

  /// The Word paragraphs of a part, in document order (paragraphs inside text boxes included, each once).
  func paragraphs(_ part: String = "word/document.xml") throws -> [WordParagraph] {
    let document = try xml(part)
    guard let root = document.root else { return [] }
    var result: [WordParagraph] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(W.p) { result.append(WordParagraph(node)) }
      return true
    }
    return result
  }

  /// The text of each paragraph of a part.
  func paragraphTexts(_ part: String = "word/document.xml") throws -> [String] {
    try paragraphs(part).map(\.text)
  }

  /// Every element with `name` in a part, in document order.
  func elements(_ name: XMLName, in part: String = "word/document.xml") throws -> [XMLNode] {
    let document = try xml(part)
    var found: [XMLNode] = []
    document.root?.walk { node in
      guard node.isElement else { return false }
      if node.is(name) { found.append(node) }
      return true
    }
    return found
  }

  /// The values of attribute `attribute` on every `element` in a part.
  func attributeValues(_ element: XMLName, _ attribute: XMLName, in part: String = "word/document.xml") throws -> [String] {
    try elements(element, in: part).compactMap { $0.attribute(attribute) }
  }

  struct Missing: Error, CustomStringConvertible {
    let part: String
    var description: String { "the package has no entry \(part)" }
  }
}

/// One `w:p` as a reader sees it.
struct WordParagraph {
  let element: XMLNode
  /// The text, with `w:tab` as `\t` and `w:br`/`w:cr` as `\n` (nested paragraphs left out).
  let text: String
  /// The runs that are direct content of the paragraph (also through `w:hyperlink`, `w:smartTag`, `w:ins`).
  let runs: [WordRun]

  init(_ element: XMLNode) {
    self.element = element
    var runs: [WordRun] = []
    element.walk { node in
      guard node.isElement else { return false }
      if node != element, node.is(W.p) { return false }
      if node.is(W.r) {
        runs.append(WordRun(node))
        return false
      }
      return !node.is(W.pPr)
    }
    self.runs = runs
    self.text = runs.map(\.text).joined()
  }

  /// `w:numPr/w:numId/@w:val`, when the paragraph is a list item.
  var numID: String? { element.child(W.pPr)?.child(W.numPr)?.child(W.numId)?.attribute(W.val) }

  /// The paragraph's XML (without namespace declarations, which stay on the root).
  var xml: String { XMLTestSupport.markup(of: element) }

  /// True when the paragraph stands in a table cell.
  var isInTable: Bool { element.ancestor { $0.is(W.tc) } != nil }
}

/// One `w:r`.
struct WordRun {
  let element: XMLNode
  /// The run's text: `w:t` content, `\t` for `w:tab`, `\n` for `w:br`/`w:cr`.
  let text: String
  /// The XML of `w:rPr`, or nil when the run has none.
  let properties: String?
  /// The whole run's XML.
  var xml: String { XMLTestSupport.markup(of: element) }

  init(_ element: XMLNode) {
    self.element = element
    var text = ""
    for child in element.elementChildren {
      if child.is(W.t) {
        text += child.text
      } else if child.is(W.tab) {
        text += "\t"
      } else if child.is(W.br) || child.is(W.cr) {
        text += "\n"
      }
    }
    self.text = text
    self.properties = element.child(W.rPr).map(XMLTestSupport.markup(of:))
  }

  /// `w:rsidR`, when present.
  var rsid: String? { element.attribute(W.name("rsidR")) }
}

/// Serialization helpers shared by the XML and render tests.
enum XMLTestSupport {
  /// A node and its subtree serialized by Gongwen's serializer, as a string.
  static func markup(of node: XMLNode) -> String {
    var bytes: [UInt8] = []
    for case .markup(let chunk) in XMLSerializer.serialize(node: node) { bytes += chunk }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses and serializes again (no markers).
  static func roundTrip(_ text: String, part: String = "word/document.xml") throws -> String {
    let document = try XMLDocument(parsing: Array(text.utf8), part: part)
    return String(decoding: XMLSerializer.bytes(of: document), as: UTF8.self)
  }
}

extension RenderedPackage {
  /// Top-level and nested tables of a part: table → rows → each cell's paragraph texts joined by `\n`.
  func tables(_ part: String = "word/document.xml") throws -> [[[String]]] {
    try elements(W.tbl, in: part).map { table in
      table.elementChildren.filter { $0.is(W.tr) }.map { row in
        row.elementChildren.filter { $0.is(W.tc) }.map { cell in
          cell.elementChildren.filter { $0.is(W.p) }.map { WordParagraph($0).text }.joined(separator: "\n")
        }
      }
    }
  }
}
