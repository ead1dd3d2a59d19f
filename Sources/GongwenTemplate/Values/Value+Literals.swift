import Collections

// Data written in Swift as literals: `let data: Value = ["单位": "市财政局", "金额": 12.5, "事项": ["一", "二"]]`.
// Numbers keep their written form as `NumberValue(Double)` gives it (`12.5`, `3`); write
// `.number("1.50")` to keep trailing zeros.

extension Value: ExpressibleByStringLiteral {
  /// A text value.
  public init(stringLiteral text: String) { self = .string(text) }
}

extension Value: ExpressibleByIntegerLiteral {
  /// A whole number.
  public init(integerLiteral number: Int) { self = .number(NumberValue(literal: String(number)) ?? NumberValue(Double(number))) }
}

extension Value: ExpressibleByFloatLiteral {
  /// A number in its shortest written form.
  public init(floatLiteral number: Double) { self = .number(NumberValue(number)) }
}

extension Value: ExpressibleByBooleanLiteral {
  /// A boolean.
  public init(booleanLiteral flag: Bool) { self = .bool(flag) }
}

extension Value: ExpressibleByArrayLiteral {
  /// A list, in order.
  public init(arrayLiteral items: Value...) { self = .list(items) }
}

extension Value: ExpressibleByDictionaryLiteral {
  /// A mapping that keeps the keys in the order written (a repeated key keeps its last value).
  public init(dictionaryLiteral pairs: (String, Value)...) {
    var members = OrderedDictionary<String, Value>()
    for (key, value) in pairs { members[key] = value }
    self = .object(members)
  }
}
