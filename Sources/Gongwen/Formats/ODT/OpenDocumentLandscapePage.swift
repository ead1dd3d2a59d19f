import Foundation

/// Adds the master page of landscape tables (`GongwenLandscape`) to a rendered `styles.xml`: a copy of
/// the `Standard` master page (its footers: the page numbers) on a copy of its page layout turned a
/// quarter, A4 across with the margins rotated so the table's header lies toward the binding edge
/// (portrait top 37, bottom 35, left 28, right 26 mm become top 28, bottom 26, left 35, right 37 mm: the
/// same type area; the footer's height stays inside the bottom margin as LibreOffice lays it out).
enum OpenDocumentLandscapePage {
  static let portrait = "Standard", layoutName = "GongwenLandscapeLayout"
  private static let name = XMLName(ODF.styleNS, "name"), layoutAttribute = XMLName(ODF.styleNS, "page-layout-name")

  static func add(to bytes: [UInt8], part: String) throws -> [UInt8] {
    let document = try XMLDocument(parsing: bytes, part: part)
    guard let root = document.root,
      let masters = root.child(XMLName(ODF.officeNS, "master-styles")),
      let automatic = root.child(XMLName(ODF.officeNS, "automatic-styles")),
      !masters.elementChildren.contains(where: { $0.attribute(name) == OpenDocumentStyleCatalog.landscapeMasterPage }),
      let master = masters.elementChildren.first(where: { $0.attribute(name) == portrait }),
      let layout = automatic.elementChildren.first(where: { $0.attribute(name) == master.attribute(layoutAttribute) }),
      let layoutCopy = layout.deepCopy(), let masterCopy = master.deepCopy(),
      let properties = layoutCopy.child(XMLName(ODF.styleNS, "page-layout-properties"))
    else { return bytes }
    func centimetres(_ node: XMLNode?, _ attribute: String) -> Double? {
      guard let value = node?.attribute(XMLName(ODF.foNS, attribute)) else { return nil }
      if value.hasSuffix("cm") { return Double(value.dropLast(2)) }
      if value.hasSuffix("mm") { return Double(value.dropLast(2)).map { $0 / 10 } }
      return nil
    }
    let footer = layoutCopy.child(XMLName(ODF.styleNS, "footer-style"))?.child(XMLName(ODF.styleNS, "header-footer-properties"))
    let footerHeight = (centimetres(footer, "min-height") ?? 0) + (centimetres(footer, "margin-top") ?? 0)
    guard let width = centimetres(properties, "page-width"), let height = centimetres(properties, "page-height"),
      let top = centimetres(properties, "margin-top"), let bottom = centimetres(properties, "margin-bottom"),
      let left = centimetres(properties, "margin-left"), let right = centimetres(properties, "margin-right"),
      right > footerHeight
    else { return bytes }
    // a quarter turn clockwise: the portrait left edge (binding) becomes the top
    let turned = [("page-width", height), ("page-height", width), ("margin-top", left), ("margin-right", top),
                  ("margin-bottom", right - footerHeight), ("margin-left", bottom + footerHeight)]
    for (attribute, value) in turned {
      properties.setAttribute(XMLName(ODF.foNS, attribute), String(format: "%.3fcm", value))
    }
    properties.setAttribute(XMLName(ODF.styleNS, "print-orientation"), "landscape")
    layoutCopy.setAttribute(name, layoutName)
    masterCopy.setAttribute(name, OpenDocumentStyleCatalog.landscapeMasterPage)
    masterCopy.setAttribute(XMLName(ODF.styleNS, "display-name"), "横排表格")
    masterCopy.setAttribute(layoutAttribute, layoutName)
    masterCopy.removeAttribute(XMLName(ODF.styleNS, "next-style-name"))
    automatic.append(layoutCopy)
    masters.append(masterCopy)
    OpenDocumentLandscapeNumber.turn(masterCopy, automatic: automatic)
    return XMLSerializer.bytes(of: document)
  }
}
