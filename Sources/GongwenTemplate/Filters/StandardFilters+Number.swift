extension StandardFilters {
  /// `number:"#,##0.00"`: formats a number with an Excel-style pattern (see `NumberPattern`).
  static let number = FilterDefinition(
    check: { arguments in
      guard arguments.count == 1 else {
        return TemplatePhrase.exactlyOnePattern.phrase(["count": .text(String(arguments.count))])
      }
      let text = argumentText(arguments[0])
      return NumberPattern(text) == nil ? TemplatePhrase.notNumberPattern.phrase(["text": .text(text)]) : nil
    },
    apply: { value, arguments in
      guard let argument = arguments.first, let pattern = NumberPattern(argumentText(argument)) else {
        throw failure("number", .needsPattern)
      }
      return .string(pattern.format(try decimal(value, filter: "number")))
    })

  /// `percent:1`: the number times 100 with the given decimals (0 when none) and `%`.
  static let percent = FilterDefinition(
    check: optionalInteger(0...20),
    apply: { value, arguments in
      let decimals = try decimalsArgument(arguments, default: 0, filter: "percent")
      let number = try decimal(value, filter: "percent").shifted(by: 2).rounded(toDecimals: decimals)
      return .string(number.plainText + "%")
    })

  /// `wan` / `wan:1`: the number in units of 万 (10,000), rounded to the decimals (2 when none), trailing
  /// zeros dropped: `123456` → `12.35万`, `120000` → `12万`.
  static let wan = FilterDefinition(
    check: optionalInteger(0...20),
    apply: { value, arguments in
      let decimals = try decimalsArgument(arguments, default: 2, filter: "wan")
      let number = try decimal(value, filter: "wan").shifted(by: -4).rounded(toDecimals: decimals)
      return .string(number.trimmingTrailingZeros().plainText + "万")
    })

  private static func decimalsArgument(_ arguments: [Value], default fallback: Int, filter: String) throws -> Int {
    guard let argument = arguments.first else { return fallback }
    guard let count = integer(argument), (0...20).contains(count) else {
      throw failure(filter, .notDecimals, ["text": .text(argumentText(argument))])
    }
    return count
  }
}
