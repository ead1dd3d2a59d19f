/// Table grids for column loops: `table:table-column` elements, whose widths live in their column styles.
extension OpenDocumentProfile {
  private static let column = XMLName(ODF.tableNS, "table-column")
  private static let repeated = XMLName(ODF.tableNS, "number-columns-repeated")
  private static let spanned = XMLName(ODF.tableNS, "number-columns-spanned")
  private static let columnGroups: Set<String> = ["table-columns", "table-header-columns", "table-column-group"]

  /// The table's columns, one element each: a `table:table-column` standing for several is split into
  /// copies, so a column loop can repeat exactly the columns under its cells.
  func gridColumns(of table: XMLNode) -> [XMLNode] {
    var columns: [XMLNode] = []
    func collect(_ parent: XMLNode) {
      for child in parent.elementChildren {
        if child.is(Self.column) {
          columns.append(contentsOf: Self.split(child))
        } else if child.namespaceURI == ODF.tableNS, Self.columnGroups.contains(child.localName) {
          collect(child)
        }
      }
    }
    collect(table)
    return columns
  }

  private static func split(_ column: XMLNode) -> [XMLNode] {
    guard let count = column.attribute(repeated).flatMap({ Int($0) }), count > 1, count <= 1024 else { return [column] }
    column.removeAttribute(repeated)
    var copies = [column]
    for _ in 1..<count {
      guard let copy = column.deepCopy(), copies[copies.count - 1].insertAfter(copy) else { break }
      copies.append(copy)
    }
    return copies
  }

  func columnSpan(of cell: XMLNode) -> Int {
    max(1, cell.attribute(Self.spanned).flatMap { Int($0) } ?? 1)
  }

  /// Column widths are in the columns' styles: the office suite fits the repeated columns to the table.
  func scalableWidths(ofColumn column: XMLNode) -> [ScalableWidth] { [] }
  func scalableWidths(ofCell cell: XMLNode) -> [ScalableWidth] { [] }
}
