import Collections
import Foundation
import GongwenTemplate

/// Reads units from JSON (a list of objects), JSON Lines (one object per line) and YAML (a list of
/// mappings). Values keep their types (numbers as written); a member that is `""` or `null` is left
/// out, like an empty cell of a sheet, so a tag that prints it reports a missing value.
enum ListUnitReader {
  static func readJSON(_ data: Data, file: String, limits: DataLimits) throws -> UnitTable {
    let text = try DataText.decode(data, file: file)
    return try table(try DataLoader.parseJSONValue(text, file: file, limits: limits), file: file, what: "JSON")
  }

  static func readYAML(_ data: Data, file: String, limits: DataLimits) throws -> UnitTable {
    let text = try DataText.decode(data, file: file)
    return try table(try DataLoader.parseYAMLValue(text, file: file, limits: limits), file: file, what: "YAML")
  }

  /// One JSON object per line (LF or CRLF line ends); blank lines are skipped; a line that is not an
  /// object is a bad unit.
  static func readJSONLines(_ data: Data, file: String, limits: DataLimits) throws -> UnitTable {
    let text = try DataText.decode(data, file: file)
    var units: [UnitRow] = []
    var fields: [String] = []
    // Split on the LF byte: as Characters, "\r\n" is one grapheme and would never match "\n".
    for (offset, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      let trimmed = String(Substring(line)).trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      let number = offset + 1
      do {
        let value = try DataLoader.parseJSONValue(trimmed, file: file, limits: limits)
        guard case .object(let members) = value else {
          units.append(UnitRow(row: number, data: .object(OrderedDictionary()), key: "",
                               problem: .lineNotObject(line: number, kind: value.kindName)))
          continue
        }
        if fields.isEmpty { fields = Array(members.keys) }
        let unit = withoutBlanks(value)
        units.append(UnitRow(row: number, data: unit, key: key(of: unit)))
      } catch let error as DataError {
        units.append(UnitRow(row: number, data: .object(OrderedDictionary()), key: "", problem: .lineUnreadable(line: number, error: error)))
      }
    }
    return UnitTable(file: file, fields: fields, units: units)
  }

  private static func table(_ value: Value, file: String, what: String) throws -> UnitTable {
    guard case .list(let items) = value else {
      throw DataError(.unitTable, file: file, message: UnitTablePhrase.notAList.phrase(["format": .text(what), "kind": ValueKindPhrase.phrase(kindName: value.kindName)]))
    }
    var units: [UnitRow] = []
    var fields: [String] = []
    for (offset, item) in items.enumerated() {
      guard case .object(let members) = item else {
        units.append(UnitRow(row: offset + 1, data: .object(OrderedDictionary()), key: "",
                             problem: .itemNotObject(item: offset + 1, kind: item.kindName)))
        continue
      }
      if fields.isEmpty { fields = Array(members.keys) }
      let unit = withoutBlanks(item)
      units.append(UnitRow(row: offset + 1, data: unit, key: key(of: unit)))
    }
    return UnitTable(file: file, fields: fields, units: units)
  }

  /// `value` with every object member that is `""`, blank text or `null` left out, at any depth.
  static func withoutBlanks(_ value: Value) -> Value {
    switch value {
    case .object(let members):
      var kept = OrderedDictionary<String, Value>(minimumCapacity: members.count)
      for (name, member) in members {
        switch member {
        case .null: continue
        case .string(let text) where HeaderRowLocator.isBlank(text): continue
        default: kept[name] = withoutBlanks(member)
        }
      }
      return .object(kept)
    case .list(let items): return .list(items.map(withoutBlanks))
    default: return value
    }
  }

  /// The first member's text, the unit's name in messages.
  static func key(of value: Value) -> String {
    guard case .object(let members) = value, let first = members.values.first else { return "" }
    return first.displayText
  }
}
