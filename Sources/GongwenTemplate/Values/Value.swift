import Collections
import Foundation

/// A data value that a template is rendered with: what JSON, YAML, CSV and command-line
/// overrides all load into.
///
/// Numbers keep the text they were written with, so `3` prints as `3` and `1.50` as `1.50`.
public enum Value: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(NumberValue)
  case string(String)
  case list([Value])
  case object(OrderedDictionary<String, Value>)
}

/// A number as written in the data, with its numeric value.
public struct NumberValue: Sendable, Equatable, CustomStringConvertible {
  /// The number exactly as written in the source (`"1.50"`, `"-3"`, `"1e3"`).
  public let literal: String
  /// The numeric value.
  public let double: Double

  /// Makes a number from its written form; nil when the text is not a number.
  public init?(literal: String) {
    let trimmed = literal.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, let value = Double(trimmed), value.isFinite else { return nil }
    self.literal = trimmed
    self.double = value
  }

  /// Makes a number from a computed value, written in its shortest form (`3`, not `3.0`).
  public init(_ double: Double) {
    self.double = double
    if double.rounded() == double, abs(double) < 1e15 {
      self.literal = String(Int64(double))
    } else {
      self.literal = "\(double)"
    }
  }

  public var description: String { literal }
}

extension Value {
  /// Convenience for building objects in code and tests.
  public static func object(_ pairs: KeyValuePairs<String, Value>) -> Value {
    var dictionary = OrderedDictionary<String, Value>()
    for (key, value) in pairs { dictionary[key] = value }
    return .object(dictionary)
  }

  /// A number from its written form (falls back to a string when it is not a number).
  public static func number(_ literal: String) -> Value {
    if let number = NumberValue(literal: literal) { return .number(number) }
    return .string(literal)
  }

  /// The member `key` of an object, or nil.
  public subscript(key: String) -> Value? {
    if case .object(let dictionary) = self { return dictionary[key] }
    return nil
  }

  /// The text a value prints as when it stands in a value tag.
  public var displayText: String {
    switch self {
    case .null: return ""
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return number.literal
    case .string(let text): return text
    case .list(let items): return items.map(\.displayText).joined(separator: "、")
    case .object: return ""
    }
  }

  /// A short name of the value's kind, for messages ("list", "object", "number", …).
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "text"
    case .list: return "list"
    case .object: return "object"
    }
  }
}

extension Value: Hashable {
  /// Hashes the printed text: values equal as data hash alike.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(displayText)
  }
}
