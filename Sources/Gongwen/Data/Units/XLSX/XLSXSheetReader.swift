import GongwenTemplate
/// Reads one worksheet into rows of the texts its cells show, streaming the sheet and its shared
/// strings (``XLSXSheetHandler``, ``XLSXSharedStrings``): a 100,000-row sheet is never a tree in memory.
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
      throw DataError(.unitTable, file: package.file, message: UnitTablePhrase.noWorksheet.phrase())
    }
    var chosen = first
    if let name {
      guard let match = package.sheets.first(where: { $0.name == name }) else {
        let names = package.sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw DataError(.unitTable, file: package.file, message: UnitTablePhrase.noSuchSheet.phrase(["name": .text(name), "sheets": .text(names)]))
      }
      chosen = match
    }
    let strings = try sharedStrings()
    let sheet = XLSXSheetHandler(file: package.file, sheet: chosen.name, strings: strings, formats: try cellFormats(),
                                 date1904: package.date1904)
    guard try package.stream(chosen.part, to: sheet) else {
      throw DataError(.unitTable, file: package.file, message: UnitTablePhrase.sheetPartMissing.phrase(["sheet": .text(chosen.name), "part": .text(chosen.part)]))
    }
    return sheet.grid
  }

  /// `Sheet1`, or `'My sheet'` when the name needs quotes in a cell reference.
  static func quotedSheet(_ name: String) -> String {
    name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" })
      ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }

  private func sharedStrings() throws -> [String] {
    guard let part = package.sharedStringsPart else { return [] }
    let reader = XLSXSharedStrings()
    return try package.stream(part, to: reader) ? reader.strings : []
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
