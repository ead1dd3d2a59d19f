extension StandardFilters {
  /// `cn`: a number in Chinese numerals (`一万零一`, `三点一四`, `负十二`).
  static let chineseNumerals = FilterDefinition(check: noArguments) { value, _ in
    .string(ChineseNumerals.numeral(try decimal(value, filter: "cn")))
  }

  /// `cnyear`: digits read one by one (`2022` → `二〇二二`).
  static let chineseYear = FilterDefinition(check: noArguments) { value, _ in
    let text: String
    switch value {
    case .number(let number): text = number.literal
    case .string(let string): text = trimmed(string)
    default: throw failure("cnyear", .notDigits, ["value": quotedValue(value)])
    }
    guard let year = ChineseNumerals.year(digits: text) else {
      throw failure("cnyear", .notDigits, ["value": quotedValue(value)])
    }
    return .string(year)
  }

  /// `cnmoney`: an amount in financial capitals (`壹仟贰佰叁拾肆元伍角`).
  static let chineseMoney = FilterDefinition(check: noArguments) { value, _ in
    .string(ChineseMoney.capital(try decimal(value, filter: "cnmoney")))
  }
}

extension StandardFilters {
  /// `titlebreak` / `titlebreak:18`: a long 公文 title broken into balanced lines between words (`\n`
  /// where a line ends; see ``TitleLineBreaker``), for a line of 20 (or the given number of) characters.
  /// A title that holds `\n` keeps the breaks its author wrote.
  static let titleBreak = FilterDefinition(check: optionalInteger(5...60)) { value, arguments in
    let width = arguments.first.flatMap(integer) ?? 20
    switch value {
    case .string(let text): return .string(TitleLineBreaker(lineWidth: Double(width)).lines(text))
    case .number, .bool: return value
    default: throw failure("titlebreak", .expectsTextGot, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
  }
}
