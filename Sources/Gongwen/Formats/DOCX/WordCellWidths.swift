/// The text width inside table cells: the cell's grid columns (or its `w:tcW` in twips) less the
/// table's left and right cell margins (Word's 108 twips each when the table does not say).
enum WordCellWidths {
  static let defaultMargin = 108

  /// Paragraph number (counted as the compiler counts them: every `w:p` in document order) → the text
  /// width of the innermost cell holding it.
  static func widths(in root: XMLNode) -> [Int: EMU] {
    var result: [Int: EMU] = [:]
    var paragraph = 0
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(W.p) {
        paragraph += 1
        if let cell = node.ancestor(where: { $0.is(W.tc) }), let twips = width(of: cell) { result[paragraph] = EMU(twips: twips) }
      }
      return true
    }
    return result
  }

  private static func twips(_ element: XMLNode?, _ attribute: String = "w") -> Int? {
    element?.attribute(W.name(attribute)).flatMap { Int($0) }
  }

  private static func width(of cell: XMLNode) -> Int? {
    guard let row = cell.parent, row.is(W.tr), let table = row.parent, table.is(W.tbl) else { return nil }
    let grid = table.child(W.name("tblGrid"))?.elementChildren.filter { $0.is(W.name("gridCol")) }.compactMap { twips($0) } ?? []
    func span(_ cell: XMLNode) -> Int { max(1, twips(cell.child(W.name("tcPr"))?.child(W.name("gridSpan")), "val") ?? 1) }
    var start = twips(row.child(W.name("trPr"))?.child(W.name("gridBefore")), "val") ?? 0
    for sibling in row.elementChildren where sibling.is(W.tc) {
      if sibling == cell { break }
      start += span(sibling)
    }
    var total: Int?
    if start + span(cell) <= grid.count { total = grid[start..<start + span(cell)].reduce(0, +) }
    if let properties = cell.child(W.name("tcPr"))?.child(W.name("tcW")),
      properties.attribute(W.name("type")) == "dxa", let width = twips(properties), width > 0
    {
      total = total.map { min($0, width) } ?? width
    }
    guard let total else { return nil }
    let margins = table.child(W.name("tblPr"))?.child(W.name("tblCellMar"))
    let left = twips(margins?.child(W.name("left")) ?? margins?.child(W.name("start"))) ?? defaultMargin
    let right = twips(margins?.child(W.name("right")) ?? margins?.child(W.name("end"))) ?? defaultMargin
    let text = total - left - right
    return text > 0 ? text : nil
  }
}
