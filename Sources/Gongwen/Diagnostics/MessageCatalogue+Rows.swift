extension MessageCatalogue {
  /// Where a row of a unit table is: `units.csv row 5 (市教育局)` or `units.csv 第 5 行（市教育局）`.
  package static func rowPlace(file: String, row: Int, key: String, in language: MessageLanguage) -> String {
    if language == .chinese { return "\(file) 第 \(row) 行" + (key.isEmpty ? "" : "（\(key)）") }
    return "\(file) row \(row)" + (key.isEmpty ? "" : " (\(key))")
  }

  /// The hint on a missing value whose column is in the unit table but whose cell is empty.
  static func emptyCellHint(_ column: String, row: Int) -> [MessageLanguage: String] {
    [.english: "the cell under '\(column)' is empty in row \(row); fill it, or write a default (| default:\"…\") or --allow-missing",
     .chinese: "第 \(row) 行 '\(column)' 列的单元格为空；请填上，或写默认值（| default:\"…\"），或加 --allow-missing"]
  }

  /// The hint on a field the template prints that the unit table has no column for.
  static func noColumnHint(file: String, path: String, nearest: (column: String, tag: String)?) -> [MessageLanguage: String] {
    [.english: "the table \(file) has no column '\(path)'"
       + (nearest.map { "; its nearest column is '\($0.column)', written \($0.tag)" } ?? ""),
     .chinese: "表格 \(file) 中没有 '\(path)' 列"
       + (nearest.map { "；最接近的列是 '\($0.column)'，应写作 \($0.tag)" } ?? "")]
  }
}
