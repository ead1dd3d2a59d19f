/// The text width inside table cells: the widths of the columns a cell spans (from the columns'
/// automatic styles) less the cell's side padding.
enum OpenDocumentCellWidths {
  private static let styleName = XMLName(ODF.styleNS, "name")

  /// Paragraph number (every `text:p` and `text:h` in document order) → the text width of the
  /// innermost cell holding it.
  static func widths(in root: XMLNode) -> [Int: EMU] {
    let styles = automaticStyles(root)
    var result: [Int: EMU] = [:]
    var paragraph = 0
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(ODF.p) || node.is(ODF.h) {
        paragraph += 1
        if let cell = node.ancestor(where: { $0.is(ODF.cell) }), let width = width(of: cell, styles: styles) {
          result[paragraph] = width
        }
      }
      return true
    }
    return result
  }

  /// Automatic style name → its properties element.
  private static func automaticStyles(_ root: XMLNode) -> [String: XMLNode] {
    var styles: [String: XMLNode] = [:]
    for style in root.child(XMLName(ODF.officeNS, "automatic-styles"))?.elementChildren ?? [] {
      guard let name = style.attribute(styleName),
        let properties = style.elementChildren.first(where: { $0.localName.hasSuffix("-properties") })
      else { continue }
      styles[name] = properties
    }
    return styles
  }

  private static func length(_ element: XMLNode?, _ name: XMLName) -> Int? {
    element?.attribute(name).flatMap { try? EMU.parse(.string($0), field: name.localName).value }
  }

  private static func count(_ element: XMLNode, _ attribute: String) -> Int {
    max(1, element.attribute(XMLName(ODF.tableNS, attribute)).flatMap { Int($0) } ?? 1)
  }

  private static func width(of cell: XMLNode, styles: [String: XMLNode]) -> EMU? {
    guard let row = cell.ancestor(where: { $0.is(ODF.row) }), let table = row.ancestor(where: { $0.is(ODF.table) }) else { return nil }
    var columns: [Int?] = []
    table.walk { node in
      guard node.isElement else { return false }
      if node != table, node.is(ODF.table) || node.is(ODF.row) { return false }
      if node.is(XMLName(ODF.tableNS, "table-column")) {
        let style = node.attribute(XMLName(ODF.tableNS, "style-name")).flatMap { styles[$0] }
        let width = length(style, XMLName(ODF.styleNS, "column-width"))
        columns += Array(repeating: width, count: min(count(node, "number-columns-repeated"), 1024))
      }
      return true
    }
    var start = 0
    for sibling in row.elementChildren where sibling.namespaceURI == ODF.tableNS && sibling.localName.hasSuffix("table-cell") {
      if sibling == cell { break }
      start += count(sibling, "number-columns-repeated")
    }
    let end = start + count(cell, "number-columns-spanned")
    guard end <= columns.count else { return nil }
    let widths = columns[start..<end].compactMap { $0 }
    guard widths.count == end - start else { return nil }
    let padding = cell.attribute(XMLName(ODF.tableNS, "style-name")).flatMap { styles[$0] }
    let foNS = OpenDocumentFigureSetup.foNS
    let both = length(padding, XMLName(foNS, "padding"))
    let left = length(padding, XMLName(foNS, "padding-left")) ?? both ?? 0
    let right = length(padding, XMLName(foNS, "padding-right")) ?? both ?? 0
    let text = widths.reduce(0, +) - left - right
    return text > 0 ? EMU(text) : nil
  }
}
