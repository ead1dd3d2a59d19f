/// Reads one worksheet into rows of the texts its cells show.
///
/// - Shared strings (`t="s"`), inline strings (`t="inlineStr"`), formula text (`t="str"`), booleans
///   (`TRUE`/`FALSE`), error values (`#N/A`) and numbers, shown through the cell's number format
///   (``XLSXNumberFormat``): `0.00`, `#,##0`, percentages, dates such as `yyyy"年"m"月"d"日"`.
/// - A merged range shows its top-left cell's text in every cell it covers (``XLSXGrid/fillMerges(file:)``), within
///   the rows and columns the sheet uses.
/// - An error value (`#DIV/0!`, `#N/A`), a shared string index past the table and a formula without a
///   cached value are problems of their row naming the cell (`Sheet1!D7`), never empty text.
struct XLSXSheetReader {
  let package: XLSXPackage

  /// The grid of the sheet named `name`, or of the first sheet.
  func grid(sheet name: String?) throws -> XLSXGrid {
    guard let first = package.sheets.first else {
      throw DataError(.unitTable, file: package.file, message: "the workbook has no worksheet")
    }
    var chosen = first
    if let name {
      guard let match = package.sheets.first(where: { $0.name == name }) else {
        let names = package.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw DataError(.unitTable, file: package.file, message: "the workbook has no sheet named '\(name)'; its sheets are \(names)")
      }
      chosen = match
    }
    guard let document = try package.parse(chosen.part) else {
      throw DataError(.unitTable, file: package.file, message: "the sheet '\(chosen.name)' points to \(chosen.part), which is missing")
    }
    let strings = try sharedStrings()
    let formats = try cellFormats()
    var grid = XLSXGrid()
    grid.sheet = chosen.name
    var rowNumber = 0
    document.root?.walk { node in
      guard node.isElement else { return false }
      switch node.localName {
      case "row":
        rowNumber = node.attribute(XMLName("", "r")).flatMap(Int.init) ?? rowNumber + 1
        var cells: [String] = []
        for cell in node.elementChildren where cell.localName == "c" {
          let column = cell.attribute(XMLName("", "r")).flatMap { Self.reference($0)?.column } ?? cells.count
          let text: String
          switch cellText(cell, strings: strings, formats: formats) {
          case .success(let shown): text = shown
          case .failure(let problem):
            text = ""
            let place = "\(Self.quotedSheet(chosen.name))!\(UnitRecordBuilder.columnName(column))\(rowNumber)"
            if let first = grid.problems[rowNumber] {
              grid.problems[rowNumber] = (first.text, first.more + 1)
            } else {
              grid.problems[rowNumber] = ("\(place) \(problem.message)", 0)
            }
          }
          if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
          cells[column] = text
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if !cells.isEmpty || grid.problems[rowNumber] != nil { grid.rows[rowNumber] = cells }
        return false
      case "mergeCell":
        let parts = (node.attribute(XMLName("", "ref")) ?? "").split(separator: ":").compactMap { Self.reference(String($0)) }
        if parts.count == 2, parts[0].row <= parts[1].row, parts[0].column <= parts[1].column {
          grid.merges.append((parts[0].row...parts[1].row, parts[0].column...parts[1].column))
        }
        return false
      default:
        return true
      }
    }
    return grid
  }

  /// Why a cell cannot be shown.
  struct CellProblem: Error {
    let message: String
  }

  private func cellText(_ cell: XMLNode, strings: [String], formats: [String]) -> Result<String, CellProblem> {
    let type = cell.attribute(XMLName("", "t")) ?? "n"
    let value = cell.elementChildren.first { $0.localName == "v" }?.text
    let hasFormula = cell.elementChildren.contains { $0.localName == "f" }
    // openpyxl and other writers that cannot calculate store a formula with no value (or `<v/>`).
    if hasFormula && (value ?? "").isEmpty && type != "str" && type != "inlineStr" {
      return .failure(CellProblem(message: "holds a formula saved without its value; open the workbook in Excel or WPS and save it again so the values are stored"))
    }
    switch type {
    case "s":
      guard let value, let index = Int(value), strings.indices.contains(index) else {
        return .failure(CellProblem(message: "points to shared string \(value ?? "(none)"), which the workbook does not have"))
      }
      return .success(strings[index])
    case "inlineStr": return .success(cell.elementChildren.first { $0.localName == "is" }.map(XLSXPackage.richText) ?? "")
    case "b": return .success(value == "1" ? "TRUE" : "FALSE")
    case "e": return .failure(CellProblem(message: "holds the error value \(value ?? "#VALUE!"); correct the formula or the cells it uses"))
    case "str", "d": return .success(value ?? "")
    default:
      guard let value, let number = Double(value) else { return .success(value ?? "") }
      let style = cell.attribute(XMLName("", "s")).flatMap(Int.init) ?? 0
      let code = formats.indices.contains(style) ? formats[style] : "General"
      return .success(XLSXNumberFormat.display(number, code: code, date1904: package.date1904))
    }
  }

  /// `Sheet1`, or `'My sheet'` when the name needs quotes in a cell reference.
  static func quotedSheet(_ name: String) -> String {
    name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" })
      ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }

  private func sharedStrings() throws -> [String] {
    guard let part = package.sharedStringsPart, let document = try package.parse(part) else { return [] }
    return document.root?.elementChildren.filter { $0.localName == "si" }.map(XLSXPackage.richText) ?? []
  }

  /// The format code of each cell style (`cellXfs` in order).
  private func cellFormats() throws -> [String] {
    guard let part = package.stylesPart, let document = try package.parse(part) else { return [] }
    var custom: [Int: String] = [:]
    var formats: [String] = []
    document.root?.walk { node in
      guard node.isElement else { return false }
      switch node.localName {
      case "numFmt":
        if let id = node.attribute(XMLName("", "numFmtId")).flatMap(Int.init), let code = node.attribute(XMLName("", "formatCode")) {
          custom[id] = code
        }
        return false
      case "cellXfs":
        for xf in node.elementChildren where xf.localName == "xf" {
          let id = xf.attribute(XMLName("", "numFmtId")).flatMap(Int.init) ?? 0
          formats.append(custom[id] ?? XLSXNumberFormat.builtIn[id] ?? "General")
        }
        return false
      case "cellStyleXfs", "fonts", "fills", "borders", "dxfs", "cellStyles": return false
      default: return true
      }
    }
    return formats
  }

  /// `B12` → row 12, column 1.
  static func reference(_ text: String) -> (row: Int, column: Int)? {
    var column = 0
    var row = 0
    var sawLetter = false
    var sawDigit = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 65...90 where !sawDigit, 97...122 where !sawDigit:
        column = column * 26 + Int((scalar.value & 0xDF) - 64)
        sawLetter = true
      case 48...57:
        row = row * 10 + Int(scalar.value - 48)
        sawDigit = true
        if row > 10_000_000 { return nil }
      case 36: continue  // $A$1
      default: return nil
      }
      if column > 20_000 { return nil }
    }
    guard sawLetter, sawDigit, row > 0 else { return nil }
    return (row, column - 1)
  }
}
