import GongwenTemplate

/// Builds a table from data: `{表头: [cells…] or [[cells…]…], 行: [[cells…]…], 横排: true}`. A cell is text or
/// `{文字: …, 合并列: n, 合并行: n}` (`{text, colspan, rowspan}`).
enum StructuredTableBuilder {
  static func build(_ value: Value, path: String) throws -> StructuredTable {
    guard case .object = value else {
      throw StructuredContentKeys.problem(path, .tableNotObject, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
    let headerPath = path + "." + StructuredContentKeys.header[0]
    var header: [[StructuredCell]] = []
    if let headerValue = value.firstMember(StructuredContentKeys.header) {
      if case .list(let items) = headerValue, items.contains(where: { if case .list = $0 { return true } else { return false } }) {
        header = try rows(headerValue, path: headerPath)
      } else {
        header = [try row(headerValue, path: headerPath)]
      }
    }
    let body = try value.firstMember(StructuredContentKeys.rows).map { try rows($0, path: path + "." + StructuredContentKeys.rows[0]) } ?? []
    guard !(header + body).allSatisfy(\.isEmpty) else {
      throw StructuredContentKeys.problem(path, .tableNoCells)
    }
    var landscape = false
    if let written = value.firstMember(StructuredContentKeys.landscape) {
      guard case .bool(let flag) = written else {
        throw StructuredContentKeys.problem(path + "." + StructuredContentKeys.landscape[0],
                                            .landscapeFlag, ["value": .text(written.displayText)])
      }
      landscape = flag
    }
    return StructuredTable(header: header, rows: body, landscape: landscape)
  }

  private static func rows(_ value: Value, path: String) throws -> [[StructuredCell]] {
    guard case .list(let items) = value else {
      throw StructuredContentKeys.problem(path, .expectedRows, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
    return try items.enumerated().map { try row($1, path: path + "[\($0)]") }
  }

  private static func row(_ value: Value, path: String) throws -> [StructuredCell] {
    guard case .list(let items) = value else {
      throw StructuredContentKeys.problem(path, .rowNotList, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
    let cells = try items.enumerated().map { try cell($1, path: path + "[\($0)]") }
    let width = cells.reduce(0) { $0 + $1.columnSpan }
    guard width <= TableGrid.maxColumns else {
      throw StructuredContentKeys.problem(path, .rowTooWide, ["width": .text(String(width)), "limit": .text(String(TableGrid.maxColumns))])
    }
    return cells
  }

  private static func cell(_ value: Value, path: String) throws -> StructuredCell {
    switch value {
    case .object:
      let text = value.firstMember(StructuredContentKeys.cellText)?.displayText ?? ""
      return StructuredCell(text, columnSpan: try span(value, StructuredContentKeys.columnSpan, path: path),
                            rowSpan: try span(value, StructuredContentKeys.rowSpan, path: path))
    case .list:
      throw StructuredContentKeys.problem(path, .cellIsList)
    default:
      return StructuredCell(value.displayText)
    }
  }

  private static func span(_ value: Value, _ keys: [String], path: String) throws -> Int {
    guard let written = value.firstMember(keys) else { return 1 }
    guard let count = Int(written.displayText), (1...63).contains(count) else {
      throw StructuredContentKeys.problem(path, .spanNumber, ["key": .text(keys[0]), "value": .text(written.displayText)])
    }
    return count
  }
}
