import Foundation

/// Amounts of money in Chinese financial capitals, as cheques and invoices write them
/// (`壹仟贰佰叁拾肆元伍角`, `壹拾万元整`).
package enum ChineseMoney {
  /// The amount in capitals, rounded half up to the fen (0.01): `1234` → `壹仟贰佰叁拾肆元整`,
  /// `1000.05` → `壹仟元零伍分`, `0.5` → `伍角`, `0` → `零元整`, negatives prefixed `负`.
  package static func capital(_ decimal: Decimal) -> String {
    // `Decimal.description` is exact plain notation, which always parses.
    capital(literal: decimal.description) ?? "零元整"
  }

  /// The amount written as a number literal (`"1234.5"`, `"-3"`, `"1e4"`), or nil when it is not a number.
  package static func capital(literal: String) -> String? {
    guard let number = DecimalDigits(parsing: literal) else { return nil }
    return capital(number)
  }

  static func capital(_ number: DecimalDigits) -> String {
    let rounded = number.rounded(toDecimals: 2)
    let reading = ChineseReading.capital
    let integer = rounded.integerDigits
    let fraction = rounded.fractionDigits
    let jiao = Int(fraction[0])
    let fen = Int(fraction[1])
    let integerIsZero = integer.allSatisfy { $0 == 0 }
    var text = rounded.negative ? "负" : ""
    if integerIsZero {
      if jiao == 0 && fen == 0 { return "零元整" }
    } else {
      text += reading.read(integer) + "元"
    }
    if jiao == 0 && fen == 0 { return text + "整" }
    if jiao > 0 {
      text += reading.digitNames[jiao] + "角"
    } else if !integerIsZero {
      text += reading.digitNames[0]
    }
    if fen > 0 { text += reading.digitNames[fen] + "分" }
    return text
  }
}
