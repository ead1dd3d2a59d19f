import Foundation

import Collections
import GongwenTemplate

/// Turns a header row and rows of cell text into unit objects: dotted headers become nested keys.
///
/// A header is used as written (`整改资金（万元）`, `检查 次数`); its dots separate nested keys only when
/// every part between them is filled, so `No.` and `1.` are one flat name.
struct UnitRecordBuilder {
  let file: String
  /// The header of each column, nil for a column without one (its cells are ignored).
  let headers: [String?]
  private let paths: [[String]?]
  private let layout: UnitRecordLayout

  /// The field names in column order.
  var fields: [String] { headers.compactMap { $0 } }

  /// Checks the headers: no duplicates, no name that is both a value and a group.
  init(headers: [String], file: String) throws {
    self.file = file
    var seen: [String: Int] = [:]
    var paths: [[String]?] = []
    var cleaned: [String?] = []
    for (column, raw) in headers.enumerated() {
      let header = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !header.isEmpty else {
        paths.append(nil)
        cleaned.append(nil)
        continue
      }
      let name = Self.columnName(column)
      if let other = seen[header] {
        throw DataError(.unitTable, file: file, message: UnitTablePhrase.sameHeader.phrase(
          ["first": .text(Self.columnName(other)), "second": .text(name), "header": .text(header)]))
      }
      let parts = header.split(separator: ".", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      seen[header] = column
      paths.append(parts.contains(where: \.isEmpty) ? [header] : parts)
      cleaned.append(header)
    }
    for case let path? in paths {
      for length in 1..<path.count where seen[path.prefix(length).joined(separator: ".")] != nil {
        let group = path.prefix(length).joined(separator: ".")
        throw DataError(.unitTable, file: file, message: UnitTablePhrase.columnAndGroup.phrase(["group": .text(group), "path": .text(path.joined(separator: "."))]))
      }
    }
    self.paths = paths
    self.headers = cleaned
    layout = UnitRecordLayout(paths: paths)
  }

  /// The unit for one row of cells; cells past the headers must be empty. An empty cell (or one holding
  /// only spaces) is left out, like a missing column: a tag that prints it reports a missing value.
  func unit(row: Int, cells: [String]) -> UnitRow {
    if let column = cells.indices.first(where: { $0 >= paths.count && !cells[$0].isEmpty }) {
      return UnitRow(row: row, data: .object(OrderedDictionary()), key: layout.key(cells),
                     problem: .valueWithoutHeader(row: row, column: Self.columnName(column)))
    }
    return UnitRow(row: row, cells: cells, layout: layout)
  }

  /// The text that names a row in messages: its first filled cell under a header (序号 last).
  func key(_ cells: [String]) -> String { layout.key(cells) }

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
  private let firstColumn: Int?
  /// Headers of sequence-number columns.
  static let sequenceHeaders: Set<String> = ["序号", "序", "编号", "No.", "No", "NO.", "NO", "no.", "#"]

  init(paths: [[String]?]) {
    var root: [(name: String, member: Member)] = []
    for (column, path) in paths.enumerated() {
      if let path { Self.insert(column, path: path[...], into: &root) }
    }
    members = root
    // A sequence-number column (序号, No.) names no unit: it comes last among the key's candidates.
    let named = paths.indices.filter { paths[$0] != nil }
    let isSequence = { (column: Int) in paths[column].map { Self.sequenceHeaders.contains($0.joined(separator: ".")) } ?? false }
    keyColumns = named.filter { !isSequence($0) } + named.filter(isSequence)
    firstColumn = named.first
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

  /// The row as an object; empty cells and columns past the end of a short row are left out (and groups
  /// without a filled cell too).
  func object(_ cells: [String]) -> Value { .object(build(members, cells)) }

  private func build(_ members: [(name: String, member: Member)], _ cells: [String]) -> OrderedDictionary<String, Value> {
    var object = OrderedDictionary<String, Value>(minimumCapacity: members.count)
    for (name, member) in members {
      switch member {
      case .column(let column):
        if column < cells.count, !HeaderRowLocator.isBlank(cells[column]) { object[name] = .string(cells[column]) }
      case .group(let children):
        let group = build(children, cells)
        if !group.isEmpty { object[name] = .object(group) }
      }
    }
    return object
  }

  /// The first filled cell under a header, sequence-number columns (序号) last; a totals label (合计) in
  /// the first column, where offices often put it (merged across 序号 and the next column), first.
  func key(_ cells: [String]) -> String {
    if let firstColumn, firstColumn < cells.count, TotalRow.isTotal(cells[firstColumn]) { return cells[firstColumn] }
    return keyColumns.lazy.filter { $0 < cells.count && !HeaderRowLocator.isBlank(cells[$0]) }.first.map { cells[$0] } ?? ""
  }
}
