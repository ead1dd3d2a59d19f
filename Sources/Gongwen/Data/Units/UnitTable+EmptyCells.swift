import GongwenTemplate

extension UnitTable {
  /// `error` with a hint on each missing value the table has a column for: the value is missing because
  /// the unit's cell is empty (`row 7 leaves the cell under '检查.企业数' empty`), not because of a
  /// misspelled tag.
  func explainingEmptyCells(_ error: Error, row: Int) -> Error {
    guard var many = error as? TemplateErrors else { return error }
    let columns = writtenFields
    for index in many.errors.indices {
      guard case .missingValue(let path) = many.errors[index].kind, let field = columns[path] else { continue }
      many.errors[index].hint = Self.emptyCellHint(field, row: row)
    }
    return many
  }

  /// Each field by its path as a tag and a message write it (`[检查 次数]` for `检查 次数`).
  var writtenFields: [String: String] {
    Dictionary(fields.map { (FieldTag.path(for: $0), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The hint on a missing value whose column is in the table.
  static func emptyCellHint(_ column: String, row: Int) -> String {
    "the cell under '\(column)' is empty in row \(row); fill it, or write a default (| default:\"…\") or --allow-missing"
  }
}
