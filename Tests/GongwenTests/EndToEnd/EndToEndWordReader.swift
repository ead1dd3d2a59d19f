import Foundation

@testable import Gongwen

/// Reads rendered WordprocessingML the way `Fixtures/README.md` (and `pack_fixture.py`) define it.
enum E2EWord {
  static func w(_ local: String) -> XMLName { XMLName(W.ns, local) }
  static let val = w("val")

  static func isW(_ node: XMLNode, _ local: String) -> Bool {
    node.isElement && node.namespaceURI == W.ns && node.localName == local
  }

  /// Every element matching, in document order (start tags), at any depth.
  static func elements(_ root: XMLNode?, _ local: String) -> [XMLNode] {
    var found: [XMLNode] = []
    root?.walk { node in
      guard node.isElement else { return false }
      if isW(node, local) { found.append(node) }
      return true
    }
    return found
  }

  /// The pieces of a paragraph's text with the run each came from.
  static func pieces(_ p: XMLNode) -> [(text: String, run: XMLNode?)] {
    var result: [(String, XMLNode?)] = []
    p.walk { node in
      guard node.isElement else { return false }
      if node != p, isW(node, "p") { return false }
      guard node.namespaceURI == W.ns else { return true }
      let parent = node.parent
      let parentIsRun = parent.map { isW($0, "r") } ?? false
      switch node.localName {
      case "t":
        result.append((node.text, parentIsRun ? parent : node.ancestor { isW($0, "r") }))
        return false
      case "tab" where parentIsRun: result.append(("\t", parent))
      case "br" where parentIsRun, "cr" where parentIsRun: result.append(("\n", parent))
      default: break
      }
      return true
    }
    return result
  }

  static func text(_ p: XMLNode) -> String { pieces(p).map(\.text).joined() }

  static func paragraphs(_ root: XMLNode?) -> [XMLNode] { elements(root, "p") }

  static func numId(_ p: XMLNode) -> String? {
    guard let pPr = p.elementChildren.first(where: { isW($0, "pPr") }),
          let numPr = pPr.elementChildren.first(where: { isW($0, "numPr") }),
          let id = numPr.elementChildren.first(where: { isW($0, "numId") })?.attribute(val),
          id != "0" else { return nil }
    return id
  }

  static func ilvl(_ p: XMLNode) -> Int {
    let numPr = p.elementChildren.first { isW($0, "pPr") }?.elementChildren.first { isW($0, "numPr") }
    return numPr?.elementChildren.first { isW($0, "ilvl") }?.attribute(val).flatMap { Int($0) } ?? 0
  }

  /// Values Word displays for every numbered paragraph (keyed by paragraph), per the README's algorithm.
  static func numberValues(document: XMLNode?, numbering: XMLNode?) -> [XMLNode: Int] {
    var abstractOf: [String: String] = [:]
    var overrides: [String: [Int: Int]] = [:]
    for num in elements(numbering, "num") {
      guard let id = num.attribute(w("numId")) else { continue }
      abstractOf[id] = num.elementChildren.first { isW($0, "abstractNumId") }?.attribute(val)
      for o in num.elementChildren where isW(o, "lvlOverride") {
        if let l = o.attribute(w("ilvl")).flatMap({ Int($0) }),
           let s = o.elementChildren.first(where: { isW($0, "startOverride") })?.attribute(val).flatMap({ Int($0) }) {
          overrides[id, default: [:]][l] = s
        }
      }
    }
    var starts: [String: [Int: Int]] = [:]
    for abs in elements(numbering, "abstractNum") {
      guard let id = abs.attribute(w("abstractNumId")) else { continue }
      for lvl in abs.elementChildren where isW(lvl, "lvl") {
        let l = lvl.attribute(w("ilvl")).flatMap { Int($0) } ?? 0
        starts[id, default: [:]][l] = lvl.elementChildren.first { isW($0, "start") }?.attribute(val).flatMap { Int($0) } ?? 1
      }
    }
    // counter set key → level → last value
    var counters: [String: [Int: Int]] = [:]
    var result: [XMLNode: Int] = [:]
    for p in paragraphs(document) {
      guard let id = numId(p) else { continue }
      let level = ilvl(p)
      let abs = abstractOf[id] ?? "?"
      let override = overrides[id]?[level]
      let set = override != nil ? "num:\(id):\(level)" : "abs:\(abs)"
      let start = override ?? starts[abs]?[level] ?? 1
      let value = counters[set]?[level].map { $0 + 1 } ?? start
      counters[set, default: [:]][level] = value
      for key in counters.keys where key.hasPrefix("abs:\(abs)") || key.hasPrefix("num:\(id):") {
        counters[key] = counters[key]?.filter { $0.key <= level || key.hasPrefix("num:") && $0.key == level }
      }
      counters[set, default: [:]][level] = value
      result[p] = value
    }
    return result
  }

  static func onOff(_ rPr: XMLNode?, _ local: String) -> Bool {
    guard let e = rPr?.elementChildren.first(where: { isW($0, local) }) else { return false }
    guard let v = e.attribute(val) else { return true }
    return !["0", "false", "off"].contains(v)
  }
}
