import Foundation

/// Sets the right indents of unsealed signatures in a rendered `content.xml`: each run of paragraphs in
/// `GongwenSignature` followed by one in `GongwenDate` (directly or through an automatic style) gets the
/// places `SignaturePlacement` computes from their printed texts, as automatic paragraph styles with
/// `fo:margin-right`.
enum OpenDocumentSignatureLayout {
  static let signatureStyle = "GongwenSignature", dateStyle = "GongwenDate"
  private static let styleName = XMLName(ODF.styleNS, "name"), family = XMLName(ODF.styleNS, "family")
  private static let parentName = XMLName(ODF.styleNS, "parent-style-name"), textStyle = ODF.text("style-name")
  private static let paragraphProperties = XMLName(ODF.styleNS, "paragraph-properties")

  /// `bytes` with the indents set, or `bytes` itself when no signature is followed by a date.
  static func apply(_ bytes: [UInt8], part: String) throws -> [UInt8] {
    let document = try XMLDocument(parsing: bytes, part: part)
    guard let root = document.root,
      let text = root.child(XMLName(ODF.officeNS, "body"))?.child(XMLName(ODF.officeNS, "text"))
    else { return bytes }
    let automatic = root.child(XMLName(ODF.officeNS, "automatic-styles"))
    var styles: [String: XMLNode] = [:]
    for style in automatic?.elementChildren ?? [] where style.is(XMLName(ODF.styleNS, "style")) {
      if let name = style.attribute(styleName) { styles[name] = style }
    }
    /// The common style a paragraph's style stands for.
    func role(_ paragraph: XMLNode) -> String? {
      guard paragraph.is(ODF.p), let name = paragraph.attribute(textStyle) else { return nil }
      return styles[name].map { $0.attribute(parentName) } ?? name
    }
    var count = 0
    /// Gives `paragraph` an automatic style of its own (a copy, or a child of its common style) with
    /// `property` set to `value`; false when it is no paragraph or has no style.
    @discardableResult
    func set(_ property: String, _ value: String, on paragraph: XMLNode) -> Bool {
      guard paragraph.is(ODF.p), let automatic, let name = paragraph.attribute(textStyle) else { return false }
      count += 1
      var newName = "GongwenSignaturePlace\(count)"
      while styles[newName] != nil { count += 1; newName = "GongwenSignaturePlace\(count)" }
      let style: XMLNode?
      if let own = styles[name] {
        style = own.deepCopy()
      } else {
        style = document.makeElement(XMLName(ODF.styleNS, "style"), context: automatic, preferredPrefix: "style")
        style?.setAttribute(family, "paragraph")
        style?.setAttribute(parentName, name)
      }
      guard let style, let placed = automatic.append(style) else { return false }
      placed.setAttribute(styleName, newName)
      styles[newName] = placed
      let properties = placed.child(paragraphProperties) ?? {
        guard let element = document.makeElement(paragraphProperties, context: placed, preferredPrefix: "style") else { return nil }
        return placed.firstChild.map { $0.insertBefore(element) } ?? placed.append(element)
      }()
      properties?.setAttribute(XMLName(ODF.foNS, property), value)
      paragraph.setAttribute(textStyle, newName)
      return true
    }
    let placed = SignaturePlacement.place(in: text.elementChildren, line: { paragraph in
      let style = role(paragraph)
      return style == signatureStyle ? .signature : style == dateStyle ? .date : .other
    }, text: printed, indent: { set("margin-right", String(format: "%.2fpt", $1), on: $0) },
      keep: { set("keep-with-next", "always", on: $0) })
    return placed ? XMLSerializer.bytes(of: document) : bytes
  }

  /// A paragraph's printed text: its text, `text:s` as the spaces it stands for, frames left out.
  static func printed(_ paragraph: XMLNode) -> String {
    var result = ""
    paragraph.walk { node in
      if node.isText { result += node.text }
      if node.is(ODF.s) { result += String(repeating: " ", count: Int(node.attribute(ODF.text("c")) ?? "1") ?? 1) }
      return !node.is(XMLName(ODF.drawNS, "frame")) && !node.is(ODF.text("note"))
    }
    return result
  }
}

