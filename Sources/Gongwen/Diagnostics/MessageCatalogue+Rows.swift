extension MessageCatalogue {
  /// The text of a row problem (`bad_row`) in `language`.
  static func rowProblem(_ problem: RowProblem, in language: MessageLanguage) -> String {
    let chinese = language == .chinese
    switch problem {
    case .missingCells(let row, let cells, let width):
      return chinese ? "第 \(row) 行只有 \(cells) 格，而表头有 \(width) 格：少了一个逗号，或一格被拆成了两行"
        : "row \(row) has \(cells) cell\(cells == 1 ? "" : "s") where the header has \(width): a comma is missing or a cell was split into two rows"
    case .valueWithoutHeader(let row, let column):
      return chinese ? "第 \(row) 行在 \(column) 列有值，但该列没有表头"
        : "row \(row) has a value in column \(column), which has no header"
    case .lineNotObject(let line, let kind):
      return chinese ? "第 \(line) 行是\(kindName(kind, in: language))，不是对象"
        : "line \(line) holds \(kindName(kind, in: language)), not an object"
    case .itemNotObject(let item, let kind):
      return chinese ? "第 \(item) 项是\(kindName(kind, in: language))，不是对象"
        : "item \(item) is \(kindName(kind, in: language)), not an object"
    case .lineUnreadable(let line, let detail):
      return chinese ? "第 \(line) 行：\(PhraseTable.translate(detail, to: language))" : "line \(line): \(detail)"
    case .cell(let reference, let cellProblem, let more):
      var text = reference + (chinese ? "：" : " ") + cellText(cellProblem, in: language)
      if more > 0 {
        text += chinese ? "（该行另有 \(more) 格同样无法读取）" : " (and \(more) more cell\(more == 1 ? "" : "s") of the row)"
      }
      return text
    }
  }

  private static func cellText(_ problem: RowProblem.CellProblem, in language: MessageLanguage) -> String {
    let chinese = language == .chinese
    switch problem {
    case .formulaWithoutValue:
      return chinese ? "公式保存时没有保存计算结果；请在 Excel 或 WPS 中打开工作簿并重新保存，以存下各值"
        : "holds a formula saved without its value; open the workbook in Excel or WPS and save it again so the values are stored"
    case .missingSharedString(let index):
      return chinese ? "指向共享字符串 \(index)，但工作簿中没有它"
        : "points to shared string \(index), which the workbook does not have"
    case .errorValue(let value):
      return chinese ? "是错误值 \(value)；请改正公式或它引用的单元格"
        : "holds the error value \(value); correct the formula or the cells it uses"
    }
  }

  /// A kind of value (``Value/kindName``) as a message says it: `a list` or `列表`.
  static func kindName(_ kind: String, in language: MessageLanguage) -> String {
    guard language == .chinese else {
      return (["a", "e", "i", "o", "u"].contains(kind.first.map(String.init) ?? "") ? "an " : "a ") + kind
    }
    return ["null": "空值", "boolean": "真假值", "number": "数字", "text": "文本", "list": "列表", "object": "对象"][kind] ?? kind
  }

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
