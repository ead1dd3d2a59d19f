/// The built-in filters and the helpers they share.
enum StandardFilters {
  static let all: [String: FilterDefinition] = {
    var filters: [String: FilterDefinition] = [:]
    filters["upper"] = text("upper") { $0.uppercased() }
    filters["lower"] = text("lower") { $0.lowercased() }
    filters["trim"] = text("trim") { trimmed($0) }
    filters["default"] = defaultFilter
    filters["join"] = join
    filters["len"] = length("len")
    filters["count"] = length("count")
    filters["items"] = items
    filters["number"] = number
    filters["percent"] = percent
    filters["wan"] = wan
    filters["date"] = date
    filters["cn"] = chineseNumerals
    filters["cnyear"] = chineseYear
    filters["cnmoney"] = chineseMoney
    filters["field"] = field
    filters["with"] = with
    filters["titlebreak"] = titleBreak
    return filters
  }()

  // MARK: Argument checks

  /// Accepts no arguments.
  static let noArguments: @Sendable ([Value]) -> Phrase? = { arguments in
    arguments.isEmpty ? nil : TemplatePhrase.takesNoArguments.phrase()
  }

  /// Accepts nothing or one whole number in `range`.
  static func optionalInteger(_ range: ClosedRange<Int>) -> @Sendable ([Value]) -> Phrase? {
    { arguments in
      if arguments.isEmpty { return nil }
      guard arguments.count == 1 else { return TemplatePhrase.atMostOneArgument.phrase(["count": .text(String(arguments.count))]) }
      guard let count = integer(arguments[0]), range.contains(count) else {
        return TemplatePhrase.notWholeNumberIn.phrase(["text": .text(argumentText(arguments[0])),
                                                       "low": .text(String(range.lowerBound)), "high": .text(String(range.upperBound))])
      }
      return nil
    }
  }

  /// The whole number an argument stands for (`2`, `"2"`), or nil.
  static func integer(_ argument: Value) -> Int? {
    switch argument {
    case .number(let number): return Int(number.literal)
    case .string(let text): return Int(text)
    default: return nil
    }
  }

  /// The text of an argument: strings as they are, numbers as written.
  static func argumentText(_ argument: Value) -> String {
    if case .number(let number) = argument { return number.literal }
    return argument.displayText
  }

  // MARK: Value checks

  static func failure(_ filter: String, _ reason: TemplatePhrase, _ values: [String: Phrase.Value] = [:]) -> TemplateError {
    let phrase = reason.phrase(values)
    return TemplateError(.filterFailed(filter: filter, reason: phrase.englishText), hint: nil, arguments: ["reason": phrase])
  }

  /// A value quoted for a phrase: its text quoted and cut short when long, or its kind.
  static func quotedValue(_ value: Value) -> Phrase.Value {
    switch value {
    case .string, .number, .bool: return .text("'" + TemplateError.shortened(value.displayText, limit: 30) + "'")
    default: return ValueKindPhrase.phrase(kindName: value.kindName)
    }
  }

  /// The exact number a value holds: a number, or text that reads as one (`" 1,234.50 "` included), or
  /// text as a sheet shows a number (`6.8%`, `¥1,234.50`, `(5.00)`, `１２３`; see ``ShownNumber``).
  static func decimal(_ value: Value, filter: String) throws -> DecimalDigits {
    switch value {
    case .number(let number):
      if let digits = DecimalDigits(parsing: number.literal) { return digits }
      if let digits = DecimalDigits(parsing: "\(number.double)") { return digits }
    case .string(let text):
      if let digits = DecimalDigits(parsing: text, allowGrouping: true) ?? ShownNumber.decimal(text) { return digits }
    default:
      break
    }
    throw failure(filter, .notANumber, ["value": quotedValue(value)])
  }

  /// Whitespace a template author cannot see: Unicode spaces (ideographic, no-break) and zero-width ones.
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
  }

  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }),
      let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return "" }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
    return String(scalars[first...last])
  }
}
