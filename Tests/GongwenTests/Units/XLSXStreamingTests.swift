import Foundation
import Testing

@testable import Gongwen

/// Worksheets and shared strings are read as streams: rows across many 64 KiB chunks, rich and phonetic
/// text, the used-cells limit, and the same refusals as a parsed part (DTDs, broken XML).
struct XLSXStreamingTests {
  /// A workbook whose only sheet is `sheetData` (the rows) and `tail` (after sheetData), with `strings` as
  /// the shared strings part (raw `si` elements).
  static func workbook(sheetData: String, tail: String = "", strings: [String] = [], doctype: String = "") throws -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let packageRelations = "http://schemas.openxmlformats.org/package/2006/relationships"
    let writer = try ZipWriter(name: "workbook")
    let parts: [(String, String)] = [
      ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
      ("_rels/.rels", "<Relationships xmlns=\"\(packageRelations)\"><Relationship Id=\"rId1\" Type=\"\(officeRelations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
      ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\"><sheets><sheet name=\"汇总\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
      ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(packageRelations)\"><Relationship Id=\"rId1\" Type=\"\(officeRelations)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(officeRelations)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
      ("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + strings.joined() + "</sst>"),
      ("xl/worksheets/sheet1.xml", doctype + "<worksheet xmlns=\"\(main)\"><sheetData>" + sheetData + "</sheetData>" + tail + "</worksheet>"),
    ]
    for (name, xml) in parts { try writer.add(name: name, bytes: Array(xml.utf8), compression: .deflate) }
    return try writer.finish()
  }

  static func inline(_ reference: String, _ text: String) -> String {
    "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
  }

  @Test func everyRowOfASheetSpanningManyChunksIsRead() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    // About 1.5 MB of sheet XML: rows and cells are cut across the 64 KiB chunks the parser is fed.
    var rows = "<row r=\"1\">" + Self.inline("A1", "单位") + Self.inline("B1", "人数") + Self.inline("C1", "名称") + "</row>"
    for n in 2...12_001 {
      rows += "<row r=\"\(n)\">" + Self.inline("A\(n)", "单位\(n)") + "<c r=\"B\(n)\"><v>\(n * 3)</v></c>"
        + "<c r=\"C\(n)\" t=\"s\"><v>\(n % 2)</v></c></row>"
    }
    let strings = ["<si><t>第一</t></si>", "<si><r><t>第</t></r><r><rPr><b/></rPr><t>二</t></r><rPh sb=\"0\" eb=\"1\"><t>だい</t></rPh></si>"]
    try files.write("big.xlsx", try Self.workbook(sheetData: rows, strings: strings))
    let table = try files.load("big.xlsx")
    #expect(table.units.count == 12_000)
    #expect(table.units.map(\.row) == Array(2...12_001))
    let wrong = table.units.first { unit in
      field(unit, "单位") != "单位\(unit.row)" || field(unit, "人数") != String(unit.row * 3)
        || field(unit, "名称") != (unit.row % 2 == 0 ? "第一" : "第二")
    }
    #expect(wrong == nil, "row \(wrong?.row ?? 0): \(wrong.map { "\($0.data)" } ?? "")")
  }

  @Test func inlineStringsLeavePhoneticGuidesOutAndJoinTheirRuns() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let rows = "<row r=\"1\">" + Self.inline("A1", "单位") + Self.inline("B1", "说明") + "</row>"
      + "<row r=\"2\">" + Self.inline("A2", "甲") + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>安全</t></r><r><t xml:space=\"preserve\"> 检查</t></r>"
      + "<rPh sb=\"0\" eb=\"2\"><t>あんぜん</t></rPh></is></c></row>"
    try files.write("rich.xlsx", try Self.workbook(sheetData: rows))
    let table = try files.load("rich.xlsx")
    #expect(field(table.units[0], "说明") == "安全 检查")
  }

  @Test func aSheetPastTheUsedCellLimitIsRefusedWhileRead() throws {
    // A cell in column XFD makes its row 16,384 cells wide: a few of those pass a small limit.
    var rows = "<row r=\"1\">" + Self.inline("A1", "单位") + "</row>"
    for n in 2...10 { rows += "<row r=\"\(n)\">" + Self.inline("XFD\(n)", "x") + "</row>" }
    let sheet = XLSXSheetHandler(file: "wide.xlsx", sheet: "汇总", strings: [], formats: [], date1904: false, maxCells: 50_000)
    let parser = try XMLStreamParser(part: "xl/worksheets/sheet1.xml", handler: sheet)
    let bytes = Array("<worksheet><sheetData>\(rows)</sheetData></worksheet>".utf8)
    do {
      try bytes.withUnsafeBufferPointer { try parser.feed($0) }
      try parser.finish()
      Issue.record("a sheet past the cell limit must be refused")
    } catch let error as DataError {
      #expect(error.message.contains("the sheet '汇总' holds more than 50000 cells") && error.message.contains("at row 5"), "\(error)")
    }
    #expect(XLSXGrid.maxCells == 10_000_000)
  }

  @Test func aDocumentTypeOrBrokenXMLInASheetIsRefusedNamingThePart() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let header = "<row r=\"1\">" + Self.inline("A1", "单位") + "</row><row r=\"2\">" + Self.inline("A2", "甲") + "</row>"
    try files.write("dtd.xlsx", try Self.workbook(sheetData: header, doctype: "<!DOCTYPE worksheet [<!ENTITY a \"b\">]>"))
    #expect {
      try files.load("dtd.xlsx")
    } throws: { error in
      guard let error = error as? XMLError else { return false }
      return error.kind == .dtdForbidden && error.part == "xl/worksheets/sheet1.xml" && error.file == files.path("dtd.xlsx")
    }
    try files.write("broken.xlsx", try Self.workbook(sheetData: header + "<row r=\"3\"><c>", tail: ""))
    #expect {
      try files.load("broken.xlsx")
    } throws: { error in
      guard let error = error as? XMLError else { return false }
      return error.kind == .notWellFormed && error.part == "xl/worksheets/sheet1.xml" && error.line != nil
    }
  }

  @Test func mergedCellsAfterTheRowsStillFillTheRowsBefore() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    // mergeCells comes after sheetData in the part: the stream meets the ranges after every row.
    let rows = "<row r=\"1\">" + Self.inline("A1", "单位") + Self.inline("B1", "类别") + "</row>"
      + "<row r=\"2\">" + Self.inline("A2", "甲") + Self.inline("B2", "重点") + "</row>"
      + "<row r=\"3\">" + Self.inline("A3", "乙") + "</row>"
    try files.write("merged.xlsx", try Self.workbook(sheetData: rows, tail: "<mergeCells count=\"1\"><mergeCell ref=\"B2:B3\"/></mergeCells>"))
    let table = try files.load("merged.xlsx")
    #expect(table.units.map { field($0, "类别") } == ["重点", "重点"])
  }
}
