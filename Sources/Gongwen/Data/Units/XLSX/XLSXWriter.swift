/// Writes a minimal SpreadsheetML workbook (one sheet, text and number cells) through the project's own
/// zip layer: what a unit table template or a chart's data needs, and nothing more.
enum XLSXWriter {
  /// One cell: text (an inline string), a number written as its literal, or nothing.
  enum Cell {
    case text(String)
    case number(String)
    case empty
  }

  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

  /// A workbook whose sheet `sheetName` holds `rows` from A1; `columnWidths` (in characters) are optional;
  /// `frozenRows` rows stay in view when scrolling.
  static func bytes(rows: [[Cell]], sheetName: String = "Sheet1", columnWidths: [Int] = [], frozenRows: Int = 0) throws -> [UInt8] {
    let parts: [(String, String)] = [
      ("[Content_Types].xml", declaration + "<Types xmlns=\"\(OPC.contentTypesNS)\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "</Types>"),
      ("_rels/.rels", declaration + "<Relationships xmlns=\"\(OPC.relationshipsNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
      ("xl/workbook.xml", declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        + "<sheets><sheet name=\"\(FigureText.attribute(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
      ("xl/_rels/workbook.xml.rels", declaration + "<Relationships xmlns=\"\(OPC.relationshipsNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
      ("xl/worksheets/sheet1.xml", sheet(rows, columnWidths: columnWidths, frozenRows: frozenRows)),
    ]
    let writer = try ZipWriter(name: "workbook")
    for (name, xml) in parts { try writer.add(name: name, bytes: Array(xml.utf8), compression: .deflate) }
    return try writer.finish()
  }

  /// `A`, `B`, … `Z`, `AA` for column 0, 1, … 25, 26.
  static func column(_ index: Int) -> String {
    var n = index + 1, letters = ""
    while n > 0 {
      letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
      n = (n - 1) / 26
    }
    return letters
  }

  private static func sheet(_ rows: [[Cell]], columnWidths: [Int], frozenRows: Int) -> String {
    var xml = declaration + "<worksheet xmlns=\"\(main)\">"
    if frozenRows > 0 {
      xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozenRows)\" topLeftCell=\"A\(frozenRows + 1)\""
        + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
    }
    if !columnWidths.isEmpty {
      xml += "<cols>" + columnWidths.enumerated().map { index, width in
        "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }.joined() + "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in rows.enumerated() {
      xml += "<row r=\"\(rowIndex + 1)\">"
      for (columnIndex, cell) in row.enumerated() {
        let reference = column(columnIndex) + String(rowIndex + 1)
        switch cell {
        case .text(let text):
          // Spaces at either end are kept only when the text says so.
          let keep = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
          xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t\(keep)>\(FigureText.text(text))</t></is></c>"
        case .number(let literal):
          xml += "<c r=\"\(reference)\"><v>\(FigureText.text(literal))</v></c>"
        case .empty:
          continue
        }
      }
      xml += "</row>"
    }
    return xml + "</sheetData></worksheet>"
  }
}
