import GongwenTemplate

/// The units of a batch: one row of data per document, in the order of the source table.
public struct UnitTable: Sendable {
  /// The file the units were read from, for messages.
  public let file: String
  /// The field names as the source gives them (CSV and spreadsheet headers, dotted for nested keys),
  /// or the first object's keys for JSON and YAML lists.
  public let fields: [String]
  /// The units, in order.
  public let units: [UnitRow]

  /// A table read from `file`, or built in code.
  public init(file: String, fields: [String], units: [UnitRow]) {
    self.file = file
    self.fields = fields
    self.units = units
  }
}

/// One unit: its place in the source and its data, or why its row could not be read.
///
/// Rows of CSV and spreadsheet tables are kept packed (their cells in one string) and become objects
/// only when asked for, so that a table of 100,000 units takes a few megabytes.
public struct UnitRow: Sendable {
  /// Where the row is in its source: the spreadsheet or CSV row number (the header is row 1),
  /// the line number in JSONL, the 1-based item number in a JSON or YAML list.
  public let row: Int
  /// Why the row cannot be used (a malformed JSON line, a CSV row with extra cells), or nil.
  public let problem: RowProblem?
  /// Why the row is not a unit and is skipped (``TotalRow/reason`` for a 合计 row), or nil.
  public internal(set) var skipReason: String?
  private let storage: Storage

  private enum Storage: Sendable {
    case value(Value, key: String)
    case cells(String, UnitRecordLayout)
  }

  /// A unit from 1-based `row` with its data and key; `problem` marks a row that cannot be rendered.
  public init(row: Int, data: Value, key: String, problem: RowProblem? = nil) {
    self.row = row
    self.problem = problem
    storage = .value(data, key: key)
  }

  init(row: Int, cells: [String], layout: UnitRecordLayout) {
    self.row = row
    problem = nil
    if cells.contains(where: { $0.unicodeScalars.contains(UnitRecordLayout.separator) }) {
      storage = .value(layout.object(cells), key: layout.key(cells))
    } else {
      storage = .cells(cells.joined(separator: String(UnitRecordLayout.separator)), layout)
    }
  }

  /// The unit's data (an object); empty when `problem` is set.
  public var data: Value {
    switch storage {
    case .value(let value, _): return value
    case .cells(let packed, let layout): return layout.object(Self.unpack(packed))
    }
  }

  /// The text that names the unit in messages: the value of the first field, when it has one.
  public var key: String {
    switch storage {
    case .value(_, let key): return key
    case .cells(let packed, let layout): return layout.key(Self.unpack(packed))
    }
  }

  private static func unpack(_ packed: String) -> [String] {
    packed.utf8.split(separator: UInt8(UnitRecordLayout.separator.value), omittingEmptySubsequences: false)
      .map { String(Substring($0)) }
  }
}
