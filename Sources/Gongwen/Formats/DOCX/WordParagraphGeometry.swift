/// Reads where a Word paragraph puts its text and lines: space before and after, right indent,
/// bottom border width and distance, page breaks, keep-with-next and a picture anchored in it.
struct WordParagraphGeometry {
  let styles: WordStyleSheet

  private static let wp = W.drawingNS
  /// English Metric Units in a point.
  private static let emuPerPoint = 12_700.0

  func read(_ node: XMLNode, characterSize: Double, into paragraph: inout DocumentLayout.Paragraph) {
    func twips(_ element: XMLNode?, _ name: String) -> Double? {
      element?.attribute(W.name(name)).flatMap(Double.init).map { $0 / 20 }
    }
    paragraph.spaceBefore = styles.paragraphProperty(node) { twips($0.child(W.name("spacing")), "before") } ?? 0
    paragraph.spaceAfter = styles.paragraphProperty(node) { twips($0.child(W.name("spacing")), "after") } ?? 0
    paragraph.rightIndent = styles.paragraphProperty(node) { pPr -> Double? in
      guard let ind = pPr.child(W.name("ind")) else { return nil }
      if let chars = ind.attribute(W.name("rightChars")).flatMap(Double.init), chars != 0 { return chars / 100 * characterSize }
      return twips(ind, "right") ?? twips(ind, "end")
    } ?? 0
    if paragraph.bottomBorderColor != nil {
      let border = styles.paragraphProperty(node) { $0.child(W.name("pBdr"))?.child(W.name("bottom")) }
      // w:sz is in eighths of a point, w:space in points
      paragraph.bottomBorderWidth = border?.attribute(W.name("sz")).flatMap(Double.init).map { $0 / 8 }
      paragraph.bottomBorderSpace = border?.attribute(W.name("space")).flatMap(Double.init) ?? 0
    }
    paragraph.pageBreakBefore = Self.isOn(styles.paragraphProperty(node) { $0.child(W.name("pageBreakBefore")) })
    paragraph.keepWithNext = Self.isOn(styles.paragraphProperty(node) { $0.child(W.name("keepNext")) })
    paragraph.picture = picture(in: node)
    // Word measures tab stops from the type area's left edge
    paragraph.tabStops = styles.paragraphProperty(node) { pPr -> [Double]? in
      pPr.child(W.name("tabs")).map { tabs in
        tabs.elementChildren.filter { $0.is(W.name("tab")) && $0.attribute(W.val) != "clear" }.compactMap { twips($0, "pos") }
      }
    }
  }

  /// An on/off property: present and not `0`, `false` or `off`.
  private static func isOn(_ element: XMLNode?) -> Bool {
    guard let element else { return false }
    return !["0", "false", "off"].contains(element.attribute(W.val) ?? "1")
  }

  /// Whether the paragraph's last break is a page break (`w:br w:type="page"`), so the next paragraph
  /// starts a page.
  static func endsWithPageBreak(_ paragraph: XMLNode) -> Bool {
    var found = false
    paragraph.walk { node in
      guard node.isElement else { return false }
      if node.localName == "br", node.namespaceURI == W.ns { found = node.attribute(W.name("type")) == "page" }
      if node.is(W.t) && !node.text.isEmpty { found = false }
      return !node.is(W.txbxContent)
    }
    return found
  }

  /// The first floating picture (`wp:anchor`) in the paragraph.
  private func picture(in paragraph: XMLNode) -> DocumentLayout.Picture? {
    var anchor: XMLNode?
    paragraph.walk { node in
      guard node.isElement, anchor == nil else { return false }
      if node.namespaceURI == Self.wp && node.localName == "anchor" { anchor = node; return false }
      return !node.is(W.txbxContent)
    }
    // a picture, not a text box or shape
    var isPicture = false
    anchor?.walk { node in
      if node.isElement, node.localName == "pic" { isPicture = true }
      return node.isElement && !isPicture
    }
    guard let anchor, isPicture else { return nil }
    let behind = ["1", "true", "on"].contains(anchor.attribute(XMLName("", "behindDoc")) ?? "0")
    let width = anchor.child(XMLName(Self.wp, "extent"))?.attribute(XMLName("", "cx")).flatMap(Double.init).map { $0 / Self.emuPerPoint }
    var centre: Double?
    if let horizontal = anchor.child(XMLName(Self.wp, "positionH")), horizontal.attribute(XMLName("", "relativeFrom")) == "margin",
      let offset = horizontal.child(XMLName(Self.wp, "posOffset")).flatMap({ Double($0.text) }), let width
    {
      centre = offset / Self.emuPerPoint + width / 2
    }
    return DocumentLayout.Picture(behindText: behind, width: width, centre: centre)
  }
}
