import GongwenTemplate

/// The numbers of GB/T 9704 structure levels: `一、` `（一）` `1.` `（1）`.
package enum OfficialNumbering {
  /// The number of the `count`-th (1-based) heading of `level` (1–4).
  package static func number(level: Int, count: Int) -> String {
    switch level {
    case 1: return ChineseNumerals.integer(count) + "、"
    case 2: return "（" + ChineseNumerals.integer(count) + "）"
    case 3: return "\(count)."
    default: return "（\(count)）"
    }
  }

  /// The ordinal of a "一是……二是……" point: `一是`, `二是`, ….
  package static func point(_ count: Int) -> String { ChineseNumerals.integer(count) + "是" }

  /// The official number a text starts with, as its level and the number as written; nil when the
  /// text does not start with one. `1.5亿元` is not a number (a digit follows the point), nor is
  /// `一是` (a point, not a heading).
  package static func leadingNumber(of text: Substring) -> (level: Int, number: Substring)? {
    let scalars = Array(text.unicodeScalars.prefix(16))
    var index = 0
    let opening = index < scalars.count && (scalars[index] == "（" || scalars[index] == "(")
    if opening { index += 1 }
    let digitsStart = index
    while index < scalars.count, isChineseDigit(scalars[index]) { index += 1 }
    let chinese = index > digitsStart
    if !chinese {
      while index < scalars.count, isDigit(scalars[index]) { index += 1 }
    }
    guard index > digitsStart, index < scalars.count else { return nil }
    let level: Int
    let terminator = scalars[index]
    if opening {
      guard terminator == "）" || terminator == ")" else { return nil }
      level = chinese ? 2 : 4
    } else if chinese {
      guard terminator == "、" else { return nil }
      level = 1
    } else {
      guard terminator == "." || terminator == "．" || terminator == "、" else { return nil }
      if index + 1 < scalars.count, isDigit(scalars[index + 1]) { return nil }
      level = 3
    }
    let length = scalars[0...index].reduce(0) { $0 + String($1).utf8.count }
    let end = text.utf8.index(text.startIndex, offsetBy: length)
    return (level, text[..<end])
  }

  private static func isChineseDigit(_ scalar: Unicode.Scalar) -> Bool {
    "〇零一二三四五六七八九十百".unicodeScalars.contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}
