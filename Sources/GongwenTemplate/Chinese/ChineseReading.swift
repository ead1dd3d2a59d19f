/// Reads a non-negative integer, given as decimal digits, the way Chinese writes numbers: digit
/// names with the units 十 百 千 inside a group of four digits, and 万 and 亿 between groups.
struct ChineseReading: Sendable {
  /// Names of the digits 0...9.
  let digitNames: [String]
  /// Units inside a four-digit group: ones, tens, hundreds, thousands.
  let groupUnits: [String]
  let wan: String
  let yi: String
  /// Write 零 when a group above ends in zero, too (`壹拾万零伍仟`, the style of amounts in words),
  /// not only when the group below starts with one (`十万五千`, the style of reading numbers).
  let zeroAfterTrailingZero: Bool

  /// Everyday numerals: 一万零一, 十万五千.
  static let lowercase = ChineseReading(
    digitNames: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    groupUnits: ["", "十", "百", "千"], wan: "万", yi: "亿", zeroAfterTrailingZero: false)

  /// Financial capitals for amounts: 壹拾万零伍仟.
  static let capital = ChineseReading(
    digitNames: ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"],
    groupUnits: ["", "拾", "佰", "仟"], wan: "万", yi: "亿", zeroAfterTrailingZero: true)

  /// The reading of `digits` (most significant first, values 0...9); `零` for zero.
  /// Every ten reads with its digit (`一十`); callers drop a leading `一` where usage wants `十`.
  func read(_ digits: some Collection<UInt8>) -> String {
    var text = ""
    let significant = Array(digits).drop { $0 == 0 }
    if significant.isEmpty { return digitNames[0] }
    append(significant, unit: "", to: &text)
    return text
  }

  /// Appends the reading of `digits` times `unit` (`""`, `亿`, `亿亿`, …); `digits` have no leading
  /// zero and are not all zero. Above eight digits the part above 亿 is read with the unit `亿` + `unit`,
  /// so 10^16 is `一亿亿` and 100000001×10^8 is `一亿亿零一亿`.
  private func append(_ digits: ArraySlice<UInt8>, unit: String, to text: inout String) {
    guard digits.count > 8 else {
      appendUpToYi(digits, to: &text)
      text += unit
      return
    }
    let high = digits.dropLast(8)
    let low = digits.suffix(8)
    append(high, unit: yi + unit, to: &text)
    let lowSignificant = low.drop { $0 == 0 }
    if lowSignificant.isEmpty { return }
    if low.first == 0 || (zeroAfterTrailingZero && high.last == 0) { text += digitNames[0] }
    append(lowSignificant, unit: unit, to: &text)
  }

  /// One to eight digits: the group above 万, 万, and the group below.
  private func appendUpToYi(_ digits: ArraySlice<UInt8>, to text: inout String) {
    guard digits.count > 4 else {
      appendGroup(digits, to: &text)
      return
    }
    let high = digits.dropLast(4)
    let low = digits.suffix(4)
    appendGroup(high, to: &text)
    text += wan
    let lowSignificant = low.drop { $0 == 0 }
    if lowSignificant.isEmpty { return }
    if low.first == 0 || (zeroAfterTrailingZero && high.last == 0) { text += digitNames[0] }
    appendGroup(lowSignificant, to: &text)
  }

  /// One group of one to four digits: a single 零 for each run of zeros between non-zero digits.
  private func appendGroup(_ digits: ArraySlice<UInt8>, to text: inout String) {
    var pendingZero = false
    var position = digits.count - 1
    for digit in digits {
      defer { position -= 1 }
      if digit == 0 {
        pendingZero = true
        continue
      }
      if pendingZero {
        text += digitNames[0]
        pendingZero = false
      }
      text += digitNames[Int(digit)]
      text += groupUnits[position]
    }
  }
}
