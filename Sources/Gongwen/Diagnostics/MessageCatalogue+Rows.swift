import GongwenTemplate

extension MessageCatalogue {
  /// Where a row of a unit table is: `units.csv row 5 (市教育局)` or `units.csv 第 5 行（市教育局）`.
  package static func rowPlace(file: String, row: Int, key: String, in language: MessageLanguage) -> String {
    if language == .chinese { return "\(file) 第 \(row) 行" + (key.isEmpty ? "" : "（\(key)）") }
    return "\(file) row \(row)" + (key.isEmpty ? "" : " (\(key))")
  }

  /// The hint on a missing value whose column is in the unit table but whose cell is empty.
  static func emptyCellHint(_ column: String, row: Int) -> Phrase {
    RowHintPhrase.emptyCell.phrase(["column": .text(column), "row": .text(String(row))])
  }

  /// The hint on a field the template prints that the unit table has no column for.
  static func noColumnHint(file: String, path: String, nearest: (column: String, tag: String)?) -> Phrase {
    var values: [String: Phrase.Value] = ["file": .text(file), "path": .text(path)]
    if let nearest {
      values["column"] = .text(nearest.column)
      values["tag"] = .text(nearest.tag)
    }
    return RowHintPhrase.noColumn.phrase(values)
  }
}
