/// Marks the unsealed signatures of `content.xml` for placing while it renders (`SignatureBlocks`,
/// `SignatureLines`): a `GongwenSignature` or `GongwenDate` paragraph (directly or through an automatic
/// style) renders with an automatic style of its own whose `fo:margin-right` is the place
/// `SignaturePlacement` computes from the printed texts, defined at the end of the automatic styles;
/// the lines before a block get a kept variant of their style (`fo:keep-with-next`, GB/T 9704 7.3.5.5).
/// A placed style derives from the common style: an automatic style's own formatting is not carried over.
enum OpenDocumentSignatureLayout {
  static let signatureStyle = "GongwenSignature", dateStyle = "GongwenDate"
  /// Prefixes the placed styles are written with.
  static let prefixes: [(prefix: String, uri: String)] = [("style", ODF.styleNS), ("fo", ODF.foNS)]
  private static let styleName = XMLName(ODF.styleNS, "name"), family = XMLName(ODF.styleNS, "family")
  private static let parentName = XMLName(ODF.styleNS, "parent-style-name"), textStyle = ODF.text("style-name")
  private static let automaticStyles = XMLName(ODF.officeNS, "automatic-styles"), body = XMLName(ODF.officeNS, "body")

  /// The edits for `content.xml`.
  static func edits(for part: RewrittenPart, profile: FormatProfile) -> [PartEdit] {
    guard let root = part.document.root, let text = root.child(body)?.child(XMLName(ODF.officeNS, "text")),
      prefixes.allSatisfy({ root.namespaceURI(ofPrefix: $0.prefix) ?? $0.uri == $0.uri })
    else { return [] }
    var edits: [PartEdit] = []
    let container: XMLNode
    if let existing = root.child(automaticStyles) {
      container = existing
    } else {
      guard let made = part.document.makeElement(automaticStyles, context: root, preferredPrefix: "office"),
        let place = root.child(body)
      else { return [] }
      edits.append(.moveBefore(made, place))
      container = made
    }
    var styles: [String: XMLNode] = [:]
    for style in container.elementChildren where style.is(XMLName(ODF.styleNS, "style")) {
      if let name = style.attribute(styleName) { styles[name] = style }
    }
    /// The common style a paragraph's style stands for.
    func common(_ name: String) -> String { styles[name]?.attribute(parentName) ?? name }
    let blocks = SignatureBlocks(body: text, part: part, profile: profile, role: { paragraph in
      guard paragraph.is(ODF.p), let name = paragraph.attribute(textStyle) else { return nil }
      switch common(name) {
      case signatureStyle: return .name
      case dateStyle: return .date
      default: return nil
      }
    }, isTransparent: { node in
      !node.isElement || (node.namespaceURI == ODF.textNS && ["bookmark", "bookmark-start", "bookmark-end", "soft-page-break"].contains(node.localName))
    })
    // placed styles are named prefix + number, a prefix no style of the part starts with
    var prefix = "GongwenSignaturePlace"
    while styles.keys.contains(where: { $0.hasPrefix(prefix) }) { prefix += "_" }
    for (paragraph, role) in blocks.lines {
      guard let name = paragraph.attribute(textStyle) else { continue }
      let line = SignatureLine(role: role, original: Array(name.utf8), placed: [
        Array(prefix.utf8),
        Array("<style:style style:name=\"".utf8),
        Array("\" style:family=\"paragraph\" style:parent-style-name=\"".utf8) + escaped(common(name))
          + Array("\"><style:paragraph-properties fo:margin-right=\"".utf8),
        Array("\"/></style:style>".utf8),
      ])
      edits.append(.hookAttribute(paragraph, textStyle, .signatureLine(line)))
      edits += textHooks(paragraph, profile: profile)
      edits.append(.hookAtEnd(of: paragraph, .signatureLineEnd))
    }
    if !blocks.lines.isEmpty { edits.append(.hookAtEnd(of: container, .signatureDefinitions)) }
    var kept: [String: String] = [:]
    for (paragraph, lastRepetitionOnly) in blocks.keptParagraphs {
      guard let name = paragraph.attribute(textStyle) else { continue }
      if kept[name] == nil, let style = keptStyle(for: name, own: styles[name], in: container, taken: styles) {
        kept[name] = style.name
        styles[style.name] = style.element
        edits.append(.append(style.element, to: container))
      }
      guard let keptName = kept[name] else { continue }
      edits.append(.hookAttribute(paragraph, textStyle, .keepWithNext(kept: Array(keptName.utf8), otherwise: Array(name.utf8),
                                                                    lastRepetitionOnly: lastRepetitionOnly)))
    }
    for (paragraph, lastRepetitionOnly) in blocks.keptBlocks { edits.append(.keepBlock(paragraph: paragraph, lastRepetitionOnly: lastRepetitionOnly)) }
    return edits
  }

  /// Declares the prefixes the placed styles are written with, where the part lacks them.
  static func declarePrefixes(in part: RewrittenPart) {
    guard let root = part.document.root else { return }
    for (prefix, uri) in prefixes { _ = root.ensureNamespace(prefix: prefix, uri: uri) }
  }

  /// Hooks before each piece of literal text (spaces of `text:s` included; frames and notes left out).
  private static func textHooks(_ paragraph: XMLNode, profile: FormatProfile) -> [PartEdit] {
    var edits: [PartEdit] = []
    paragraph.walk { node in
      if node.isText, profile.isTextCarrier(node), !node.text.isEmpty { edits.append(.hookBefore(node, .printedText(node.text))) }
      if node.is(ODF.s), let spaces = profile.virtualText(node) { edits.append(.hookBefore(node, .printedText(spaces))) }
      return !node.is(XMLName(ODF.drawNS, "frame")) && !node.is(ODF.text("note"))
    }
    return edits
  }

  /// An automatic style like `name` that keeps with the next paragraph: a copy of the automatic style,
  /// or a child of the common one.
  private static func keptStyle(for name: String, own: XMLNode?, in container: XMLNode, taken: [String: XMLNode])
    -> (name: String, element: XMLNode)?
  {
    var keptName = "GongwenKeep_" + name
    while taken[keptName] != nil { keptName += "_" }
    let style: XMLNode?
    if let own {
      style = own.deepCopy()
    } else {
      style = container.document.makeElement(XMLName(ODF.styleNS, "style"), context: container, preferredPrefix: "style")
      style?.setAttribute("family", namespace: ODF.styleNS, prefix: "style", "paragraph")
      style?.setAttribute("parent-style-name", namespace: ODF.styleNS, prefix: "style", name)
    }
    guard let style else { return nil }
    style.setAttribute("name", namespace: ODF.styleNS, prefix: "style", keptName)
    let paragraphProperties = XMLName(ODF.styleNS, "paragraph-properties")
    guard let properties = style.child(paragraphProperties) ?? {
      guard let made = container.document.makeElement(paragraphProperties, context: container, preferredPrefix: "style") else { return nil }
      return style.firstChild.map { $0.insertBefore(made) } ?? style.append(made)
    }() else { return nil }
    properties.setAttribute("keep-with-next", namespace: ODF.foNS, prefix: "fo", "always")
    return (keptName, style)
  }

  private static func escaped(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    XMLEscaping.appendAttribute(text, to: &bytes)
    return bytes
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
