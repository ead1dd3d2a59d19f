/// Reads where Word places shapes anchored to the page: a text box's top (its inner margin
/// included) and filled rectangles (the 信函's red double lines), in millimetres.
enum WordAnchoredShapes {
  static let shapeNS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
  private static let emuPerMillimetre = 36_000.0

  /// The `wp:anchor` or `wp:inline` around `node`.
  static func anchor(of node: XMLNode) -> XMLNode? {
    var current = node.parent
    while let candidate = current, !(candidate.namespaceURI == W.drawingNS && ["anchor", "inline"].contains(candidate.localName)) {
      current = candidate.parent
    }
    return current
  }

  /// An anchor's offset from the page's edge along `axis` (`positionH`, `positionV`), in millimetres;
  /// nil unless it is placed from the page.
  static func pageOffset(_ anchor: XMLNode?, _ axis: String) -> Double? {
    guard let position = anchor?.child(XMLName(W.drawingNS, axis)), position.attribute(XMLName("", "relativeFrom")) == "page",
      let offset = position.child(XMLName(W.drawingNS, "posOffset")).flatMap({ Double($0.text) })
    else { return nil }
    return offset / emuPerMillimetre
  }

  /// The top of a text box's text from the page's top: its anchor's offset plus the inner top margin
  /// (`bodyPr tIns`, 0.05 inch when unset).
  static func textTop(_ content: XMLNode) -> Double? {
    guard let top = pageOffset(anchor(of: content), "positionV") else { return nil }
    let shape = content.parent?.parent
    let inset = shape?.child(XMLName(shapeNS, "bodyPr"))?.attribute(XMLName("", "tIns")).flatMap(Double.init) ?? 45_720
    return top + inset / emuPerMillimetre
  }

  /// A shape (`wps:wsp`) without text, filled and anchored to the page, as a rule.
  static func rule(_ shape: XMLNode) -> DocumentLayout.Rule? {
    guard shape.namespaceURI == shapeNS, shape.localName == "wsp", shape.child(XMLName(shapeNS, "txbx")) == nil else { return nil }
    let anchor = anchor(of: shape)
    guard let left = pageOffset(anchor, "positionH"), let top = pageOffset(anchor, "positionV"),
      let extent = anchor?.child(XMLName(W.drawingNS, "extent")),
      let width = extent.attribute(XMLName("", "cx")).flatMap(Double.init), let height = extent.attribute(XMLName("", "cy")).flatMap(Double.init)
    else { return nil }
    let fill = shape.child(XMLName(shapeNS, "spPr"))?.child(XMLName(drawingML, "solidFill"))
    let color = fill?.child(XMLName(drawingML, "srgbClr"))?.attribute(XMLName("", "val"))?.uppercased()
    return DocumentLayout.Rule(left: left, top: top, width: width / emuPerMillimetre, height: height / emuPerMillimetre,
                               color: fill == nil ? nil : color ?? "000000")
  }
}
