extension StandardFilters {
  /// A filter that changes text; numbers and booleans are changed as their text, lists item by item.
  static func text(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> FilterDefinition {
    @Sendable func change(_ value: Value) throws -> Value {
      switch value {
      case .null: return .null
      case .string(let text): return .string(transform(text))
      case .number, .bool: return .string(transform(value.displayText))
      case .list(let items): return .list(try items.map(change))
      case .object: throw failure(name, .expectsTextGot, ["kind": .phrase(ValueKindPhrase.object.phrase())])
      }
    }
    return FilterDefinition(check: noArguments) { value, _ in try change(value) }
  }

  /// `default:"无"`: replaces null, a missing value, empty text and an empty list.
  static let defaultFilter = FilterDefinition(
    acceptsNull: true,
    check: { arguments in
      arguments.count == 1 ? nil : TemplatePhrase.exactlyOneReplacement.phrase(["count": .text(String(arguments.count))])
    },
    apply: { value, arguments in
      guard let replacement = arguments.first else { throw failure("default", .needsReplacement) }
      switch value {
      case .null: return replacement
      case .string(let text) where text.isEmpty: return replacement
      case .list(let items) where items.isEmpty: return replacement
      default: return value
      }
    })

  /// `join:"、"`: a list's items as text, joined by the separator (`、` when none is given).
  static let join = FilterDefinition(
    check: { arguments in
      arguments.count <= 1 ? nil : TemplatePhrase.atMostOneSeparator.phrase(["count": .text(String(arguments.count))])
    },
    apply: { value, arguments in
      guard case .list(let items) = value else { return value }
      let separator = arguments.first.map(argumentText) ?? "、"
      return .string(items.map(\.displayText).joined(separator: separator))
    })

  /// `len` / `count`: the number of items in a list or an object, or of characters in text.
  static func length(_ name: String) -> FilterDefinition {
    FilterDefinition(check: noArguments) { value, _ in
      let count: Int
      switch value {
      case .list(let items): count = items.count
      case .object(let members): count = members.count
      default: count = value.displayText.count
      }
      return .number(NumberValue(Double(count)))
    }
  }
}
