import CSV
import Foundation

/// Reads a CSV unit table with CSV.swift: RFC 4180 quoting (`"a,b"`, `""` for a quote, line breaks
/// inside quotes), CR, LF or CRLF line ends. The first row holds the field names.
enum CSVUnitReader {
  static func read(path: String, limits: DataLimits) throws -> UnitTable {
    try read(try UnitText.read(path: path, limits: limits), file: path)
  }

  /// Reads decoded CSV text.
  static func read(_ text: String, file: String) throws -> UnitTable {
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, hasHeaderRow: false)
    } catch {
      throw DataError(file: file, message: "cannot read the CSV text (\(error))")
    }
    return try parse(reader, file: file)
  }

  private static func parse(_ reader: CSVReader, file: String) throws -> UnitTable {
    guard let header = reader.next() else {
      throw DataError(file: file, message: "the CSV file is empty: its first row must hold the field names")
    }
    let builder = try UnitRecordBuilder(headers: header, file: file)
    var units: [UnitRow] = []
    // Rows are counted as a spreadsheet shows them: the header is row 1.
    var row = 1
    while let cells = reader.next() {
      row += 1
      if cells.allSatisfy(\.isEmpty) { continue }
      units.append(builder.unit(row: row, cells: cells))
    }
    if let error = reader.error {
      throw DataError(file: file, message: "cannot read the CSV text after row \(row) (\(error))")
    }
    return UnitTable(file: file, fields: builder.headers.compactMap { $0 }, units: units)
  }
}
