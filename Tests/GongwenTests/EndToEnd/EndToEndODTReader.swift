import Foundation

@testable import Gongwen

/// Reads rendered OpenDocument text the way the ODT twin tests compare it with the Word output.
enum E2EODT {
  static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  static let drawNS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

  static func isText(_ node: XMLNode, _ local: String) -> Bool {
    node.isElement && node.namespaceURI == textNS && node.localName == local
  }
  static func isParagraph(_ node: XMLNode) -> Bool { isText(node, "p") || isText(node, "h") }

  /// Containers whose paragraphs are not body paragraphs: notes, comments, deleted text kept for
  /// tracked changes, and drawing objects
  /// (`draw:frame`, and `draw:custom-shape`, which is what LibreOffice makes of a Word text box).
  static func isExcludedContainer(_ node: XMLNode) -> Bool {
    guard node.isElement else { return false }
    if node.namespaceURI == drawNS { return true }
    switch (node.namespaceURI, node.localName) {
    case (textNS, "note"), (textNS, "tracked-changes"), (officeNS, "annotation"): return true
    default: return false
    }
  }

  /// `office:body/office:text` of a content.xml root.
  static func officeText(_ root: XMLNode?) -> XMLNode? {
    var found: XMLNode?
    root?.walk { node in
      guard found == nil, node.isElement else { return false }
      if node.namespaceURI == officeNS && node.localName == "text" && node.parent?.localName == "body" {
        found = node
        return false
      }
      return true
    }
    return found
  }

  /// Every text:p / text:h under `root` in document order; with `bodyOnly`, none inside a note,
  /// an annotation or a frame.
  static func paragraphs(_ root: XMLNode?, bodyOnly: Bool = true) -> [XMLNode] {
    var found: [XMLNode] = []
    root?.walk { node in
      guard node.isElement else { return false }
      if bodyOnly && isExcludedContainer(node) { return false }
      if isParagraph(node) { found.append(node) }
      return true
    }
    return found
  }

  /// Text of a paragraph: text nodes, text:s as spaces (text:c), text:tab as "\t", text:line-break as
  /// "\n"; nested paragraphs, notes (citation and body), annotations and frames contribute nothing.
  static func text(_ p: XMLNode) -> String {
    var out = ""
    p.walk { node in
      if node.isText { out += node.text; return false }
      guard node.isElement else { return false }
      if node == p { return true }
      if isParagraph(node) || isExcludedContainer(node) { return false }
      if node.namespaceURI == textNS {
        switch node.localName {
        case "s":
          out += String(repeating: " ", count: node.attribute(XMLName(textNS, "c")).flatMap { Int($0) } ?? 1)
          return false
        case "tab": out += "\t"; return false
        case "line-break": out += "\n"; return false
        default: break
        }
      }
      return true
    }
    return out
  }

  /// Body paragraphs of a Word document part, read with the harness's paragraph text, skipping what
  /// has no counterpart among the ODT body paragraphs:
  /// - text-box content (`w:txbxContent`, both the Choice and the Fallback copy);
  /// - paragraphs of vertically merged continuation cells (`w:vMerge` without `restart`): LibreOffice
  ///   writes those cells as `table:covered-table-cell` with no paragraph.
  static func wordBodyParagraphs(_ root: XMLNode?) -> [String] {
    E2EWord.paragraphs(root)
      .filter { $0.ancestor(where: { E2EWord.isW($0, "txbxContent") }) == nil }
      .filter { p in
        guard let tc = p.ancestor(where: { E2EWord.isW($0, "tc") }),
              let tcPr = tc.elementChildren.first(where: { E2EWord.isW($0, "tcPr") }),
              let vMerge = tcPr.elementChildren.first(where: { E2EWord.isW($0, "vMerge") }) else { return true }
        return vMerge.attribute(E2EWord.val) == "restart"
      }
      .map(E2EWord.text)
  }

  /// True when paragraph `number` (1-based, the errors' numbering) of a Word part lies in a text box's
  /// `mc:Fallback` copy, which has no counterpart in the ODT (LibreOffice keeps one copy of a text box).
  static func isInFallbackCopy(_ root: XMLNode?, paragraph number: Int) -> Bool {
    let paragraphs = E2EWord.paragraphs(root)
    guard number >= 1, number <= paragraphs.count else { return false }
    return paragraphs[number - 1].ancestor(where: {
      $0.localName == "Fallback" && $0.namespaceURI == "http://schemas.openxmlformats.org/markup-compatibility/2006"
    }) != nil
  }
}
