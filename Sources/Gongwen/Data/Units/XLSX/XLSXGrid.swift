import GongwenTemplate
/// One worksheet's cells: `rows[r][c]` is the text of row `r` (1-based), column `c + 1`.
struct XLSXGrid {
  /// The sheet's name, for messages.
  var sheet = ""
  var rows: [Int: [String]] = [:]
  /// The first unreadable cell of each row that has one (`Sheet1!D7 holds the error #DIV/0!`), and how
  /// many more the row has.
  var problems: [Int: RowProblem] = [:]
  /// Merged ranges: first and last row (1-based) and column (0-based).
  var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
  var rowNumbers: [Int] { rows.keys.sorted() }

  func cell(_ row: Int, _ column: Int) -> String {
    guard let cells = rows[row], column < cells.count else { return "" }
    return cells[column]
  }

  /// The most cells a sheet's rows may hold, counted up to the last filled cell of each row: 10 million
  /// (400,000 rows of 25 columns). A larger sheet is refused rather than read into memory.
  static let maxCells = 10_000_000

  /// The most cells merged ranges may fill in (after they are cut to the used rows and columns).
  static let maxMergedCells = 10_000_000

  /// Shows each merged range's top-left text in every cell it covers, cut to the rows and columns the
  /// sheet uses (a range such as `A2:XFD1048576` covers only the used part). Throws when the ranges
  /// would fill more than ``maxMergedCells`` cells.
  mutating func fillMerges(file: String) throws {
    guard let lastRow = rows.keys.max() else { return }
    let lastColumn = (rows.values.map(\.count).max() ?? 1) - 1
    var budget = Self.maxMergedCells
    for merge in merges {
      let text = cell(merge.rows.lowerBound, merge.columns.lowerBound)
      guard !text.isEmpty, merge.rows.lowerBound <= lastRow, merge.columns.lowerBound <= lastColumn else { continue }
      let rowRange = merge.rows.lowerBound...min(merge.rows.upperBound, lastRow)
      let columnRange = merge.columns.lowerBound...min(merge.columns.upperBound, lastColumn)
      budget -= rowRange.count * columnRange.count
      guard budget >= 0 else {
        throw DataError(.unitTable, file: file, message: UnitTablePhrase.tooManyMergedCells.phrase(["sheet": .text(sheet), "limit": .text(String(Self.maxMergedCells))]))
      }
      for row in rowRange {
        var cells = rows[row] ?? []
        if cells.count <= columnRange.upperBound {
          cells += Array(repeating: "", count: columnRange.upperBound - cells.count + 1)
        }
        for column in columnRange { cells[column] = text }
        rows[row] = cells
      }
    }
  }
}
