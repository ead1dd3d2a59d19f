/// Reads one worksheet into rows of the texts its cells show.
///
/// - Shared strings (`t="s"`), inline strings (`t="inlineStr"`), formula text (`t="str"`), booleans
///   (`TRUE`/`FALSE`), error values (`#N/A`) and numbers, shown through the cell's number format
///   (``XLSXNumberFormat``): `0.00`, `#,##0`, percentages, dates such as `yyyy"年"m"月"d"日"`.
/// - A merged range shows its top-left cell's text in every cell it covers.
struct XLSXSheetReader {
  let package: XLSXPackage

  /// One worksheet's cells: `rows[r][c]` is the text of row `r + 1`, column `c + 1`.
  struct Grid {
    var rows: [Int: [String]] = [:]
    /// Merged ranges: first and last row (1-based) and column (0-based).
    var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    var rowNumbers: [Int] { rows.keys.sorted() }

    func cell(_ row: Int, _ column: Int) -> String {
      guard let cells = rows[row], column < cells.count else { return "" }
      return cells[column]
    }
  }

  /// The grid of the sheet named `name`, or of the first sheet.
  func grid(sheet name: String?) throws -> Grid {
    guard let first = package.sheets.first else {
      throw DataError(file: package.file, message: "the workbook has no worksheet")
    }
    var chosen = first
    if let name {
      guard let match = package.sheets.first(where: { $0.name == name }) else {
        let names = package.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw DataError(file: package.file, message: "the workbook has no sheet named '\(name)'; its sheets are \(names)")
      }
      chosen = match
    }
    guard let document = try package.parse(chosen.part) else {
      throw DataError(file: package.file, message: "the sheet '\(chosen.name)' points to \(chosen.part), which is missing")
    }
    let strings = try sharedStrings()
    let formats = try cellFormats()
    var grid = Grid()
    var rowNumber = 0
    document.root?.walk { node in
      guard node.isElement else { return false }
      switch node.localName {
      case "row":
        rowNumber = node.attribute(XMLName("", "r")).flatMap(Int.init) ?? rowNumber + 1
        var cells: [String] = []
        for cell in node.elementChildren where cell.localName == "c" {
          let column = cell.attribute(XMLName("", "r")).flatMap { Self.reference($0)?.column } ?? cells.count
          let text = cellText(cell, strings: strings, formats: formats)
          if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
          cells[column] = text
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if !cells.isEmpty { grid.rows[rowNumber] = cells }
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
    fillMerges(&grid)
    return grid
  }

  private func fillMerges(_ grid: inout Grid) {
    for merge in grid.merges {
      let text = grid.cell(merge.rows.lowerBound, merge.columns.lowerBound)
      guard !text.isEmpty else { continue }
      for row in merge.rows {
        var cells = grid.rows[row] ?? []
        if cells.count <= merge.columns.upperBound {
          cells += Array(repeating: "", count: merge.columns.upperBound - cells.count + 1)
        }
        for column in merge.columns { cells[column] = text }
        grid.rows[row] = cells
      }
    }
  }

  private func cellText(_ cell: XMLNode, strings: [String], formats: [String]) -> String {
    let type = cell.attribute(XMLName("", "t")) ?? "n"
    let value = cell.elementChildren.first { $0.localName == "v" }?.text
    switch type {
    case "s": return value.flatMap(Int.init).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
    case "inlineStr": return cell.elementChildren.first { $0.localName == "is" }.map(XLSXPackage.richText) ?? ""
    case "b": return value == "1" ? "TRUE" : "FALSE"
    case "str", "e", "d": return value ?? ""
    default:
      guard let value, let number = Double(value) else { return value ?? "" }
      let style = cell.attribute(XMLName("", "s")).flatMap(Int.init) ?? 0
      let code = formats.indices.contains(style) ? formats[style] : "General"
      return XLSXNumberFormat.display(number, code: code, date1904: package.date1904)
    }
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
