import Foundation
import Testing

@testable import Gongwen

/// Changes one part of a rendered package through libxml2 and packs it again, every other entry
/// copied as it is: how the format tests make a correct document wrong in exactly one property.
enum PackageEditing {
  struct NoSuchNode: Error, CustomStringConvertible {
    let what: String
    var description: String { "no \(what) to edit" }
  }

  static func edit(_ bytes: [UInt8], part: String, _ change: (XMLNode) throws -> Void) throws -> [UInt8] {
    let archive = try ZipArchive(bytes: bytes, name: "edited")
    guard let data = try archive.read(named: part) else { throw NoSuchNode(what: part) }
    let document = try XMLDocument(parsing: data, part: part)
    guard let root = document.root else { throw NoSuchNode(what: "root of \(part)") }
    try change(root)
    let writer = try ZipWriter(name: "edited")
    for entry in archive.entries {
      if entry.name == part {
        try writer.add(name: part, bytes: XMLSerializer.bytes(of: document))
      } else {
        try writer.copyRaw(entry, from: archive)
      }
    }
    return try writer.finish()
  }

  /// Every element under `root` named `name` whose `key` attribute is `value`.
  static func elements(_ root: XMLNode, _ name: XMLName, where key: XMLName? = nil, is value: String? = nil) -> [XMLNode] {
    var found: [XMLNode] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(name), key.map({ node.attribute($0) == value }) ?? true { found.append(node) }
      return true
    }
    return found
  }

  /// The child `name` of `parent`, appended when it is missing.
  static func child(_ parent: XMLNode, _ name: XMLName, prefix: String) throws -> XMLNode {
    if let existing = parent.child(name) { return existing }
    guard let made = parent.appendElement(name.localName, namespace: name.namespaceOrNil ?? "", prefix: prefix) else {
      throw NoSuchNode(what: name.localName)
    }
    return made
  }

  // Word

  /// The `w:pPr` (or `w:rPr`) of the paragraph style `id` in word/styles.xml.
  static func wordStyle(_ root: XMLNode, _ id: String, _ properties: String) throws -> XMLNode {
    guard let style = elements(root, W.name("style"), where: W.name("styleId"), is: id).first else { throw NoSuchNode(what: "style \(id)") }
    return try child(style, W.name(properties), prefix: "w")
  }

  static func setWord(_ bytes: [UInt8], style id: String, _ properties: String, _ element: String, _ attributes: [String: String]) throws -> [UInt8] {
    try edit(bytes, part: "word/styles.xml") { root in
      let target = try child(try wordStyle(root, id, properties), W.name(element), prefix: "w")
      for (name, value) in attributes { target.setAttribute(W.name(name), value) }
    }
  }

  // OpenDocument

  static func odfStyle(_ root: XMLNode, _ name: String, _ properties: String) throws -> XMLNode {
    guard let style = elements(root, XMLName(ODF.styleNS, "style"), where: XMLName(ODF.styleNS, "name"), is: name).first else {
      throw NoSuchNode(what: "style \(name)")
    }
    return try child(style, XMLName(ODF.styleNS, properties), prefix: "style")
  }

  /// Sets `attributes` (`fo:margin-top`, `style:run-through`) on style `name`'s properties in the
  /// part that defines it.
  static func setODF(_ bytes: [UInt8], style name: String, _ properties: String, _ attributes: [String: String]) throws -> [UInt8] {
    let namespaces = ["fo": OpenDocumentStyleSheet.foNS, "style": ODF.styleNS, "draw": ODF.drawNS]
    for part in ["styles.xml", "content.xml"] {
      let archive = try ZipArchive(bytes: bytes, name: "edited")
      let document = try XMLDocument(parsing: try archive.read(named: part) ?? [], part: part)
      guard let root = document.root, (try? odfStyle(root, name, properties)) != nil else { continue }
      return try edit(bytes, part: part) { root in
        let target = try odfStyle(root, name, properties)
        for (qualified, value) in attributes {
          let parts = qualified.split(separator: ":").map(String.init)
          target.setAttribute(parts[1], namespace: namespaces[parts[0]] ?? "", prefix: parts[0], value)
        }
      }
    }
    throw NoSuchNode(what: "style \(name)")
  }
}
