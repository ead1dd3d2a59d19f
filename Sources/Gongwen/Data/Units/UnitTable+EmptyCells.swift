import GongwenTemplate

extension UnitTable {
  /// `error` with a hint on each missing value the table has a column for: the value is missing because
  /// the unit's cell is empty (`row 7 leaves the cell under '检查.企业数' empty`), not because of a
  /// misspelled tag.
  func explainingEmptyCells(_ error: Error, row: Int) -> Error {
    guard let many = error as? TemplateErrors else { return error }
    let columns = writtenFields
    var emptyColumns: [Int: String] = [:]
    for (index, error) in many.errors.enumerated() {
      guard case .missingValue(let path) = error.kind, let field = columns[path] else { continue }
      emptyColumns[index] = field
    }
    return emptyColumns.isEmpty ? error : EmptyCellErrors(errors: many, emptyColumns: emptyColumns, row: row)
  }

  /// Each field by its path as a tag and a message write it (`[检查 次数]` for `检查 次数`).
  var writtenFields: [String: String] {
    Dictionary(fields.map { (FieldTag.path(for: $0), $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// A unit's template errors where some missing values come from empty cells: those carry a hint that
/// names the column and row (`row 7 leaves the cell under '检查.企业数' empty`).
struct EmptyCellErrors: Error, DiagnosticConvertible {
  let errors: TemplateErrors
  /// The column of each error (by its index) whose value is an empty cell.
  let emptyColumns: [Int: String]
  let row: Int

  var diagnostics: [Diagnostic] {
    errors.errors.enumerated().flatMap { index, error in
      var diagnostics = error.diagnostics
      if let column = emptyColumns[index] {
        for item in diagnostics.indices { diagnostics[item].phraseHint = MessageCatalogue.emptyCellHint(column, row: row) }
      }
      return diagnostics
    }
  }
}
