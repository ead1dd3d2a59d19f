import GongwenTemplate
import Collections
import Foundation

/// Reads an .xlsx unit table: one worksheet, a header row naming the fields, one unit per row below.
///
/// The header is the first filled row, past title rows (a row whose only filled cell stands alone or
/// is merged across the table, see ``HeaderRowLocator``), or the row `--header-row` gives. When the
/// header row has cells merged across columns (a group heading such as 学习 over two columns), the row
/// below names the columns under it, and the field is `学习.中心组学习次数`; a header cell merged down
/// over both rows (单位) names its column alone. Merged cells below the header show their text in
/// every row they cover. A row with an unreadable cell (an error value, a formula without its value)
/// is a unit that fails naming the cell.
enum XLSXUnitReader {
  /// Reads the workbook at `path`; `file` names it in messages and in the table (the file a person gave,
  /// when `path` is a converted copy of it).
  static func read(path: String, options: UnitTableOptions, file: String? = nil) throws -> UnitTable {
    let package = try XLSXPackage(path: path, file: file ?? path)
    let path = file ?? path
    var grid = try XLSXSheetReader(package: package).grid(sheet: options.sheet)
    let rowNumbers = grid.rowNumbers
    let headerRow: Int
    if let given = options.headerRow {
      guard grid.rows[given]?.contains(where: { !HeaderRowLocator.isBlank($0) }) == true else {
        throw DataError(.unitTable, file: path, message: UnitTablePhrase.headerRowEmpty.phrase(["row": .text(String(given)), "sheet": .text(grid.sheet)]))
      }
      headerRow = given
    } else {
      guard let last = rowNumbers.last else {
        throw DataError(.unitTable, file: path, message: UnitTablePhrase.sheetEmpty.phrase(["sheet": .text(grid.sheet)]))
      }
      let leading = (1...min(last, HeaderRowLocator.searchedRows)).map { grid.rows[$0] ?? [] }
      headerRow = (HeaderRowLocator.headerIndex(leading) ?? 0) + 1
    }
    try grid.fillMerges(file: path)
    let depth = headerDepth(grid, headerRow: headerRow)
    let width = (headerRow..<(headerRow + depth)).map { grid.rows[$0]?.count ?? 0 }.max() ?? 0
    var headers: [String] = []
    for column in 0..<width {
      var parts: [String] = []
      for row in headerRow..<(headerRow + depth) {
        let text = grid.cell(row, column).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty && parts.last != text { parts.append(text) }
      }
      headers.append(parts.joined(separator: "."))
    }
    if let problem = (headerRow..<(headerRow + depth)).lazy.compactMap({ grid.problems[$0] }).first {
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.headerProblem.phrase(["problem": .phrase(problem.phrase)]))
    }
    let builder = try UnitRecordBuilder(headers: headers, file: path)
    var units: [UnitRow] = []
    for row in rowNumbers where row >= headerRow + depth {
      guard let cells = grid.rows[row] else { continue }
      if let problem = grid.problems[row] {
        units.append(UnitRow(row: row, data: .object(OrderedDictionary()), key: builder.key(cells), problem: problem))
        continue
      }
      guard !cells.allSatisfy(HeaderRowLocator.isBlank) else { continue }
      units.append(builder.unit(row: row, cells: cells))
    }
    return UnitTable(file: path, fields: builder.fields, units: units)
  }

  /// The deepest header: a group row, a sub-group row and the column names.
  static let maxHeaderRows = 3

  /// 1, or more when merged cells in the header row group the columns of the rows below.
  private static func headerDepth(_ grid: XLSXGrid, headerRow: Int) -> Int {
    var depth = 1
    for merge in grid.merges where merge.rows.lowerBound == headerRow {
      depth = max(depth, merge.rows.count, merge.columns.count > 1 ? merge.rows.count + 1 : 1)
    }
    return min(depth, maxHeaderRows)
  }
}
