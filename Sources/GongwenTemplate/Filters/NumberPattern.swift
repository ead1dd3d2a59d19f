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
    // The digit part is ASCII, so byte offsets of its ends are also character boundaries.
    let bytes = Array(text.utf8)
    func isPlaceholder(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "0") || byte == UInt8(ascii: "#") }
    guard let first = bytes.firstIndex(where: isPlaceholder), let last = bytes.lastIndex(where: isPlaceholder)
    else { return nil }
    let start = first > 0 && bytes[first - 1] == UInt8(ascii: ".") ? first - 1 : first
    var integerPart = true
    var grouping = false
    var minimumIntegerDigits = 0
    var decimals = 0
    for byte in bytes[start...last] {
      switch byte {
      case UInt8(ascii: "0"), UInt8(ascii: "#"):
        if !integerPart {
          decimals += 1
        } else if byte == UInt8(ascii: "0") {
          minimumIntegerDigits += 1
        }
      case UInt8(ascii: ","):
        guard integerPart else { return nil }
        grouping = true
      case UInt8(ascii: "."):
        guard integerPart else { return nil }
        integerPart = false
      default:
        return nil
      }
    }
    prefix = String(decoding: bytes[..<start], as: UTF8.self)
    suffix = String(decoding: bytes[(last + 1)...], as: UTF8.self)
    self.grouping = grouping
    self.minimumIntegerDigits = minimumIntegerDigits
    self.decimals = decimals
    percent = bytes[..<start].contains(UInt8(ascii: "%")) || bytes[(last + 1)...].contains(UInt8(ascii: "%"))
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
