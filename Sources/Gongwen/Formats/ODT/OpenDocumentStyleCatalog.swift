/// The named styles of an OpenDocument template (`office:styles` in `styles.xml`) and the style
/// names structured content uses: the template's own where it has them, otherwise automatic styles
/// with the GB/T 9704 formatting (`Gw_…`, see `OpenDocumentBlockStyles`).
struct OpenDocumentStyleCatalog: Sendable {
  private(set) var paragraphStyles: Set<String> = []
  private(set) var textStyles: Set<String> = []
  /// The master page of portrait body pages that a landscape table returns to (`Standard`), whose
  /// turned copy the landscape pages use (`OpenDocumentLandscapePage`); nil without it (tables then
  /// stay portrait).
  private(set) var portraitMasterPage: String?

  init() {}

  init(package: TemplatePackage) throws {
    guard let document = try package.xml("styles.xml"), let root = document.root,
      let styles = root.elementChildren.first(where: { $0.namespaceURI == ODF.officeNS && $0.localName == "styles" })
    else { return }
    for style in styles.elementChildren where style.namespaceURI == ODF.styleNS && style.localName == "style" {
      guard let name = style.attribute(XMLName(ODF.styleNS, "name")) else { continue }
      switch style.attribute(XMLName(ODF.styleNS, "family")) {
      case "paragraph": paragraphStyles.insert(name)
      case "text": textStyles.insert(name)
      default: continue
      }
    }
    let masters = root.elementChildren.first { $0.namespaceURI == ODF.officeNS && $0.localName == "master-styles" }?
      .elementChildren.compactMap { $0.attribute(XMLName(ODF.styleNS, "name")) } ?? []
    portraitMasterPage = masters.first { $0 == OpenDocumentLandscapePage.portrait }
  }

  /// Paragraph roles structured content writes.
  static let paragraphRoles: [OfficialRole] = [.heading1, .heading2, .heading3, .heading4, .body, .list, .tableText]
  /// Roles whose paragraphs may follow a page break.
  static let breakableRoles: [OfficialRole] = [.heading1, .heading2, .heading3, .heading4, .body, .list]

  static let tableStyle = "Gw_Table", tableBreakStyle = "Gw_TableBreak", cellStyle = "Gw_Cell"
  /// A table row that never splits across pages.
  static let rowStyle = "Gw_Row"
  /// The body style kept with the next paragraph, for the last body paragraph of a block, so the
  /// signature that follows never stands alone on a page (GB/T 9704-2012 7.3.5.5).
  static let keptBodyStyle = "Gw_KeptBody"
  /// The list item style kept with the next paragraph, for a block's last list item.
  static let keptListStyle = "Gw_KeptList"
  /// The master page of landscape table pages (A4 across).
  static let landscapeMasterPage = "GongwenLandscape"
  /// A table on landscape pages, and the empty paragraph after it that returns to portrait pages.
  static let landscapeTableStyle = "Gw_TableLandscape", afterLandscapeStyle = "Gw_AfterLandscape"

  func hasParagraphStyle(_ role: OfficialRole) -> Bool { paragraphStyles.contains(role.paragraphStyle) }

  /// The paragraph style of `role`, with a page break before when `pageBreak`.
  func paragraphStyle(_ role: OfficialRole, pageBreak: Bool = false) -> String {
    let base = hasParagraphStyle(role) ? role.paragraphStyle : "Gw_" + role.paragraphStyle
    return pageBreak ? "Gw_Break_" + role.paragraphStyle : base
  }

  /// The text style of a run-in heading of `role`.
  func textStyle(_ role: OfficialRole) -> String {
    let name = role.characterStyle ?? "GongwenHeading1Char"
    return textStyles.contains(name) ? name : "Gw_" + name
  }
}
