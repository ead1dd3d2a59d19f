/// Reads a number as a spreadsheet or a person shows it, for the number filters: `6.8%` (the value
/// divided by 100), `¥1,234.50` and `￥1,234.50`, `1,234.50元`, `(5.00)` (accountants' negative),
/// full-width digits and signs (`１２３`, `－５．５`, `１２％`).
///
/// Plain decimal text (`1234.5`, `-3`, ` 1,234.50 `) is read by ``DecimalDigits`` directly; this is the
/// second try, for text that is a number only once its decorations are taken off.
enum ShownNumber {
  static let currencySymbols = ["¥", "$", "€", "£", "RMB", "CNY"]

  static func decimal(_ text: String) -> DecimalDigits? {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      // Full-width ASCII (U+FF01…U+FF5E) to ASCII; the ideographic space to a space.
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      case 0x3000: scalars.append(" ")
      case 0x2212: scalars.append("-")  // minus sign
      case 0xFFE5: scalars.append("¥")  // full-width yen/yuan sign
      default: scalars.append(scalar)
      }
    }
    var body = StandardFilters.trimmed(String(scalars))
    var negative = false
    var percent = false
    if body.hasPrefix("(") && body.hasSuffix(")") && body.count > 2 {
      negative = true
      body = String(body.dropFirst().dropLast())
    }
    if body.hasSuffix("%") {
      percent = true
      body = String(body.dropLast())
    } else if body.hasSuffix("元") {
      body = String(body.dropLast())
    }
    body = StandardFilters.trimmed(body)
    // A sign and a currency symbol, in either order: `-¥5`, `¥-5`.
    for _ in 0..<2 {
      if body.hasPrefix("-") && !negative {
        negative = true
        body = StandardFilters.trimmed(String(body.dropFirst()))
      }
      if let symbol = currencySymbols.first(where: body.hasPrefix) {
        body = StandardFilters.trimmed(String(body.dropFirst(symbol.count)))
      }
    }
    guard let first = body.unicodeScalars.first, ("0"..."9").contains(first) || first == "." else { return nil }
    guard var number = DecimalDigits(parsing: body, allowGrouping: true) else { return nil }
    if negative {
      guard !number.negative else { return nil }
      number.negative = !number.isZero
    }
    return percent ? number.shifted(by: -2) : number
  }
}
