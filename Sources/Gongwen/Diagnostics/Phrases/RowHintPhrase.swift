import GongwenTemplate

/// Hints on a value a unit table does not give: an empty cell, or a column the table lacks.
package enum RowHintPhrase: String, PhraseText {
  case emptyCell, noColumn

  package var texts: (english: String, chinese: String) {
    switch self {
    case .emptyCell:
      ("the cell under '{column}' is empty in row {row}; fill it, or write a default (| default:\"…\") or --allow-missing",
       "第 {row} 行 '{column}' 列的单元格为空；请填上，或写默认值（| default:\"…\"），或加 --allow-missing")
    case .noColumn:
      ("the table {file} has no column '{path}'; its nearest column is '{column}', written {tag} || the table {file} has no column '{path}'",
       "表格 {file} 中没有 '{path}' 列；最接近的列是 '{column}'，应写作 {tag} || 表格 {file} 中没有 '{path}' 列")
    }
  }
}
