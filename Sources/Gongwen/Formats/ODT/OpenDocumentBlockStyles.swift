/// Adds the automatic styles structured content needs to a part that holds a block tag: page-break
/// variants of the paragraph styles, the table and cell styles, and GB/T 9704 stand-ins for the
/// styles the template lacks.
enum OpenDocumentBlockStyles {
  static let foNS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  /// Prefixes the inserted content is written with.
  static let prefixes: [(prefix: String, uri: String)] = [("text", ODF.textNS), ("table", ODF.tableNS),
                                                           ("style", ODF.styleNS), ("fo", foNS)]

  static func insert(_ catalog: OpenDocumentStyleCatalog, into part: RewrittenPart) throws {
    guard part.hasStructuredBlocks, let root = part.document.root else { return }
    try part.ensureBlockPrefixes(prefixes)
    guard let container = automaticStyles(in: root) else { return }
    for role in OpenDocumentStyleCatalog.paragraphRoles where !catalog.hasParagraphStyle(role) {
      paragraphStyle(catalog.paragraphStyle(role), role: role, parent: nil, pageBreak: false, in: container)
    }
    for role in OpenDocumentStyleCatalog.breakableRoles {
      let parent = catalog.hasParagraphStyle(role) ? role.paragraphStyle : nil
      paragraphStyle(catalog.paragraphStyle(role, pageBreak: true), role: role, parent: parent, pageBreak: true, in: container)
    }
    styleElement(OpenDocumentStyleCatalog.keptBodyStyle, family: "paragraph", parent: catalog.paragraphStyle(.body), in: container)?
      .appendElement(XMLName(ODF.styleNS, "paragraph-properties"), [(XMLName(foNS, "keep-with-next"), "always")])
    styleElement(OpenDocumentStyleCatalog.keptListStyle, family: "paragraph", parent: catalog.paragraphStyle(.list), in: container)?
      .appendElement(XMLName(ODF.styleNS, "paragraph-properties"), [(XMLName(foNS, "keep-with-next"), "always")])
    for level in 1...4 {
      let role = OfficialRole.heading(level)
      let name = catalog.textStyle(role)
      guard name.hasPrefix("Gw_"), let style = styleElement(name, family: "text", parent: nil, in: container) else { continue }
      style.appendElement(XMLName(ODF.styleNS, "text-properties"), textProperties(role))
    }
    for (name, pageBreak) in [(OpenDocumentStyleCatalog.tableStyle, false), (OpenDocumentStyleCatalog.tableBreakStyle, true)] {
      // "margins": the table fills the type area whatever the page layout
      var attributes = [(XMLName(ODF.styleNS, "width"), "15.6cm"), (XMLName(ODF.tableNS, "align"), "margins")]
      if pageBreak { attributes.append((XMLName(foNS, "break-before"), "page")) }
      styleElement(name, family: "table", parent: nil, in: container)?
        .appendElement(XMLName(ODF.styleNS, "table-properties"), attributes)
    }
    if let portrait = catalog.portraitMasterPage {
      let table = styleElement(OpenDocumentStyleCatalog.landscapeTableStyle, family: "table", parent: nil, in: container)
      table?.setAttribute(XMLName(ODF.styleNS, "master-page-name"), OpenDocumentStyleCatalog.landscapeMasterPage)
      table?.appendElement(XMLName(ODF.styleNS, "table-properties"),
                                                    [(XMLName(ODF.styleNS, "width"), "22.5cm"), (XMLName(ODF.tableNS, "align"), "margins"),
                                                     (XMLName(ODF.styleNS, "page-number"), "auto")])
      let after = styleElement(OpenDocumentStyleCatalog.afterLandscapeStyle, family: "paragraph", parent: catalog.paragraphStyle(.body), in: container)
      after?.setAttribute(XMLName(ODF.styleNS, "master-page-name"), portrait)
      // an empty line of no height: the portrait page's lines start where they always do
      after?.appendElement(XMLName(ODF.styleNS, "paragraph-properties"),
                           [(XMLName(ODF.styleNS, "page-number"), "auto"), (XMLName(foNS, "line-height"), "0.02cm")])
      after?.appendElement(XMLName(ODF.styleNS, "text-properties"),
                           [(XMLName(foNS, "font-size"), "1pt"), (XMLName(ODF.styleNS, "font-size-asian"), "1pt")])
    }
    styleElement(OpenDocumentStyleCatalog.rowStyle, family: "table-row", parent: nil, in: container)?
      .appendElement(XMLName(ODF.styleNS, "table-row-properties"), [(XMLName(foNS, "keep-together"), "always")])
    styleElement(OpenDocumentStyleCatalog.cellStyle, family: "table-cell", parent: nil, in: container)?
      .appendElement(XMLName(ODF.styleNS, "table-cell-properties"),
                     [(XMLName(foNS, "border"), "0.5pt solid #000000"), (XMLName(foNS, "padding"), "0.1cm"),
                      (XMLName(ODF.styleNS, "vertical-align"), "middle")])
  }

  /// The part's `office:automatic-styles`, made before the body or master pages when missing.
  private static func automaticStyles(in root: XMLNode) -> XMLNode? {
    if let existing = root.elementChildren.first(where: { $0.namespaceURI == ODF.officeNS && $0.localName == "automatic-styles" }) {
      return existing
    }
    guard let made = root.appendElement(XMLName(ODF.officeNS, "automatic-styles")) else { return nil }
    if let next = root.elementChildren.first(where: {
      $0.namespaceURI == ODF.officeNS && ["master-styles", "body"].contains($0.localName)
    }) {
      next.insertBefore(made)
    }
    return made
  }

  @discardableResult
  private static func styleElement(_ name: String, family: String, parent: String?, in container: XMLNode) -> XMLNode? {
    var attributes = [(XMLName(ODF.styleNS, "name"), name), (XMLName(ODF.styleNS, "family"), family)]
    if let parent { attributes.append((XMLName(ODF.styleNS, "parent-style-name"), parent)) }
    return container.appendElement(XMLName(ODF.styleNS, "style"), attributes)
  }

  private static func paragraphStyle(_ name: String, role: OfficialRole, parent: String?, pageBreak: Bool, in container: XMLNode) {
    guard let style = styleElement(name, family: "paragraph", parent: parent, in: container) else { return }
    var properties: [(XMLName, String)] = []
    if parent == nil {
      properties.append((XMLName(foNS, "line-height"), "\(format(role.linePitchPoints))pt"))
      properties.append((XMLName(foNS, "text-align"), role.centered ? "center" : "justify"))
      let indent = role.pointSize * Double(role.firstLineIndentCharacters)
      properties.append((XMLName(foNS, "text-indent"), "\(format(indent))pt"))
      if role.headingLevel != nil { properties.append((XMLName(foNS, "keep-with-next"), "always")) }
    }
    if pageBreak { properties.append((XMLName(foNS, "break-before"), "page")) }
    style.appendElement(XMLName(ODF.styleNS, "paragraph-properties"), properties)
    if parent == nil { style.appendElement(XMLName(ODF.styleNS, "text-properties"), textProperties(role)) }
  }

  private static func textProperties(_ role: OfficialRole) -> [(XMLName, String)] {
    let size = "\(format(role.pointSize))pt"
    var properties = [(XMLName(foNS, "font-family"), role.font), (XMLName(ODF.styleNS, "font-family-asian"), role.font),
                      (XMLName(foNS, "font-size"), size), (XMLName(ODF.styleNS, "font-size-asian"), size),
                      (XMLName(ODF.styleNS, "language-asian"), "zh"), (XMLName(ODF.styleNS, "country-asian"), "CN")]
    if role.bold {
      properties += [(XMLName(foNS, "font-weight"), "bold"), (XMLName(ODF.styleNS, "font-weight-asian"), "bold")]
    }
    return properties
  }

  private static func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
