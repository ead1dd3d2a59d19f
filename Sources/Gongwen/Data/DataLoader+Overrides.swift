import GongwenTemplate
import Collections

extension DataLoader {
  /// The `file` of errors about `--set` overrides.
  package static let overrideFile = "<--set>"

  /// Applies `--set` overrides `a.b.c=value` to `data`, in order.
  ///
  /// Everything after the first `=` is the value, read by `parseScalarText(_:)`. Each dotted
  /// name part selects an object member, creating objects on the way and replacing a text,
  /// number, boolean or null that stands in the way; a part that is a number (`items.0.name`)
  /// selects a list element (the list's length appends). A malformed override (no `=`, an
  /// empty name, an empty name part) is a `DataError` naming it.
  /// Overrides need data that has names or items: a top level that is a text, number or boolean is
  /// an error rather than replaced.
  package static func applying(overrides: [String], to data: Value) throws -> Value {
    switch data {
    case .object, .list, .null: break
    case _ where overrides.isEmpty: break
    default:
      throw DataError(
        file: overrideFile,
        message: DataPhrase.overrideTopLevel.phrase(["kind": ValueKindPhrase.phrase(kindName: data.kindName)]))
    }
    var result = data
    for override in overrides {
      let path = try overridePath(override)
      let text = String(override[override.index(after: override.firstIndex(of: "=") ?? override.startIndex)...])
      result = try setting(parseScalarText(text), at: path[...], in: result, override: override, done: [])
    }
    return result
  }

  /// The value an override's text stands for: `true`, `false` and `null` are themselves, text
  /// that starts and ends with `[ ]` or `{ }` is parsed as JSON when it is valid JSON, and
  /// anything else (numbers too) is the text as written.
  package static func parseScalarText(_ text: String) -> Value {
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default: break
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let looksLikeJSON =
      (trimmed.hasPrefix("[") && trimmed.hasSuffix("]")) || (trimmed.hasPrefix("{") && trimmed.hasSuffix("}"))
    if looksLikeJSON, let value = try? parseJSONValue(trimmed) { return value }
    return .string(text)
  }

  /// The dotted name parts of an override, or an error pointing at what is missing.
  private static func overridePath(_ override: String) throws(DataError) -> [String] {
    guard let equals = override.firstIndex(of: "=") else {
      throw overrideError(
        override, column: override.count + 1,
        DataPhrase.overrideNoEquals.phrase(["override": .text(override)]))
    }
    let name = override[..<equals]
    if name.isEmpty {
      throw overrideError(override, column: 1, DataPhrase.overrideNoName.phrase(["override": .text(override)]))
    }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    var column = 1
    for part in parts {
      if part.isEmpty {
        throw overrideError(
          override, column: column, DataPhrase.overrideEmptyPart.phrase(["override": .text(override), "name": .text(String(name))]))
      }
      column += part.count + 1
    }
    if parts.count > DataLimits.default.maxDepth {
      throw overrideError(
        override, column: 1, DataPhrase.overrideTooDeep.phrase(["override": .text(override), "limit": .text(String(DataLimits.default.maxDepth))]))
    }
    return parts
  }

  private static func overrideError(_ override: String, column: Int, _ message: Phrase) -> DataError {
    DataError(.override, file: overrideFile, column: column, message: message, sourceLine: override)
  }

  private static func setting(
    _ value: Value, at path: ArraySlice<String>, in current: Value, override: String, done: [String]
  ) throws(DataError) -> Value {
    guard let part = path.first else { return value }
    let rest = path.dropFirst()
    let here = done + [part]
    switch current {
    case .object(var members):
      let child = members[part] ?? .null
      members[part] = try setting(value, at: rest, in: child, override: override, done: here)
      return .object(members)
    case .list(var items):
      let name = done.joined(separator: ".")
      guard let index = Int(part), index >= 0, String(index) == part else {
        throw DataError(.override,
          file: overrideFile,
          message: DataPhrase.overrideItemNumber.phrase(["override": .text(override), "name": .text(name), "part": .text(part)]))
      }
      guard index <= items.count else {
        throw DataError(.override,
          file: overrideFile,
          message: DataPhrase.overridePastEnd.phrase(
            ["override": .text(override), "name": .text(name), "count": .text(String(items.count)), "index": .text(String(index))]))
      }
      let child = index < items.count ? items[index] : .null
      let updated = try setting(value, at: rest, in: child, override: override, done: here)
      if index < items.count { items[index] = updated } else { items.append(updated) }
      return .list(items)
    default:
      var members = OrderedDictionary<String, Value>()
      members[part] = try setting(value, at: rest, in: .null, override: override, done: here)
      return .object(members)
    }
  }
}
