/// An Excel-style number pattern such as `#,##0.00`, `¥#,##0.00`, `0.0万` or `0.00%`.
///
/// The digit part runs from the first `0` or `#` (or a `.` right before one) to the last `0` or `#`;
/// text before and after it is kept literally. A `,` in the integer digits groups thousands; the count of
/// `0` and `#` after the `.` gives the (fixed) number of decimals, rounded half away from zero; the count
/// of `0` before the `.` is the minimum number of integer digits; a `%` in the literal text multiplies by 100.
struct NumberPattern: Sendable, Equatable {
  var prefix: String
  var suffix: String
  var grouping: Bool
  var minimumIntegerDigits: Int
  var decimals: Int
  var percent: Bool

  /// Nil when `text` has no digit placeholder or its digit part holds anything but `0 # , .` (one `.`).
  init?(_ text: String) {
    let characters = Array(text)
    func isPlaceholder(_ index: Int) -> Bool {
      index < characters.count && (characters[index] == "0" || characters[index] == "#")
    }
    guard let first = characters.indices.first(where: { isPlaceholder($0) }),
      let last = characters.indices.last(where: { isPlaceholder($0) })
    else { return nil }
    let start = first > 0 && characters[first - 1] == "." ? first - 1 : first
    var integerPart = true
    var grouping = false
    var minimumIntegerDigits = 0
    var decimals = 0
    for character in characters[start...last] {
      switch character {
      case "0", "#":
        if integerPart {
          if character == "0" { minimumIntegerDigits += 1 }
        } else {
          decimals += 1
        }
      case ",":
        guard integerPart else { return nil }
        grouping = true
      case ".":
        guard integerPart else { return nil }
        integerPart = false
      default:
        return nil
      }
    }
    prefix = String(characters[..<start])
    suffix = String(characters[(last + 1)...])
    self.grouping = grouping
    self.minimumIntegerDigits = minimumIntegerDigits
    self.decimals = decimals
    percent = prefix.contains("%") || suffix.contains("%")
  }

  /// The number in this pattern.
  func format(_ number: DecimalDigits) -> String {
    let rounded = (percent ? number.shifted(by: 2) : number).rounded(toDecimals: decimals)
    var integer = rounded.integerDigits
    if integer == [0] && minimumIntegerDigits == 0 { integer = [] }
    if integer.count < minimumIntegerDigits {
      integer.insert(contentsOf: repeatElement(0, count: minimumIntegerDigits - integer.count), at: 0)
    }
    var digits = ""
    for (index, digit) in integer.enumerated() {
      if grouping && index > 0 && (integer.count - index) % 3 == 0 { digits += "," }
      digits.unicodeScalars.append(Unicode.Scalar(digit + 48))
    }
    if decimals > 0 { digits += "." + DecimalDigits.string(rounded.fractionDigits) }
    return (rounded.negative ? "-" : "") + prefix + digits + suffix
  }
}
