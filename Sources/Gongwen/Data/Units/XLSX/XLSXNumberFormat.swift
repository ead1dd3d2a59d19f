import Foundation
import GongwenTemplate

/// A cell's number format (`0.00`, `#,##0`, `0%`, `yyyy"年"m"月"d"日"`, …): what turns the stored number
/// into the text the cell shows.
///
/// Numeric formats go through the `number` filter's Excel-style patterns (text around the digits kept,
/// `%` multiplies by 100, rounding half away from zero on the decimal value); date and time formats
/// through ``XLSXDateFormat``. Formats neither handles (fractions, scientific notation) show the number
/// as General does.
enum XLSXNumberFormat {
  /// Excel's built-in formats by id (those a workbook may use without writing their code), with the
  /// Chinese (zh-CN) ones; id 14, the locale's short date, is shown as Chinese Excel shows it.
  static let builtIn: [Int: String] = [
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm", 27: "yyyy\"年\"m\"月\"",
    28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy", 31: "yyyy\"年\"m\"月\"d\"日\"", 32: "h\"时\"mm\"分\"",
    33: "h\"时\"mm\"分\"ss\"秒\"", 36: "yyyy\"年\"m\"月\"", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
    48: "##0.0E+0", 49: "@", 50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"",
    53: "m\"月\"d\"日\"", 57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
  ]

  /// The text a cell holding `number` shows with `code`.
  static func display(_ number: Double, code: String, date1904: Bool) -> String {
    display(number, format: Parsed(code), date1904: date1904)
  }

  /// General, the format of a cell without a style.
  static let general = Parsed("General")

  /// A format code read once into its sections, for the many cells of a style.
  struct Parsed {
    let sections: [XLSXFormatTokens]
    /// The `number` filter call of each section that shows a number with a pattern.
    let calls: [FilterCall?]

    init(_ code: String) {
      let parts = XLSXNumberFormat.split(code)
      sections = (parts.isEmpty ? ["General"] : parts).map(XLSXFormatTokens.init)
      calls = sections.map { tokens in
        guard !tokens.isDate, !tokens.isGeneral, !tokens.isText else { return nil }
        let call = FilterCall(name: "number", arguments: [.string(tokens.numberPattern)])
        return FilterRegistry.standard.validate(call) == nil ? call : nil
      }
    }
  }

  /// The text a cell holding `number` shows with a parsed format.
  static func display(_ number: Double, format: Parsed, date1904: Bool) -> String {
    var index = 0
    var value = number
    if number < 0 && format.sections.count > 1 {
      index = 1
      value = -number
    } else if number == 0 && format.sections.count > 2 {
      index = 2
    }
    let tokens = format.sections[index]
    if tokens.isDate {
      return XLSXDateFormat.format(value, tokens: tokens, date1904: date1904) ?? general(number)
    }
    let literal = general(value)
    guard let call = format.calls[index], let formatted = try? FilterRegistry.standard.apply(call, to: .number(literal))
    else { return literal }
    return formatted.displayText
  }

  /// How General shows a number: at most 15 significant digits, no trailing zeros.
  static func general(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    var text = String(format: "%.15g", number)
    if text.contains("."), !text.contains("e") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// The `;`-separated sections of a format code (a `;` inside quotes or after `\` does not count).
  static func split(_ code: String) -> [String] {
    var sections: [String] = []
    var current = ""
    var quoted = false
    var escaped = false
    for character in code {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        quoted.toggle()
      } else if character == ";" && !quoted {
        sections.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    sections.append(current)
    return sections
  }
}

/// One section of a format code read into literal text and format letters.
struct XLSXFormatTokens {
  enum Token: Equatable {
    /// Text shown as it is (from quotes, `\x`, and characters that are not format letters).
    case literal(String)
    /// A run of one format letter (`yyyy`, `m`, `dd`, `hh`, `ss`), lowercased, or `0 # ? , . % E+`.
    case code(String)
    /// `AM/PM`, `A/P` or `上午/下午`.
    case meridiem(String)
  }

  var tokens: [Token] = []

  init(_ section: String) {
    let characters = Array(section)
    var index = 0
    var literal = ""
    func flush() {
      if !literal.isEmpty { tokens.append(.literal(literal)) }
      literal = ""
    }
    while index < characters.count {
      let character = characters[index]
      let rest = String(characters[index...]).uppercased()
      switch character {
      case "\"":
        index += 1
        while index < characters.count && characters[index] != "\"" {
          literal.append(characters[index])
          index += 1
        }
      case "\\":
        index += 1
        if index < characters.count { literal.append(characters[index]) }
      case "_", "*":
        index += 1  // a space as wide as, or a fill with, the next character: shows nothing here
      case "[":
        // [Red], [$-804], [$¥-804]: colours and locales; the currency symbol of [$X-…] is shown.
        var inside = ""
        index += 1
        while index < characters.count && characters[index] != "]" {
          inside.append(characters[index])
          index += 1
        }
        if inside.lowercased().hasPrefix("h") || inside.lowercased().hasPrefix("m") || inside.lowercased().hasPrefix("s") {
          flush()
          tokens.append(.code("[" + inside.lowercased()))
        } else if inside.hasPrefix("$") {
          literal += inside.dropFirst().split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        }
      default:
        if rest.hasPrefix("AM/PM") || rest.hasPrefix("上午/下午") {
          flush()
          tokens.append(.meridiem(rest.hasPrefix("AM/PM") ? "AM/PM" : "上午/下午"))
          index += 5
          continue
        }
        if rest.hasPrefix("A/P") {
          flush()
          tokens.append(.meridiem("A/P"))
          index += 3
          continue
        }
        let lower = Character(character.lowercased())
        if "ymdhs".contains(lower) || "0#?,.%".contains(character) || (character == "E" && index + 1 < characters.count && "+-".contains(characters[index + 1])) {
          flush()
          var run = String(lower)
          var next = index + 1
          if "ymdhs".contains(lower) {
            while next < characters.count && Character(characters[next].lowercased()) == lower {
              run.append(lower)
              next += 1
            }
          } else if character == "E" {
            run = "E" + String(characters[next])
            next += 1
          }
          tokens.append(.code(run))
          index = next
          continue
        }
        literal.append(character)
      }
      index += 1
    }
    flush()
  }

  var isGeneral: Bool { tokens == [.literal("General")] || tokens.isEmpty || tokens == [.literal("G/通用格式")] }
  var isText: Bool { tokens.contains(.literal("@")) }

  /// True when the section shows a date or a time.
  var isDate: Bool {
    tokens.contains {
      if case .code(let code) = $0, let first = code.first { return "ymdhs[".contains(first) }
      return false
    }
  }

  /// The section as a `number` filter pattern: literals kept, format letters in place.
  var numberPattern: String {
    tokens.map { token -> String in
      switch token {
      case .literal(let text): return text
      case .code(let code): return code
      case .meridiem(let text): return text
      }
    }.joined()
  }
}
