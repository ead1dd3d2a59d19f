/// Numbers written in Chinese numerals: `一万零一`, `负十二`, `三点一四`, and years digit by digit (`二〇二二`).
package enum ChineseNumerals {
  /// The year-style digits, with `〇` for zero.
  static let yearDigits: [String] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// An integer in Chinese numerals: `0` → `零`, `10` → `十`, `101` → `一百零一`,
  /// `100010000` → `一亿零一万`, `-12` → `负十二`.
  package static func integer(_ value: Int) -> String {
    let digits = String(value.magnitude).utf8.map { $0 - 48 }
    return signed(value < 0, reading(of: digits))
  }

  /// An integer of any size given as ASCII digits (an optional leading `-`); nil when the text is not one.
  package static func integer(digits text: String) -> String? {
    guard let number = DecimalDigits(parsing: text), number.scale == 0 else { return nil }
    return signed(number.negative, reading(of: number.digits))
  }

  /// A number as written (`3.14`, `-0.5`, `1e4`, `12`): the integer part in numerals, the fraction read
  /// digit by digit after `点` (`三点一四`), trailing fraction zeros kept as written. Nil for non-numbers.
  package static func number(literal: String) -> String? {
    guard let value = DecimalDigits(parsing: literal) else { return nil }
    return numeral(value)
  }

  static func numeral(_ number: DecimalDigits) -> String {
    var text = reading(of: number.integerDigits)
    if number.scale > 0 {
      text += "点"
      for digit in number.fractionDigits { text += ChineseReading.lowercase.digitNames[Int(digit)] }
    }
    return signed(number.negative, text)
  }

  /// A year read digit by digit: `2022` → `二〇二二`.
  package static func year(_ value: Int) -> String {
    signed(value < 0, String(value.magnitude).utf8.map { yearDigits[Int($0 - 48)] }.joined())
  }

  /// Any string of ASCII digits read digit by digit (`"0701"` → `〇七〇一`); nil when it holds anything else.
  package static func year(digits text: String) -> String? {
    var result = ""
    for byte in text.utf8 {
      guard byte >= 48, byte <= 57 else { return nil }
      result += yearDigits[Int(byte - 48)]
    }
    return result.isEmpty ? nil : result
  }

  /// The reading of a non-negative integer's digits, `十` rather than `一十` at the start.
  static func reading(of digits: some Collection<UInt8>) -> String {
    let text = ChineseReading.lowercase.read(digits)
    if text.hasPrefix("一十") { return String(text.dropFirst()) }
    return text
  }

  private static func signed(_ negative: Bool, _ text: String) -> String {
    negative && text != "零" ? "负" + text : text
  }
}
