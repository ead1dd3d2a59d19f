/// Puts a landscape master page's page numbers at the page's side, where portrait pages have them
/// (GB/T 9704-2012 8), as the Word landscape footers do: each footer paragraph's text moves into a
/// rectangle shape placed on the page (`draw:custom-shape`) whose text is turned a quarter
/// (`draw:text-rotate-angle`), odd pages at the left edge with the number's end at 179 mm down,
/// reading top to bottom, even pages at the right edge reading bottom to top. LibreOffice 7.4
/// turns neither a text frame's text in a footer (`style:writing-mode`) nor rotated characters in one
/// (`style:text-rotation-angle`), and prints the page-number field of a shape only when the shape's
/// graphic style derives from `Frame` (blank without). The geometry is the `ooxml-rect` LibreOffice
/// itself writes for the shapes it imports from Word.
enum OpenDocumentLandscapeNumber {
  static let shapeStyle = "GongwenLandscapeNumberShape"
  /// Per side: footer element, shape name, paragraph style, base style, alignment, x, y, turn.
  private static let sides = [
    ("footer", "页码（横排奇数页）", "GongwenLandscapeNumberOdd", "GongwenPageNumberOdd", "end", "2.45cm", "14.0cm", "-90"),
    ("footer-left", "页码（横排偶数页）", "GongwenLandscapeNumberEven", "GongwenPageNumberEven", "start", "26.61cm", "13.8cm", "-270"),
  ]

  /// Moves the numbers of `master` (a copy of the portrait master page) into turned shapes and adds
  /// their styles to `automatic`.
  static func turn(_ master: XMLNode, automatic: XMLNode) {
    guard let root = master.document.root, root.ensureNamespace(prefix: "draw", uri: ODF.drawNS),
      root.ensureNamespace(prefix: "svg", uri: ODF.svgNS), root.ensureNamespace(prefix: "fo", uri: ODF.foNS)
    else { return }
    let style = XMLName(ODF.styleNS, "style"), name = XMLName(ODF.styleNS, "name"), family = XMLName(ODF.styleNS, "family")
    let graphic = automatic.appendElement(style, [(name, shapeStyle), (family, "graphic"), (XMLName(ODF.styleNS, "parent-style-name"), "Frame")])
    graphic?.appendElement(XMLName(ODF.styleNS, "graphic-properties"), [
      (XMLName(ODF.drawNS, "stroke"), "none"), (XMLName(ODF.drawNS, "fill"), "none"), (XMLName(ODF.drawNS, "textarea-vertical-align"), "middle"),
      (XMLName(ODF.drawNS, "auto-grow-height"), "false"), (XMLName(ODF.foNS, "padding"), "0cm"),
      (XMLName(ODF.styleNS, "run-through"), "foreground"), (XMLName(ODF.styleNS, "wrap"), "run-through"),
      (XMLName(ODF.styleNS, "vertical-pos"), "from-top"), (XMLName(ODF.styleNS, "vertical-rel"), "page"),
      (XMLName(ODF.styleNS, "horizontal-pos"), "from-left"), (XMLName(ODF.styleNS, "horizontal-rel"), "page"),
      (XMLName(ODF.styleNS, "flow-with-text"), "false"),
    ])
    for (element, shapeName, paragraphStyle, base, alignment, x, y, angle) in sides {
      guard let footer = master.child(XMLName(ODF.styleNS, element)), let number = footer.child(ODF.p) else { continue }
      let paragraph = automatic.appendElement(style, [(name, paragraphStyle), (family, "paragraph"), (XMLName(ODF.styleNS, "parent-style-name"), base)])
      paragraph?.appendElement(XMLName(ODF.styleNS, "paragraph-properties"), [
        (XMLName(ODF.foNS, "margin-left"), "0cm"), (XMLName(ODF.foNS, "margin-right"), "0cm"), (XMLName(ODF.foNS, "text-align"), alignment),
      ])
      guard let shape = number.appendElement(XMLName(ODF.drawNS, "custom-shape"), [
        (XMLName(ODF.textNS, "anchor-type"), "char"), (XMLName(ODF.drawNS, "z-index"), "7"), (XMLName(ODF.drawNS, "name"), shapeName),
        (XMLName(ODF.drawNS, "style-name"), shapeStyle), (XMLName(ODF.drawNS, "text-style-name"), paragraphStyle),
        (XMLName(ODF.svgNS, "width"), "0.64cm"), (XMLName(ODF.svgNS, "height"), "3.906cm"), (XMLName(ODF.svgNS, "x"), x), (XMLName(ODF.svgNS, "y"), y),
      ]), let text = shape.appendElement(ODF.p, [(XMLName(ODF.textNS, "style-name"), paragraphStyle)])
      else { continue }
      for child in number.children where child != shape {
        child.unlink()
        text.append(child)
      }
      let geometry = shape.appendElement(XMLName(ODF.drawNS, "enhanced-geometry"), [
        (XMLName(ODF.drawNS, "text-rotate-angle"), angle), (XMLName(ODF.drawNS, "text-areas"), "0 0 ?f3 ?f2"), (XMLName(ODF.svgNS, "viewBox"), "0 0 0 0"),
        (XMLName(ODF.drawNS, "type"), "ooxml-rect"), (XMLName(ODF.drawNS, "enhanced-path"), "M 0 0 L ?f3 0 ?f3 ?f2 0 ?f2 Z N"),
      ])
      for (index, formula) in ["logwidth/2", "logheight/2", "logheight", "logwidth"].enumerated() {
        geometry?.appendElement(XMLName(ODF.drawNS, "equation"), [(XMLName(ODF.drawNS, "name"), "f\(index)"), (XMLName(ODF.drawNS, "formula"), formula)])
      }
    }
  }
}
