extension DateParts {
  /// The pattern letters a date pattern must use at least one of.
  static let patternLetters: Set<Unicode.Scalar> = ["y", "M", "d", "H", "m", "s"]

  /// True when `pattern` is `cn` or holds at least one date or time token.
  static func isPattern(_ pattern: String) -> Bool {
    pattern == "cn" || pattern.unicodeScalars.contains { patternLetters.contains($0) }
  }

  /// Formats with tokens `yyyy yy MM M dd d HH H mm ss`; other text is kept as it is. The pattern `cn`
  /// writes the date in Chinese numerals: `二〇二二年十二月三十一日`.
  func formatted(_ pattern: String) -> String {
    if pattern == "cn" {
      return ChineseNumerals.year(year) + "年" + ChineseNumerals.integer(month) + "月"
        + ChineseNumerals.integer(day) + "日"
    }
    let characters = Array(pattern.unicodeScalars)
    var text = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      var run = 1
      while index + run < characters.count && characters[index + run] == character { run += 1 }
      if let token = token(character, run: run) {
        text += token.text
        index += token.consumed
      } else {
        text.unicodeScalars.append(character)
        index += 1
      }
    }
    return text
  }

  /// The text for the longest token starting with `run` copies of `character`, and how many it used.
  private func token(_ character: Unicode.Scalar, run: Int) -> (text: String, consumed: Int)? {
    switch character {
    case "y":
      if run >= 4 { return (DateParts.padded(year, 4), 4) }
      if run >= 2 { return (DateParts.padded(year % 100, 2), 2) }
      return nil
    case "M": return run >= 2 ? (DateParts.padded(month, 2), 2) : (String(month), 1)
    case "d": return run >= 2 ? (DateParts.padded(day, 2), 2) : (String(day), 1)
    case "H": return run >= 2 ? (DateParts.padded(hour, 2), 2) : (String(hour), 1)
    case "m": return run >= 2 ? (DateParts.padded(minute, 2), 2) : nil
    case "s": return run >= 2 ? (DateParts.padded(second, 2), 2) : nil
    default: return nil
    }
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
