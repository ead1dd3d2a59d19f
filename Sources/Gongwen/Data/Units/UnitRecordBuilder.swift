import Foundation

import Collections
import GongwenTemplate

/// Turns a header row and rows of cell text into unit objects: dotted headers become nested keys.
struct UnitRecordBuilder {
  let file: String
  /// The header of each column, nil for a column without one (its cells are ignored).
  let headers: [String?]
  private let paths: [[String]?]
  private let layout: UnitRecordLayout

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
    layout = UnitRecordLayout(paths: paths)
  }

  /// The unit for one row of cells; cells past the headers must be empty. An empty cell is empty text;
  /// a row shorter than the header leaves its last fields out, so the template reports them missing.
  func unit(row: Int, cells: [String]) -> UnitRow {
    if let column = cells.indices.first(where: { $0 >= paths.count && !cells[$0].isEmpty }) {
      return UnitRow(row: row, data: .object(OrderedDictionary()), key: layout.key(cells),
                     problem: "row \(row) has a value in column \(Self.columnName(column)), which has no header")
    }
    return UnitRow(row: row, cells: cells, layout: layout)
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

/// How a packed row's cells become an object: the dotted path of each column (nil: no header), as a
/// tree of member names built once and shared by every row of a table.
final class UnitRecordLayout: Sendable {
  /// Joins a row's cells in its packed form (a row holding it is kept unpacked).
  static let separator: Unicode.Scalar = "\u{1F}"

  private indirect enum Member: Sendable {
    case column(Int)
    case group([(name: String, member: Member)])
  }

  private let members: [(name: String, member: Member)]
  private let keyColumns: [Int]

  init(paths: [[String]?]) {
    var root: [(name: String, member: Member)] = []
    for (column, path) in paths.enumerated() {
      if let path { Self.insert(column, path: path[...], into: &root) }
    }
    members = root
    keyColumns = paths.indices.filter { paths[$0] != nil }
  }

  private static func insert(_ column: Int, path: ArraySlice<String>, into members: inout [(name: String, member: Member)]) {
    guard let name = path.first else { return }
    if path.count == 1 {
      members.append((name, .column(column)))
      return
    }
    if let index = members.firstIndex(where: { $0.name == name }), case .group(var children) = members[index].member {
      insert(column, path: path.dropFirst(), into: &children)
      members[index].member = .group(children)
    } else {
      var children: [(name: String, member: Member)] = []
      insert(column, path: path.dropFirst(), into: &children)
      members.append((name, .group(children)))
    }
  }

  /// The row as an object; columns past the end of a short row are left out (and groups left empty).
  func object(_ cells: [String]) -> Value { .object(build(members, cells)) }

  private func build(_ members: [(name: String, member: Member)], _ cells: [String]) -> OrderedDictionary<String, Value> {
    var object = OrderedDictionary<String, Value>(minimumCapacity: members.count)
    for (name, member) in members {
      switch member {
      case .column(let column):
        if column < cells.count { object[name] = .string(cells[column]) }
      case .group(let children):
        let group = build(children, cells)
        if !group.isEmpty { object[name] = .object(group) }
      }
    }
    return object
  }

  /// The first non-empty cell under a header.
  func key(_ cells: [String]) -> String {
    keyColumns.lazy.filter { $0 < cells.count && !cells[$0].isEmpty }.first.map { cells[$0] } ?? ""
  }
}
