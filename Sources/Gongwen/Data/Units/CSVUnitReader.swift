import GongwenTemplate
import Collections
import Foundation

/// Reads a CSV unit table (see ``CSVRecordReader`` for the quoting rules). The header is the first row,
/// past title rows (``HeaderRowLocator``) or the row `--header-row` names; rows are numbered as a
/// spreadsheet shows them (the first record is row 1).
///
/// Every row after the header has as many cells as the header: a shorter row (a lost comma, a cell
/// split off) is a unit that fails naming its row; a longer one is accepted only when its extra cells
/// are empty.
enum CSVUnitReader {
  static func read(path: String, options: UnitTableOptions) throws -> UnitTable {
    try read(try UnitText.read(path: path, limits: options.limits), file: path, options: options)
  }

  /// Reads decoded CSV text.
  static func read(_ text: String, file: String, options: UnitTableOptions = UnitTableOptions()) throws -> UnitTable {
    var reader = CSVRecordReader(text, file: file)
    var leading: [[String]] = []
    let wanted = options.headerRow ?? HeaderRowLocator.searchedRows
    while leading.count < wanted, let record = try reader.next() { leading.append(record.cells) }
    let headerIndex: Int
    if let row = options.headerRow {
      guard row <= leading.count, !leading[row - 1].allSatisfy(HeaderRowLocator.isBlank) else {
        throw DataError(.unitTable, file: file, message: UnitTablePhrase.headerRowNotFilled.phrase(["row": .text(String(row))]))
      }
      headerIndex = row - 1
    } else {
      guard let found = HeaderRowLocator.headerIndex(leading) else {
        throw DataError(.empty, file: file, message: UnitTablePhrase.csvEmpty.phrase())
      }
      headerIndex = found
    }
    let header = leading[headerIndex]
    let builder = try UnitRecordBuilder(headers: header, file: file)
    let width = header.lastIndex { !HeaderRowLocator.isBlank($0) }.map { $0 + 1 } ?? 0
    var units: [UnitRow] = []
    var row = headerIndex + 1
    func add(_ cells: [String]) {
      row += 1
      if cells.allSatisfy(\.isEmpty) { return }
      if cells.count < width {
        units.append(UnitRow(row: row, data: .object(OrderedDictionary()), key: builder.key(cells),
                             problem: .missingCells(row: row, cells: cells.count, width: width)))
        return
      }
      units.append(builder.unit(row: row, cells: cells))
    }
    for cells in leading[(headerIndex + 1)...] { add(cells) }
    while let record = try reader.next() { add(record.cells) }
    return UnitTable(file: file, fields: builder.fields, units: units)
  }
}
