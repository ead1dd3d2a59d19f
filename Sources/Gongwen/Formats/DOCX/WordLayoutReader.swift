import GongwenTemplate
/// Reads the layout facts of a Word document: sections' page geometry, the body paragraphs with
/// their effective fonts, sizes and line spacing, and the page numbers in the footers.
struct WordLayoutReader {
  let package: TemplatePackage

  func read() throws -> DocumentLayout {
    let relationships = try Relationships.read(for: "", in: package)
    guard let main = relationships.first(where: { OPC.officeDocument.contains($0.type) && !$0.isExternal })?.target,
      let document = try package.xml(main), let body = document.root?.child(W.name("body"))
    else {
      throw PackageError(.missingPart, file: package.file, part: "word/document.xml", detail: PackagePhrase.noMainDocument.phrase())
    }
    let parts = try Relationships.read(for: main, in: package)
    func part(_ type: String) throws -> XMLDocument? {
      guard let target = parts.first(where: { $0.shortType == type && !$0.isExternal })?.target else { return nil }
      return try package.xml(target)
    }
    var styles = WordStyleSheet(root: try part("styles")?.root)
    styles.readThemeFonts(try part("theme")?.root)
    var layout = DocumentLayout()
    let settings = try part("settings")?.root
    let gutterAtTop = settings?.child(W.name("gutterAtTop")).map { !["0", "false", "off"].contains($0.attribute(W.val) ?? "1") } ?? false
    // the type area's bottom edge from the page's top, in millimetres (the body's last section)
    let extent = WordFooterExtent(styles: styles)
    func footers(_ section: XMLNode) throws -> [String: XMLNode] {
      var found: [String: XMLNode] = [:]
      for reference in section.elementChildren where reference.is(W.name("footerReference")) {
        if let type = reference.attribute(W.name("type")), let id = reference.attribute(XMLName(W.relationshipsNS, "id")),
          let target = parts.first(where: { $0.id == id })?.target, let root = try package.xml(target)?.root
        {
          found[type] = root
        }
      }
      return found
    }
    // a section's page, its body ending above its footer (and its first page's, when that differs)
    func pages(_ section: XMLNode, name: DocumentLayout.Page.Name) throws -> [DocumentLayout.Page] {
      var page = page(section, name: name, gutterAtTop: gutterAtTop)
      let roots = try footers(section)
      page.bottom = extent.bodyBottom(section: section, footer: roots["default"]) ?? page.bottom
      let titlePage = section.child(W.name("titlePg")).map { !["0", "false", "off"].contains($0.attribute(W.val) ?? "1") } ?? false
      guard titlePage, let bottom = extent.bodyBottom(section: section, footer: roots["first"]), abs(bottom - (page.bottom ?? bottom)) > 0.05
      else { return [page] }
      var first = page
      first.bottom = bottom
      first.isFirstPage = true
      return [page, first]
    }
    let lastPage = try body.child(W.name("sectPr")).map { try pages($0, name: .document)[0] }
    let bottomEdge = lastPage.flatMap { page in page.height.flatMap { height in page.bottom.map { height - $0 } } }
    var sections: [XMLNode] = []
    var index = 0
    var breakBefore = false
    body.walk { node in
      guard node.isElement else { return false }
      if node.is(W.tbl) { return false }
      if node.is(W.txbxContent) {
        layout.textBoxes.append(textBox(node, styles: styles, bottomEdge: bottomEdge))
        return false
      }
      // the VML fallback repeats the text box of its choice
      if node.namespaceURI == MC.ns && node.localName == "Fallback" { return false }
      if let rule = WordAnchoredShapes.rule(node) {
        layout.rules.append(rule)
        return false
      }
      if node.localName == "sectPr" && node.namespaceURI == W.ns { sections.append(node); return false }
      if node.is(W.p) {
        index += 1
        var read = paragraph(node, index: index, styles: styles)
        read.pageBreakBefore = read.pageBreakBefore || breakBefore
        breakBefore = WordParagraphGeometry.endsWithPageBreak(node)
        layout.paragraphs.append(read)
      }
      return true
    }
    for (number, section) in sections.enumerated() {
      layout.pages += try pages(section, name: sections.count == 1 ? .document : .section(number + 1))
    }
    if let last = sections.last {
      if let grid = last.child(W.name("docGrid")), ["lines", "linesAndChars", "snapToChars"].contains(grid.attribute(W.name("type")) ?? ""),
        let pitch = grid.attribute(W.name("linePitch")).flatMap(Double.init)
      {
        layout.gridPitch = pitch / 20
        layout.characterGrid = grid.attribute(W.name("type")) != "lines"
      }
      let flag = settings?.child(W.name("evenAndOddHeaders"))
      layout.evenPagesDiffer = flag.map { !["0", "false", "off"].contains($0.attribute(W.val) ?? "1") } ?? false
      var footers: [String: String] = [:]
      for reference in last.elementChildren where reference.is(W.name("footerReference")) {
        if let type = reference.attribute(W.name("type")), let id = reference.attribute(XMLName(W.relationshipsNS, "id")),
          let target = parts.first(where: { $0.id == id })?.target
        {
          footers[type] = target
        }
      }
      let wanted = layout.evenPagesDiffer ? [("default", "odd"), ("even", "even")] : [("default", "all")]
      for (type, pages) in wanted {
        let root = try footers[type].flatMap { try package.xml($0) }?.root
        layout.pageNumbers.append(WordPageNumberReader.read(root, pages: pages, styles: styles))
      }
      layout.pageNumbers.removeAll { !$0.hasPageField && $0.text.isEmpty && $0.pages == "all" }
      // Word's own "- 1 -" format (w:pgNumType w:fmt="numberInDash") prints the dashes around the field
      if last.child(W.name("pgNumType"))?.attribute(W.name("fmt")) == "numberInDash" {
        for index in layout.pageNumbers.indices where layout.pageNumbers[index].text.trimmingCharacters(in: .whitespaces) == "#" {
          layout.pageNumbers[index].text = "— # —"
        }
      }
    }
    return layout
  }

  private func paragraph(_ node: XMLNode, index: Int, styles: WordStyleSheet) -> DocumentLayout.Paragraph {
    var runs: [DocumentLayout.Run] = []
    node.walk { child in
      guard child.isElement else { return false }
      if child != node, child.is(W.p) { return false }
      if child.localName == "del" || child.is(W.pPr) { return false }
      if child.is(W.r) {
        let text = WordPageNumberReader.text(of: child)
        if !text.isEmpty {
          let font = styles.eastAsianFont(child, paragraph: node)
          runs.append(DocumentLayout.Run(text: text, font: font.name,
                                         size: styles.size(child, paragraph: node),
                                         letterSpacing: styles.letterSpacing(child, paragraph: node),
                                         color: styles.color(child, paragraph: node), themeFont: font.themeSlot))
        }
        return false
      }
      return true
    }
    // a heading numbered by Word list numbering has no 一、 in its text: its outline level says the level
    var listHeading: Int?
    if styles.paragraphProperty(node, { $0.child(W.numPr) }) != nil,
      let level = styles.paragraphProperty(node, { $0.child(W.name("outlineLvl"))?.attribute(W.val).flatMap(Int.init) }), (0...3).contains(level)
    {
      listHeading = level + 1
    }
    // list numbering sets its own indents
    let numbered = styles.paragraphProperty(node, { $0.child(W.numPr) }) != nil
    let characterSize = runs.first?.size ?? styles.paragraphSize(node) ?? 16
    var read = DocumentLayout.Paragraph(index: index, runs: runs, lineSpacing: styles.lineSpacing(node), listHeadingLevel: listHeading,
                                        isTitle: styles.paragraphStyle(of: node) == OfficialRole.title.paragraphStyle,
                                        bottomBorderColor: styles.bottomBorderColor(node),
                                        firstLineIndent: numbered ? nil : styles.firstLineIndent(node, characterSize: characterSize),
                                        leftIndent: numbered ? nil : styles.leftIndent(node, characterSize: characterSize),
                                        alignment: styles.alignment(node))
    WordParagraphGeometry(styles: styles).read(node, characterSize: characterSize, into: &read)
    if runs.isEmpty { read.emptySize = styles.paragraphSize(node) }
    return read
  }

  /// A text box's paragraphs, width and place, from its `w:txbxContent` and the `wp:anchor` around it.
  private func textBox(_ content: XMLNode, styles: WordStyleSheet, bottomEdge: Double?) -> DocumentLayout.TextBox {
    var paragraphs: [DocumentLayout.Paragraph] = []
    content.walk { node in
      guard node.isElement else { return false }
      if node.is(W.p) {
        paragraphs.append(paragraph(node, index: paragraphs.count + 1, styles: styles))
        return false
      }
      return !node.is(W.tbl)
    }
    let anchor = WordAnchoredShapes.anchor(of: content)
    let emu = 36_000.0
    let extent = anchor?.child(XMLName(W.drawingNS, "extent"))
    let width = extent?.attribute(XMLName("", "cx")).flatMap(Double.init).map { $0 / emu }
    var onBottomEdge: Bool?
    if let vertical = anchor?.child(XMLName(W.drawingNS, "positionV")) {
      let from = vertical.attribute(XMLName("", "relativeFrom"))
      if let offset = vertical.child(XMLName(W.drawingNS, "posOffset")).flatMap({ Double($0.text) }), from == "page",
        let height = extent?.attribute(XMLName("", "cy")).flatMap(Double.init), let edge = bottomEdge
      {
        onBottomEdge = abs((offset + height) / emu - edge) <= GBT9704Check.positionTolerance + 0.05
      } else if let align = vertical.child(XMLName(W.drawingNS, "align"))?.text {
        onBottomEdge = align == "bottom" && from == "margin"
      }
    }
    return DocumentLayout.TextBox(width: width, onBottomEdge: onBottomEdge, pageTop: WordAnchoredShapes.textTop(content), paragraphs: paragraphs)
  }

  private func page(_ section: XMLNode, name: DocumentLayout.Page.Name, gutterAtTop: Bool) -> DocumentLayout.Page {
    func mm(_ element: String, _ attribute: String) -> Double? {
      section.child(W.name(element))?.attribute(W.name(attribute)).flatMap(Double.init).map { abs($0) / 1440 * 25.4 }
    }
    // a gutter adds to the binding edge's margin (the left one, unless it is at the top)
    let gutter = mm("pgMar", "gutter") ?? 0
    var top = mm("pgMar", "top"), left = mm("pgMar", "left")
    if gutterAtTop { top = top.map { $0 + gutter } } else { left = left.map { $0 + gutter } }
    return DocumentLayout.Page(name: name, width: mm("pgSz", "w"), height: mm("pgSz", "h"), top: top,
                               bottom: mm("pgMar", "bottom"), left: left, right: mm("pgMar", "right"))
  }
}
