import Foundation

/// Reads an .xlsx unit table: one worksheet, the first row holding the field names.
///
/// When the first row has cells merged across columns (a group heading such as 学习 over two columns),
/// the row below names the columns under it, and the field is `学习.中心组学习次数`; a header cell
/// merged down over both rows (单位) names its column alone. Merged cells below the header show
/// their text in every row they cover.
enum XLSXUnitReader {
  static func read(path: String, sheet: String?) throws -> UnitTable {
    let package = try XLSXPackage(path: path)
    let grid = try XLSXSheetReader(package: package).grid(sheet: sheet)
    let rowNumbers = grid.rowNumbers
    guard let headerRow = rowNumbers.first else {
      throw DataError(file: path, message: "the sheet is empty: its first row must hold the field names")
    }
    let depth = headerDepth(grid, headerRow: headerRow)
    let width = (headerRow..<(headerRow + depth)).map { grid.rows[$0]?.count ?? 0 }.max() ?? 0
    var headers: [String] = []
    for column in 0..<width {
      var parts: [String] = []
      for row in headerRow..<(headerRow + depth) {
        let text = grid.cell(row, column).trimmingCharacters(in: .whitespaces)
        if !text.isEmpty && parts.last != text { parts.append(text) }
      }
      headers.append(parts.joined(separator: "."))
    }
    let builder = try UnitRecordBuilder(headers: headers, file: path)
    var units: [UnitRow] = []
    for row in rowNumbers where row >= headerRow + depth {
      guard let cells = grid.rows[row], !cells.allSatisfy(\.isEmpty) else { continue }
      units.append(builder.unit(row: row, cells: cells))
    }
    return UnitTable(file: path, fields: builder.headers.compactMap { $0 }, units: units)
  }

  /// 1, or more when merged cells in the header row group the columns of the rows below.
  private static func headerDepth(_ grid: XLSXSheetReader.Grid, headerRow: Int) -> Int {
    var depth = 1
    for merge in grid.merges where merge.rows.lowerBound == headerRow {
      depth = max(depth, merge.rows.count, merge.columns.count > 1 ? merge.rows.count + 1 : 1)
    }
    return depth
  }
}
