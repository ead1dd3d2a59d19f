/// Table grids for column loops: `w:tblGrid/w:gridCol` widths and `w:tcW` cell widths.
extension WordProfile {
  func gridColumns(of table: XMLNode) -> [XMLNode] {
    table.child(W.name("tblGrid"))?.elementChildren.filter { $0.is(W.name("gridCol")) } ?? []
  }

  func columnSpan(of cell: XMLNode) -> Int {
    let span = cell.child(W.name("tcPr"))?.child(W.name("gridSpan"))?.attribute(W.name("val")).flatMap { Int($0) }
    return max(1, span ?? 1)
  }

  func scalableWidths(ofColumn column: XMLNode) -> [ScalableWidth] {
    guard let value = column.attribute(W.name("w")).flatMap({ Int($0) }), value > 0 else { return [] }
    return [ScalableWidth(element: column, attribute: W.name("w"), value: value)]
  }

  /// A `w:tcW` in twips (`dxa`, the default) or fiftieths of a percent (`pct`); `auto` widths stay.
  func scalableWidths(ofCell cell: XMLNode) -> [ScalableWidth] {
    guard let width = cell.child(W.name("tcPr"))?.child(W.name("tcW")),
      ["dxa", "pct"].contains(width.attribute(W.name("type")) ?? "dxa"),
      let value = width.attribute(W.name("w")).flatMap({ Int($0) }), value > 0
    else { return [] }
    return [ScalableWidth(element: width, attribute: W.name("w"), value: value)]
  }
}
