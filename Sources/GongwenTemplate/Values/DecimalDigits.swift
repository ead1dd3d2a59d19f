/// An exact decimal number held as its digits, for formatting without floating-point error.
///
/// Only the operations filters need: shifting the decimal point (×100 for percent, ÷10000 for 万)
/// and rounding half away from zero to a number of decimals.
struct DecimalDigits: Sendable, Equatable {
  /// True for numbers below zero (never set for zero itself once normalized).
  var negative: Bool
  /// All digits, integer part then fraction part, most significant first, values 0...9.
  var digits: [UInt8]
  /// How many of `digits` are after the decimal point.
  var scale: Int

  /// The largest exponent accepted, so that `1e999999` cannot allocate a huge digit array.
  static let maximumExponent = 400

  init(negative: Bool, digits: [UInt8], scale: Int) {
    self.negative = negative
    self.digits = digits
    self.scale = scale
    normalize()
  }

  /// Parses `-12.50`, `+3`, `.5`, `1e3`, `2.5E-2`; with `allowGrouping`, also `1,234.5`
  /// (commas only between groups of three integer digits). Surrounding whitespace is ignored.
  init?(parsing text: String, allowGrouping: Bool = false) {
    var text = text
    let parsed = text.withUTF8 { DecimalDigits.parse(DecimalDigits.trimmed($0), allowGrouping: allowGrouping) }
    guard let parsed else { return nil }
    self = parsed
  }

  /// `bytes` without surrounding whitespace (ASCII, and Unicode spaces such as U+3000).
  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
    var slice = bytes[...]
    while let first = slice.first {
      if first == 0x20 || (0x09...0x0D).contains(first) {
        slice = slice.dropFirst()
      } else if first >= 0x80, let width = unicodeSpaceWidth(slice, atEnd: false) {
        slice = slice.dropFirst(width)
      } else {
        break
      }
    }
    while let last = slice.last {
      if last == 0x20 || (0x09...0x0D).contains(last) {
        slice = slice.dropLast()
      } else if last >= 0x80, let width = unicodeSpaceWidth(slice, atEnd: true) {
        slice = slice.dropLast(width)
      } else {
        break
      }
    }
    return slice
  }

  /// The byte length of a Unicode space (U+00A0, U+2000–U+200B, U+202F, U+205F, U+3000, U+FEFF)
  /// at the start or end of `bytes`, or nil.
  private static func unicodeSpaceWidth(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, atEnd: Bool) -> Int? {
    for width in 2...3 where bytes.count >= width {
      let start = atEnd ? bytes.endIndex - width : bytes.startIndex
      let scalarBytes = bytes[start..<(start + width)]
      var decoder = UTF8()
      var iterator = scalarBytes.makeIterator()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator), UTF8.width(scalar) == width else { continue }
      if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { return width }
      return nil
    }
    return nil
  }

  private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, allowGrouping: Bool) -> DecimalDigits? {
    var index = bytes.startIndex
    var negative = false
    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    var digits: [UInt8] = []
    digits.reserveCapacity(bytes.count)
    var scale = 0
    var seenPoint = false
    var seenDigit = false
    var groupRun = 0
    var sawGroupSeparator = false
    var exponent = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= 48 && byte <= 57 {
        digits.append(byte - 48)
        seenDigit = true
        if seenPoint { scale += 1 } else { groupRun += 1 }
      } else if byte == UInt8(ascii: ".") && !seenPoint {
        if sawGroupSeparator && groupRun != 3 { return nil }
        seenPoint = true
      } else if byte == UInt8(ascii: ",") && allowGrouping && !seenPoint && seenDigit {
        if sawGroupSeparator ? groupRun != 3 : groupRun > 3 { return nil }
        sawGroupSeparator = true
        groupRun = 0
      } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && seenDigit {
        let text = String(decoding: bytes[(index + 1)...], as: UTF8.self)
        guard let value = Int(text), abs(value) <= maximumExponent else { return nil }
        exponent = value
        break
      } else {
        return nil
      }
      index += 1
    }
    guard seenDigit else { return nil }
    if sawGroupSeparator && !seenPoint && groupRun != 3 { return nil }
    return DecimalDigits(negative: negative, digits: digits, scale: scale - exponent)
  }

  /// Strips leading integer zeros, turns a negative scale into trailing zeros, pads the fraction with
  /// leading zeros so there are at least `scale` digits, clears the sign of zero.
  private mutating func normalize() {
    if scale < 0 {
      digits.append(contentsOf: repeatElement(0, count: -scale))
      scale = 0
    }
    if digits.count < scale {
      digits.insert(contentsOf: repeatElement(0, count: scale - digits.count), at: 0)
    }
    let integerCount = digits.count - scale
    var leading = 0
    while leading < integerCount, digits[leading] == 0 { leading += 1 }
    if leading > 0 { digits.removeFirst(leading) }
    if isZero { negative = false }
  }

  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// The integer digits, without leading zeros; `[0]` for a zero integer part.
  var integerDigits: [UInt8] {
    let count = digits.count - scale
    return count > 0 ? Array(digits[0..<count]) : [0]
  }

  /// The fraction digits as written (trailing zeros kept).
  var fractionDigits: [UInt8] { Array(digits[(digits.count - scale)...]) }

  /// The number times 10^`places` (negative `places` divides).
  func shifted(by places: Int) -> DecimalDigits {
    var copy = self
    copy.scale -= places
    copy.normalize()
    return copy
  }

  /// The number rounded half away from zero to exactly `decimals` fraction digits.
  func rounded(toDecimals decimals: Int) -> DecimalDigits {
    var copy = self
    if copy.scale <= decimals {
      copy.digits.append(contentsOf: repeatElement(0, count: decimals - copy.scale))
      copy.scale = decimals
      return copy
    }
    let drop = copy.scale - decimals
    let firstDropped = copy.digits[copy.digits.count - drop]
    copy.digits.removeLast(drop)
    copy.scale = decimals
    if firstDropped >= 5 {
      var position = copy.digits.count - 1
      var carry = true
      while carry && position >= 0 {
        if copy.digits[position] == 9 {
          copy.digits[position] = 0
          position -= 1
        } else {
          copy.digits[position] += 1
          carry = false
        }
      }
      if carry { copy.digits.insert(1, at: 0) }
    }
    copy.normalize()
    return copy
  }

  /// Drops trailing fraction zeros (`12.50` → `12.5`, `12.00` → `12`).
  func trimmingTrailingZeros() -> DecimalDigits {
    var copy = self
    while copy.scale > 0, copy.digits.last == 0 {
      copy.digits.removeLast()
      copy.scale -= 1
    }
    return copy
  }

  /// Plain notation: `-1234.50`.
  var plainText: String {
    var text = negative ? "-" : ""
    text += DecimalDigits.string(integerDigits)
    if scale > 0 { text += "." + DecimalDigits.string(fractionDigits) }
    return text
  }

  static func string(_ digits: some Sequence<UInt8>) -> String {
    String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
  }
}
