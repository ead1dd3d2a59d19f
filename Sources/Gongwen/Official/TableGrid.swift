/// A table's cells placed on a grid of rows and columns, as HTML places `colspan`/`rowspan` cells:
/// each cell takes the first free column of its row; cells spanning rows reserve columns in the rows
/// below. Rows shorter than the widest are padded with empty cells.
package struct TableGrid: Sendable, Equatable {
  /// What occupies one grid position.
  package enum Slot: Sendable, Equatable {
    /// The top-left position of a cell.
    case origin(StructuredCell)
    /// Covered by the cell whose origin is at (`row`, `column`); `firstColumn` is true in the
    /// spanning cell's first column (where Word writes a continuation cell).
    case covered(row: Int, column: Int, firstColumn: Bool)
  }

  /// The most columns a table has (Word's limit); cells pushed further right are left out.
  package static let maxColumns = 63

  package let slots: [[Slot]]
  package let columnCount: Int
  package let headerRows: Int

  package init(rows: [[StructuredCell]], headerRows: Int) {
    var occupied: [[Slot?]] = Array(repeating: [], count: rows.count)
    for (r, row) in rows.enumerated() {
      var column = 0
      for var cell in row {
        while column < occupied[r].count, occupied[r][column] != nil { column += 1 }
        guard column < Self.maxColumns else { break }
        cell.columnSpan = min(cell.columnSpan, Self.maxColumns - column)
        // A span never reaches past the last row, nor a header cell into the body.
        let lastRow = r < headerRows ? headerRows : rows.count
        cell.rowSpan = min(cell.rowSpan, lastRow - r)
        for dr in 0..<cell.rowSpan {
          for dc in 0..<cell.columnSpan {
            let rr = r + dr, cc = column + dc
            while occupied[rr].count <= cc { occupied[rr].append(nil) }
            guard occupied[rr][cc] == nil else { continue }
            occupied[rr][cc] = dr == 0 && dc == 0 ? .origin(cell) : .covered(row: r, column: column, firstColumn: dc == 0)
          }
        }
        column += cell.columnSpan
      }
    }
    let width = occupied.map(\.count).max() ?? 0
    self.columnCount = width
    self.headerRows = min(headerRows, rows.count)
    self.slots = occupied.map { row in
      (0..<width).map { c in c < row.count ? (row[c] ?? .origin(StructuredCell(""))) : .origin(StructuredCell("")) }
    }
  }

  /// How many grid columns the slot at (`row`, `column`) stands for: the spanning cell's width at
  /// its origin or at the first column of a covered position, 1 elsewhere.
  package func columnSpan(row: Int, column: Int) -> Int {
    let owner: (Int, Int)
    switch slots[row][column] {
    case .origin: owner = (row, column)
    case .covered(let r, let c, _): owner = (r, c)
    }
    var span = 1
    while column + span < columnCount, case .covered(let r, let c, false) = slots[row][column + span],
      r == owner.0, c == owner.1
    {
      span += 1
    }
    return span
  }
}
