/// Marks the unsealed signatures of a Word main body for placing while it renders (`SignatureBlocks`,
/// `SignatureLines`): each `GongwenSignature` or `GongwenDate` line's `w:ind` becomes a slot that
/// renders with the right indent `SignaturePlacement` computes from the printed texts (`w:right` with
/// `w:rightChars`), its literal text is counted through hooks; the lines before a block get
/// `w:keepNext` (GB/T 9704 7.3.5.5).
enum WordSignatureLayout {
  static let signatureStyle = "GongwenSignature", dateStyle = "GongwenDate"
  private static let indent = W.name("ind"), keepNext = W.name("keepNext")

  /// The edits for the main part's body.
  static func edits(for part: RewrittenPart, profile: FormatProfile) -> [PartEdit] {
    guard let body = part.document.root?.child(W.name("body")) else { return [] }
    let blocks = SignatureBlocks(body: body, part: part, profile: profile, role: role, isTransparent: isTransparent)
    var edits: [PartEdit] = []
    for (paragraph, role) in blocks.lines { edits += lineEdits(paragraph, role: role) }
    for (paragraph, lastRepetitionOnly) in blocks.keptParagraphs { edits += keepEdits(paragraph, lastRepetitionOnly: lastRepetitionOnly) }
    for (paragraph, lastRepetitionOnly) in blocks.keptBlocks { edits.append(.keepBlock(paragraph: paragraph, lastRepetitionOnly: lastRepetitionOnly)) }
    return edits
  }

  /// A paragraph's place in a signature block, by its style.
  static func role(_ paragraph: XMLNode) -> SignatureLine.Role? {
    switch paragraph.child(W.pPr)?.child(W.name("pStyle"))?.attribute(W.val) {
    case signatureStyle?: return .name
    case dateStyle?: return .date
    default: return nil
    }
  }

  /// Body-level marks that are no line: bookmarks, comment ranges, proofing and permission marks.
  private static func isTransparent(_ node: XMLNode) -> Bool {
    guard node.isElement else { return true }
    return node.namespaceURI == W.ns && ["bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr",
                                          "permStart", "permEnd"].contains(node.localName)
  }

  /// The indent slot (the template's `w:ind` cut out, or where one belongs), a hook before each piece of
  /// literal text and one at the end.
  private static func lineEdits(_ paragraph: XMLNode, role: SignatureLine.Role) -> [PartEdit] {
    guard let properties = paragraph.child(W.pPr) else { return [] }
    let existing = properties.child(indent)
    let p = (existing?.prefix ?? properties.prefix).map { $0 + ":" } ?? ""
    // the template's other indents stay; the right one is the placement's (twips, and in 字 of 320 twips)
    var start = Array("<\(p)ind".utf8)
    for name in existing?.attributeNames ?? [] where name.namespace == W.ns && !["right", "rightChars", "end", "endChars"].contains(name.localName) {
      start += " \(p)\(name.localName)=\"".utf8
      XMLEscaping.appendAttribute(existing?.attribute(name) ?? "", to: &start)
      start += "\"".utf8
    }
    let line = SignatureLine(role: role, original: existing.map { XMLSerializer.bytes(of: $0) } ?? [],
                             placed: [start + " \(p)right=\"".utf8, Array("\" \(p)rightChars=\"".utf8), Array("\"/>".utf8)])
    var edits: [PartEdit] = []
    if let existing {
      edits.append(.replaceWithHook(existing, .signatureLine(line)))
    } else {
      edits.append(slot(for: "ind", in: properties, .signatureLine(line)))
    }
    paragraph.walk { node in
      if node.isText, node.parent?.is(W.t) == true, !node.text.isEmpty { edits.append(.hookBefore(node, .printedText(node.text))) }
      return !node.is(W.pPr) && !node.is(W.name("drawing")) && !node.is(W.name("txbxContent"))
    }
    edits.append(.hookAtEnd(of: paragraph, .signatureLineEnd))
    return edits
  }

  /// `w:keepNext` through a hook, unless the paragraph has it already.
  private static func keepEdits(_ paragraph: XMLNode, lastRepetitionOnly: Bool) -> [PartEdit] {
    let properties = paragraph.child(W.pPr)
    if let own = properties?.child(keepNext), !["0", "false", "off"].contains(own.attribute(W.val) ?? "") { return [] }
    let prefix = (properties?.prefix ?? paragraph.prefix).map { $0 + ":" } ?? ""
    let hook = HookKind.keepWithNext(kept: Array("<\(prefix)keepNext/>".utf8), otherwise: [], lastRepetitionOnly: lastRepetitionOnly)
    if let properties {
      var edits: [PartEdit] = []
      if let own = properties.child(keepNext) { edits.append(.remove(own)) }
      return edits + [slot(for: "keepNext", in: properties, hook)]
    }
    guard let made = paragraph.document.makeElement(W.pPr, context: paragraph, preferredPrefix: paragraph.prefix ?? "w") else { return [] }
    let place: PartEdit = paragraph.firstChild.map { .moveBefore(made, $0) } ?? .append(made, to: paragraph)
    return [place, .hookAtEnd(of: made, hook)]
  }

  /// A hook where `name` belongs among the paragraph properties (ECMA-376 CT_PPr order).
  private static func slot(for name: String, in properties: XMLNode, _ hook: HookKind) -> PartEdit {
    let rank = order.firstIndex(of: name) ?? 0
    let later = properties.elementChildren.first { child in
      child.namespaceURI == W.ns && (order.firstIndex(of: child.localName) ?? order.count) > rank
    }
    return later.map { .hookBefore($0, hook) } ?? .hookAtEnd(of: properties, hook)
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

  /// The children of `w:pPr` in the order of the schema (ECMA-376 CT_PPr).
  static let order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
                      "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
                      "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                      "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                      "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                      "rPr", "sectPr", "pPrChange"]
}
