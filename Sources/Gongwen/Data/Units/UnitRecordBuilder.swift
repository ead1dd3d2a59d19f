import Foundation

import Collections
import GongwenTemplate

/// Turns a header row and rows of cell text into unit objects: dotted headers become nested keys.
struct UnitRecordBuilder {
  let file: String
  /// The header of each column, nil for a column without one (its cells are ignored).
  let headers: [String?]
  private let paths: [[String]?]

  /// Checks the headers: no duplicates, no empty dotted part, no name that is both a value and a group.
  init(headers: [String], file: String) throws {
    self.file = file
    var seen: [String: Int] = [:]
    var paths: [[String]?] = []
    var cleaned: [String?] = []
    for (column, raw) in headers.enumerated() {
      let header = raw.trimmingCharacters(in: .whitespaces)
      guard !header.isEmpty else {
        paths.append(nil)
        cleaned.append(nil)
        continue
      }
      let name = Self.columnName(column)
      if let other = seen[header] {
        throw DataError(file: file, message: "columns \(Self.columnName(other)) and \(name) have the same header '\(header)'")
      }
      let parts = header.split(separator: ".", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if parts.contains(where: \.isEmpty) {
        throw DataError(file: file, message: "the header '\(header)' of column \(name) has an empty part between dots")
      }
      seen[header] = column
      paths.append(parts)
      cleaned.append(header)
    }
    for case let path? in paths {
      for length in 1..<path.count where seen[path.prefix(length).joined(separator: ".")] != nil {
        let group = path.prefix(length).joined(separator: ".")
        throw DataError(file: file, message: "'\(group)' is both a column and the group of '\(path.joined(separator: "."))'")
      }
    }
    self.paths = paths
    self.headers = cleaned
  }

  /// The unit for one row of cells; cells past the headers must be empty. An empty cell is empty text;
  /// a row shorter than the header leaves its last fields out, so the template reports them missing.
  func unit(row: Int, cells: [String]) -> UnitRow {
    var object = Value.object(OrderedDictionary())
    var key = ""
    for (column, cell) in cells.enumerated() {
      guard column < paths.count else {
        if cell.isEmpty { continue }
        return UnitRow(row: row, data: .object(OrderedDictionary()), key: key,
                       problem: "row \(row) has a value in column \(Self.columnName(column)), which has no header")
      }
      guard let path = paths[column] else { continue }
      if key.isEmpty { key = cell }
      object = object.setting(.string(cell), at: path)
    }
    return UnitRow(row: row, data: object, key: key)
  }

  /// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var number = index + 1
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }
}
