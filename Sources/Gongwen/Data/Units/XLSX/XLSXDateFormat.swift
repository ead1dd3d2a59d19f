/// Shows a spreadsheet date serial (days since 1899-12-30, or 1904-01-01; the fraction is the time of day)
/// in a date or time format.
enum XLSXDateFormat {
  static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"]
  static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

  /// A calendar date and time of day.
  struct Moment: Equatable {
    var year, month, day, hour, minute, second, weekday: Int
  }

  /// The moment a serial stands for; nil outside the years 1900–9999.
  static func moment(_ serial: Double, date1904: Bool) -> Moment? {
    guard serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(days)) * 86_400).rounded())
    if seconds >= 86_400 {
      days += 1
      seconds -= 86_400
    }
    // Excel counts a 29 February 1900 that never was (serial 60); serials below it are one day behind.
    if !date1904 && days == 60 {
      return Moment(year: 1900, month: 2, day: 29, hour: seconds / 3600, minute: seconds / 60 % 60,
                    second: seconds % 60, weekday: 3)
    }
    let epochOffset = date1904 ? 1462 : (days < 60 ? 1 : 0)
    // Days since 1970-01-01 of serial 0 (1899-12-30).
    let unixDays = days + epochOffset - 25_569
    let (year, month, day) = civil(fromDays: unixDays)
    let weekday = ((unixDays % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
    return Moment(year: year, month: month, day: day, hour: seconds / 3600, minute: seconds / 60 % 60,
                  second: seconds % 60, weekday: weekday)
  }

  /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func format(_ serial: Double, tokens: XLSXFormatTokens, date1904: Bool) -> String? {
    guard let moment = moment(serial, date1904: date1904) else { return nil }
    let twelveHour = tokens.tokens.contains { if case .meridiem = $0 { return true } else { return false } }
    var text = ""
    for (index, token) in tokens.tokens.enumerated() {
      switch token {
      case .literal(let literal): text += literal
      case .meridiem(let kind):
        let morning = moment.hour < 12
        switch kind {
        case "AM/PM": text += morning ? "AM" : "PM"
        case "A/P": text += morning ? "A" : "P"
        default: text += morning ? "上午" : "下午"
        }
      case .code(let code):
        text += part(code, moment, twelveHour: twelveHour, isMinute: isMinute(at: index, in: tokens.tokens), serial: serial)
      }
    }
    return text
  }

  /// `m`/`mm` mean minutes right after an hour or right before seconds.
  private static func isMinute(at index: Int, in tokens: [XLSXFormatTokens.Token]) -> Bool {
    guard case .code(let code) = tokens[index], code.first == "m", code.count <= 2 else { return false }
    let codes = tokens.enumerated().compactMap { offset, token -> (Int, String)? in
      if case .code(let code) = token { return (offset, code) } else { return nil }
    }
    guard let position = codes.firstIndex(where: { $0.0 == index }) else { return false }
    if position > 0, codes[position - 1].1.first == "h" || codes[position - 1].1.hasPrefix("[h") { return true }
    if position + 1 < codes.count, codes[position + 1].1.first == "s" { return true }
    return false
  }

  private static func part(_ code: String, _ moment: Moment, twelveHour: Bool, isMinute: Bool, serial: Double) -> String {
    func padded(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    switch code.first {
    case "y": return code.count <= 2 ? padded(moment.year % 100, 2) : padded(moment.year, 4)
    case "m" where isMinute: return padded(moment.minute, code.count)
    case "m":
      switch code.count {
      case 1, 2: return padded(moment.month, code.count)
      case 3: return String(monthNames[moment.month - 1].prefix(3))
      case 4: return monthNames[moment.month - 1]
      default: return String(monthNames[moment.month - 1].prefix(1))
      }
    case "d":
      switch code.count {
      case 1, 2: return padded(moment.day, code.count)
      case 3: return String(dayNames[moment.weekday].prefix(3))
      default: return dayNames[moment.weekday]
      }
    case "h":
      let hour = twelveHour ? (moment.hour % 12 == 0 ? 12 : moment.hour % 12) : moment.hour
      return padded(hour, min(code.count, 2))
    case "s": return padded(moment.second, min(code.count, 2))
    case "[":
      let total = Int((serial * 86_400).rounded())
      switch code.dropFirst().first {
      case "h": return String(total / 3600)
      case "m": return String(total / 60)
      default: return String(total)
      }
    default: return code  // digits and punctuation of a mixed format, shown as written
    }
  }
}
