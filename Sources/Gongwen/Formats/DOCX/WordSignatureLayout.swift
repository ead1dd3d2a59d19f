/// Sets the right indents of unsealed signatures in a rendered Word main body: each run of
/// `GongwenSignature` paragraphs followed by a `GongwenDate` paragraph gets the places
/// `SignaturePlacement` computes from their printed texts (`w:ind w:right` with `w:rightChars`).
enum WordSignatureLayout {
  static let signatureStyle = "GongwenSignature", dateStyle = "GongwenDate"

  /// Places the signature blocks among `body`'s paragraphs; returns whether there were any.
  static func place(in body: XMLNode) -> Bool {
    SignaturePlacement.place(in: body.elementChildren, line: { paragraph in
      let style = paragraph.is(W.p) ? paragraph.child(W.pPr)?.child(W.name("pStyle"))?.attribute(W.val) : nil
      return style == signatureStyle ? .signature : style == dateStyle ? .date : .other
    }, text: text(of:), indent: setRightIndent, keep: keepWithNext)
  }

  /// `w:keepNext` on a paragraph; false for anything else (a table).
  static func keepWithNext(_ paragraph: XMLNode) -> Bool {
    guard paragraph.is(W.p), let properties = paragraph.child(W.pPr) ?? insertProperties(paragraph) else { return false }
    if properties.child(W.name("keepNext")) == nil { _ = child("keepNext", of: properties) }
    return true
  }

  /// The child `name` of `properties`, made at its place in the schema's order when absent.
  private static func child(_ name: String, of properties: XMLNode) -> XMLNode? {
    if let existing = properties.child(W.name(name)) { return existing }
    guard let element = properties.document.makeElement(W.name(name), context: properties, preferredPrefix: "w") else { return nil }
    let later = properties.elementChildren.first { child in
      child.namespaceURI == W.ns && (order.firstIndex(of: child.localName) ?? order.count) > (order.firstIndex(of: name) ?? 0)
    }
    return later.map { $0.insertBefore(element) } ?? properties.append(element)
  }

  /// The text of a paragraph's runs (`w:t`; a tab counts as nothing: signatures have none).
  static func text(of paragraph: XMLNode) -> String {
    var text = ""
    paragraph.walk { node in
      if node.is(W.t) { text += node.text }
      return !node.is(W.name("txbxContent")) && !node.is(W.name("drawing"))
    }
    return text
  }

  /// `w:ind` in the paragraph's own properties, at its place in the schema's order.
  static func setRightIndent(_ paragraph: XMLNode, _ points: Double) {
    guard let properties = paragraph.child(W.pPr) ?? insertProperties(paragraph) else { return }
    let indent = child("ind", of: properties)
    let twips = Int((points * 20).rounded())
    indent?.setAttribute(W.name("right"), String(twips))
    // a character count in the style would override the twips: state it too (1 字 = 320 twips)
    indent?.setAttribute(W.name("rightChars"), String(Int((Double(twips) / 3.2).rounded())))
  }

  private static func insertProperties(_ paragraph: XMLNode) -> XMLNode? {
    guard let element = paragraph.document.makeElement(W.pPr, context: paragraph, preferredPrefix: "w") else { return nil }
    return paragraph.firstChild.map { $0.insertBefore(element) } ?? paragraph.append(element)
  }

  /// The children of `w:pPr` in the order of the schema (ECMA-376 CT_PPr).
  static let order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
                      "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
                      "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                      "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                      "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                      "rPr", "sectPr", "pPrChange"]
}
