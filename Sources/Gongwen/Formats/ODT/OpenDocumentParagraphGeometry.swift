/// Reads where an OpenDocument paragraph puts its text and lines: space before and after, right
/// indent, bottom border width and padding, page breaks, keep-with-next and a frame anchored in it.
struct OpenDocumentParagraphGeometry {
  let styles: OpenDocumentStyleSheet

  func read(_ node: XMLNode, style: String?, into paragraph: inout DocumentLayout.Paragraph) {
    let fo = OpenDocumentStyleSheet.foNS
    func points(_ name: String) -> Double? {
      styles.paragraphAttribute(XMLName(fo, name), paragraphStyle: style).flatMap(OpenDocumentStyleSheet.points)
    }
    paragraph.spaceBefore = points("margin-top") ?? 0
    paragraph.spaceAfter = points("margin-bottom") ?? 0
    paragraph.rightIndent = points("margin-right") ?? 0
    if paragraph.bottomBorderColor != nil,
      let border = styles.paragraphAttribute(XMLName(fo, "border-bottom"), paragraphStyle: style)
        ?? styles.paragraphAttribute(XMLName(fo, "border"), paragraphStyle: style)
    {
      // `0.53mm solid #ff0000`: the first length is the width
      paragraph.bottomBorderWidth = border.split(separator: " ").lazy.compactMap { OpenDocumentStyleSheet.points(String($0)) }.first
      paragraph.bottomBorderSpace = points("padding-bottom") ?? points("padding") ?? 0
    }
    paragraph.pageBreakBefore = styles.paragraphAttribute(XMLName(fo, "break-before"), paragraphStyle: style) == "page"
    paragraph.keepWithNext = styles.paragraphAttribute(XMLName(fo, "keep-with-next"), paragraphStyle: style) == "always"
    paragraph.picture = picture(in: node)
    // LibreOffice measures tab stops from the paragraph's left margin
    let left = points("margin-left") ?? 0
    paragraph.tabStops = styles.tabStops(paragraphStyle: style)?.map { left + $0 }
  }

  /// The first frame (`draw:frame`) anchored in the paragraph.
  private func picture(in paragraph: XMLNode) -> DocumentLayout.Picture? {
    var frame: XMLNode?
    paragraph.walk { node in
      guard node.isElement, frame == nil else { return false }
      if node.namespaceURI == ODF.drawNS && node.localName == "frame" {
        if node.elementChildren.contains(where: { $0.namespaceURI == ODF.drawNS && $0.localName == "image" }) { frame = node }
        return false
      }
      return true
    }
    guard let frame else { return nil }
    let graphicStyle = frame.attribute(XMLName(ODF.drawNS, "style-name"))
    let behind = styles.graphicAttribute(XMLName(ODF.styleNS, "run-through"), graphicStyle: graphicStyle) == "background"
      && styles.graphicAttribute(XMLName(ODF.styleNS, "wrap"), graphicStyle: graphicStyle) == "run-through"
    let width = frame.attribute(XMLName(ODF.svgNS, "width")).flatMap(OpenDocumentStyleSheet.points)
    var centre: Double?
    if styles.graphicAttribute(XMLName(ODF.styleNS, "horizontal-rel"), graphicStyle: graphicStyle) == "page-content",
      let x = frame.attribute(XMLName(ODF.svgNS, "x")).flatMap(OpenDocumentStyleSheet.points), let width
    {
      centre = x + width / 2
    }
    return DocumentLayout.Picture(behindText: behind, width: width, centre: centre)
  }
}
