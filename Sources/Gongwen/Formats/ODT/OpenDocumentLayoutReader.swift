import GongwenTemplate
/// Reads the layout facts of an OpenDocument text: the page layouts of its master pages, the body
/// paragraphs with their effective fonts, sizes and line spacing, and the page numbers in the footers.
struct OpenDocumentLayoutReader {
  let package: TemplatePackage

  func read() throws -> DocumentLayout {
    guard let content = try package.xml("content.xml")?.root else {
      throw PackageError(.missingPart, file: package.file, part: "content.xml", detail: PackagePhrase.noContentXML.phrase())
    }
    let stylesRoot = try package.xml("styles.xml")?.root
    var contentStyles = OpenDocumentStyleSheet()
    contentStyles.add(stylesRoot)
    contentStyles.add(content)
    var layout = DocumentLayout()
    layout.paragraphs = paragraphs(content, styles: contentStyles)
    layout.textBoxes = textBoxes(content, styles: contentStyles)
    layout.rules = rules(content, styles: contentStyles)
    var footerStyles = OpenDocumentStyleSheet()
    footerStyles.add(stylesRoot)
    let masters = stylesRoot?.elementChildren.first { $0.namespaceURI == ODF.officeNS && $0.localName == "master-styles" }
    for master in masters?.elementChildren ?? [] where master.namespaceURI == ODF.styleNS && master.localName == "master-page" {
      let name = master.attribute(XMLName(ODF.styleNS, "name")) ?? "?"
      let footer = master.child(XMLName(ODF.styleNS, "footer"))
      if let layoutName = master.attribute(XMLName(ODF.styleNS, "page-layout-name")),
        let pageLayout = footerStyles.style("page-layout", layoutName)
      {
        let content = footer.map { contentHeight($0, styles: footerStyles) }
        var page = page(pageLayout, name: .pageStyle(name), footerContent: content)
        // a master page that hands over to another serves one page: the first, as a letter's
        let next = master.attribute(XMLName(ODF.styleNS, "next-style-name"))
        page.isFirstPage = next != nil && next != name
        layout.pages.append(page)
      }
      // master pages without a footer (a letter's first page) show no number by design
      guard let footer, footer.attribute(XMLName(ODF.styleNS, "display")) != "false" else { continue }
      let left = master.child(XMLName(ODF.styleNS, "footer-left"))
      if left != nil { layout.evenPagesDiffer = true }
      layout.pageNumbers.append(pageNumber(footer, pages: left != nil ? "odd" : "all", styles: footerStyles))
      if let left { layout.pageNumbers.append(pageNumber(left, pages: "even", styles: footerStyles)) }
    }
    return layout
  }

  /// The text boxes (`draw:text-box` in a `draw:frame`) of the body with their paragraphs.
  private func textBoxes(_ root: XMLNode, styles: OpenDocumentStyleSheet) -> [DocumentLayout.TextBox] {
    var boxes: [DocumentLayout.TextBox] = []
    root.walk { node in
      guard node.isElement else { return false }
      guard node.namespaceURI == ODF.drawNS, node.localName == "text-box", let frame = node.parent else { return !node.is(ODF.table) }
      let frameStyle = frame.attribute(XMLName(ODF.drawNS, "style-name"))
      let vertical = styles.graphicAttribute(XMLName(ODF.styleNS, "vertical-pos"), graphicStyle: frameStyle)
      let relative = styles.graphicAttribute(XMLName(ODF.styleNS, "vertical-rel"), graphicStyle: frameStyle)
      // a frame placed from the page's top: its text starts below its padding
      var pageTop: Double?
      if relative == "page", vertical == "from-top", let y = OpenDocumentStyleSheet.millimetres(frame.attribute(XMLName(ODF.svgNS, "y"))) {
        let fo = OpenDocumentStyleSheet.foNS
        let padding = styles.graphicAttribute(XMLName(fo, "padding-top"), graphicStyle: frameStyle) ?? styles.graphicAttribute(XMLName(fo, "padding"), graphicStyle: frameStyle)
        pageTop = y + (OpenDocumentStyleSheet.millimetres(padding) ?? 0)
      }
      boxes.append(DocumentLayout.TextBox(width: OpenDocumentStyleSheet.millimetres(frame.attribute(XMLName(ODF.svgNS, "width"))),
                                          onBottomEdge: vertical.map { $0 == "bottom" && relative == "page-content" }, pageTop: pageTop,
                                          paragraphs: paragraphs(node, styles: styles)))
      return false
    }
    return boxes
  }

  /// Filled rectangles (`draw:rect`) placed from the page's corner.
  private func rules(_ root: XMLNode, styles: OpenDocumentStyleSheet) -> [DocumentLayout.Rule] {
    var rules: [DocumentLayout.Rule] = []
    root.walk { node in
      guard node.isElement else { return false }
      guard node.namespaceURI == ODF.drawNS, node.localName == "rect" else { return true }
      let style = node.attribute(XMLName(ODF.drawNS, "style-name"))
      func graphic(_ namespace: String, _ name: String) -> String? { styles.graphicAttribute(XMLName(namespace, name), graphicStyle: style) }
      func mm(_ name: String) -> Double? { OpenDocumentStyleSheet.millimetres(node.attribute(XMLName(ODF.svgNS, name))) }
      guard graphic(ODF.styleNS, "vertical-rel") == "page", graphic(ODF.styleNS, "horizontal-rel") == "page",
        let left = mm("x"), let top = mm("y"), let width = mm("width"), let height = mm("height")
      else { return false }
      let solid = graphic(ODF.drawNS, "fill") == "solid"
      let color = graphic(ODF.drawNS, "fill-color").map { $0.replacingOccurrences(of: "#", with: "").uppercased() }
      rules.append(DocumentLayout.Rule(left: left, top: top, width: width, height: height, color: solid ? color ?? "000000" : nil))
      return false
    }
    return rules
  }

  private func paragraphs(_ root: XMLNode, styles: OpenDocumentStyleSheet) -> [DocumentLayout.Paragraph] {
    var result: [DocumentLayout.Paragraph] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(ODF.table) || node.localName == "note" || node.localName == "annotation" { return false }
      if node.namespaceURI == ODF.drawNS { return node == root }
      guard node.is(ODF.p) || node.is(ODF.h) else { return true }
      let style = node.attribute(XMLName(ODF.textNS, "style-name"))
      var runs: [DocumentLayout.Run] = []
      collect(node, textStyles: [], paragraphStyle: style, styles: styles, into: &runs)
      let named = style.flatMap { styles.style("paragraph", $0) }
      let parent = named?.attribute(XMLName(ODF.styleNS, "parent-style-name"))
      let isTitle = style == OfficialRole.title.paragraphStyle || parent == OfficialRole.title.paragraphStyle
      var paragraph = DocumentLayout.Paragraph(index: result.count + 1, runs: runs, lineSpacing: styles.lineSpacing(paragraphStyle: style),
                                               isTitle: isTitle, bottomBorderColor: styles.bottomBorderColor(paragraphStyle: style),
                                               firstLineIndent: styles.paragraphLength("text-indent", paragraphStyle: style),
                                               leftIndent: styles.paragraphLength("margin-left", paragraphStyle: style),
                                               alignment: styles.alignment(paragraphStyle: style))
      OpenDocumentParagraphGeometry(styles: styles).read(node, style: style, into: &paragraph)
      if paragraph.runs.isEmpty { paragraph.emptySize = styles.size(paragraphStyle: style, textStyles: []) }
      result.append(paragraph)
      return false
    }
    return result
  }

  /// Text runs of a paragraph, split where the span styles change.
  private func collect(_ node: XMLNode, textStyles: [String], paragraphStyle: String?, styles: OpenDocumentStyleSheet,
                       into runs: inout [DocumentLayout.Run]) {
    for child in node.children {
      var text = ""
      if child.isText {
        text = child.text
      } else if child.isElement, child.namespaceURI == ODF.textNS {
        switch child.localName {
        case "span", "a":
          let name = child.attribute(XMLName(ODF.textNS, "style-name"))
          collect(child, textStyles: textStyles + (name.map { [$0] } ?? []), paragraphStyle: paragraphStyle, styles: styles, into: &runs)
          continue
        case "s": text = " "
        case "tab": text = "\t"
        case "page-number": text = "#"
        case "note", "annotation", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break": continue
        default: text = child.text
        }
      }
      guard !text.isEmpty else { continue }
      runs.append(DocumentLayout.Run(text: text, font: styles.font(paragraphStyle: paragraphStyle, textStyles: textStyles),
                                     size: styles.size(paragraphStyle: paragraphStyle, textStyles: textStyles),
                                     letterSpacing: styles.letterSpacing(paragraphStyle: paragraphStyle, textStyles: textStyles),
                                     color: styles.color(paragraphStyle: paragraphStyle, textStyles: textStyles)))
    }
  }

  private func pageNumber(_ footer: XMLNode, pages: String, styles: OpenDocumentStyleSheet) -> DocumentLayout.PageNumber {
    var found = DocumentLayout.PageNumber(pages: pages, text: "", hasPageField: false, size: nil, alignment: nil)
    footer.walk { node in
      guard node.isElement, !found.hasPageField else { return false }
      guard node.is(ODF.p) || node.is(ODF.h) else { return true }
      // a landscape page's number stands in a turned shape anchored in the footer's paragraph
      if node.elementChildren.contains(where: { $0.namespaceURI == ODF.drawNS && $0.localName == "custom-shape" }) { return true }
      var hasField = false
      node.walk { inner in
        if inner.isElement, inner.namespaceURI == ODF.textNS, inner.localName == "page-number" { hasField = true }
        return inner.isElement
      }
      let style = node.attribute(XMLName(ODF.textNS, "style-name"))
      var runs: [DocumentLayout.Run] = []
      collect(node, textStyles: [], paragraphStyle: style, styles: styles, into: &runs)
      let text = runs.map(\.text).joined()
      if hasField || found.text.isEmpty {
        found = DocumentLayout.PageNumber(pages: pages, text: text, hasPageField: hasField,
                                          size: runs.first { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }?.size,
                                          alignment: styles.alignment(paragraphStyle: style))
      }
      return false
    }
    return found
  }

  /// The height in millimetres of a footer's first paragraph: its exact line height, or 1.2 × its size.
  private func contentHeight(_ footer: XMLNode, styles: OpenDocumentStyleSheet) -> Double {
    guard let paragraph = footer.elementChildren.first(where: { $0.is(ODF.p) || $0.is(ODF.h) }) else { return 0 }
    let style = paragraph.attribute(XMLName(ODF.textNS, "style-name"))
    if case .exact(let points)? = styles.lineSpacing(paragraphStyle: style) { return points / 72 * 25.4 }
    return (styles.size(paragraphStyle: style, textStyles: []) ?? 0) * 1.2 / 72 * 25.4
  }

  /// A page layout's geometry. The body ends above the footer: LibreOffice makes a footer
  /// `fo:min-height` tall (spacing included) or, when its content needs more, content plus spacing
  /// (content alone with `style:dynamic-spacing`, as Word documents are imported).
  private func page(_ layout: XMLNode, name: DocumentLayout.Page.Name, footerContent: Double?) -> DocumentLayout.Page {
    let fo = OpenDocumentStyleSheet.foNS
    let properties = layout.child(XMLName(ODF.styleNS, "page-layout-properties"))
    func mm(_ attribute: String) -> Double? { OpenDocumentStyleSheet.millimetres(properties?.attribute(XMLName(fo, attribute))) }
    var bottom = mm("margin-bottom")
    if let content = footerContent,
      let footer = layout.child(XMLName(ODF.styleNS, "footer-style"))?.child(XMLName(ODF.styleNS, "header-footer-properties"))
    {
      let minimum = OpenDocumentStyleSheet.millimetres(footer.attribute(XMLName(fo, "min-height")) ?? footer.attribute(XMLName(ODF.svgNS, "height"))) ?? 0
      let spacing = OpenDocumentStyleSheet.millimetres(footer.attribute(XMLName(fo, "margin-top"))) ?? 0
      let dynamic = footer.attribute(XMLName(ODF.styleNS, "dynamic-spacing")) == "true"
      bottom = bottom.map { $0 + max(minimum, dynamic ? content : content + spacing) }
    }
    return DocumentLayout.Page(name: name, width: mm("page-width"), height: mm("page-height"), top: mm("margin-top"),
                               bottom: bottom, left: mm("margin-left"), right: mm("margin-right"))
  }
}
