/// The workbook embedded with a Word chart so "Edit Data" opens its numbers: a minimal SpreadsheetML
/// package with one sheet, categories in column A and one series a column, names in row 1.
enum ChartWorkbook {
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

  static func bytes(_ chart: ChartSpec) throws -> [UInt8] {
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
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
        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
      ("xl/_rels/workbook.xml.rels", declaration + "<Relationships xmlns=\"\(OPC.relationshipsNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
      ("xl/worksheets/sheet1.xml", sheet(chart)),
    ]
    let writer = try ZipWriter(name: "chart workbook")
    for (name, xml) in parts { try writer.add(name: name, bytes: Array(xml.utf8), compression: .deflate) }
    return try writer.finish()
  }

  private static func sheet(_ chart: ChartSpec) -> String {
    func text(_ reference: String, _ value: String) -> String {
      "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(FigureText.text(value))</t></is></c>"
    }
    var rows = "<row r=\"1\">"
    for (index, series) in chart.series.enumerated() { rows += text("\(ChartSpec.column(index + 1))1", series.name) }
    rows += "</row>"
    for (point, category) in chart.categories.enumerated() {
      let row = point + 2
      rows += "<row r=\"\(row)\">" + text("A\(row)", category)
      for (index, series) in chart.series.enumerated() {
        rows += "<c r=\"\(ChartSpec.column(index + 1))\(row)\"><v>\(series.values[point].literal)</v></c>"
      }
      rows += "</row>"
    }
    return declaration + "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"
  }
}
