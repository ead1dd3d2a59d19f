import Collections

extension DataSkeleton {
  /// The first word of every cell of the workbook's explanation row, so a table filled in from it can
  /// tell that row from a unit (see `isExplanationRow`).
  package static let explanationMark = "说明："

  /// One column of the unit-table workbook: the header a unit table reads (dotted for nested fields)
  /// and what the column should hold.
  public struct Column: Sendable, Hashable {
    /// The column's header: the field's name.
    public let header: String
    /// What the column should hold, for the explanation row.
    public let explanation: String
  }

  /// The columns of a unit table for this template: one per field, nested objects as dotted headers
  /// (`学习.中心组学习次数`). Lists, blocks and pictures get one column each, their cell read as one text.
  public var columns: [Column] {
    var result: [Column] = []
    func add(_ fields: OrderedDictionary<String, Field>, prefix: String) {
      for (key, field) in fields {
        if case .object(let inner) = field.shape, !inner.isEmpty {
          add(inner, prefix: prefix + key + ".")
          continue
        }
        let kind: String
        switch field.shape {
        case .text: kind = "文字"
        case .number: kind = "数字"
        case .date: kind = "日期，如 2023年1月16日"
        case .condition: kind = "是/否（true/false）"
        case .texts: kind = "文字列表（一个单元格时为一项）"
        case .items: kind = "列表（表格中只能填一项的文字）"
        case .object: kind = "文字"
        case .block: kind = "正文段落（一个单元格为一段）"
        case .image: kind = "图片文件名"
        }
        let usedAt = field.places.first.map { "；用于 \($0)" } ?? ""
        result.append(Column(header: prefix + key, explanation: Self.explanationMark + kind + (field.optional ? "，可不填" : "") + usedAt))
      }
    }
    add(fields, prefix: "")
    return result
  }

  /// The skeleton as an .xlsx unit table: row 1 the field names, row 2 what each holds (every cell of
  /// it starts with `explanationMark`), then one row per unit to fill in.
  public func workbook() throws -> [UInt8] {
    let columns = self.columns
    return try XLSXWriter.bytes(
      rows: [columns.map { .text($0.header) }, columns.map { .text($0.explanation) }],
      sheetName: "单位", columnWidths: columns.map { max(12, min(40, $0.header.count * 3)) }, frozenRows: 2)
  }

  /// True when every non-empty cell of `unit` starts with `explanationMark`: the explanation row of a
  /// workbook made by `workbook()`, not a unit.
  package static func isExplanationRow(_ unit: UnitRow) -> Bool {
    var cells: [String] = []
    func collect(_ value: Value) {
      switch value {
      case .object(let members): members.values.forEach(collect)
      case .list(let items): items.forEach(collect)
      case .string(let text): if !text.isEmpty { cells.append(text) }
      default: cells.append("")
      }
    }
    collect(unit.data)
    return !cells.isEmpty && cells.allSatisfy { $0.hasPrefix(explanationMark) }
  }
}
