/// A calendar date with an optional time of day, as read from data text.
///
/// Reads `2022-12-31`, `2022/12/31`, `2022.12.31`, `2022年12月31日`, each optionally followed by a time
/// (`T08:30`, ` 08:30:00`, fractions of a second and a zone such as `Z` or `+08:00` are ignored).
struct DateParts: Sendable, Equatable {
  var year: Int
  var month: Int
  var day: Int
  var hour = 0
  var minute = 0
  var second = 0

  init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  init?(parsing text: String) {
    var reader = Reader(Array(StandardFilters.trimmed(text).unicodeScalars))
    guard let year = reader.number(digits: 4...4) else { return nil }
    let separator = reader.next()
    guard let separator, "-/.年".unicodeScalars.contains(separator) else { return nil }
    guard let month = reader.number(digits: 1...2) else { return nil }
    let chinese = separator == "年"
    guard reader.next() == (chinese ? "月" : separator), let day = reader.number(digits: 1...2) else { return nil }
    if chinese && reader.peek == "日" { reader.skip() }
    self.init(year: year, month: month, day: day)
    if !reader.atEnd {
      guard reader.peek == "T" || reader.peek == " " else { return nil }
      while reader.peek == "T" || reader.peek == " " { reader.skip() }
      guard let hour = reader.number(digits: 1...2), reader.next() == ":",
        let minute = reader.number(digits: 2...2)
      else { return nil }
      self.hour = hour
      self.minute = minute
      if reader.peek == ":" {
        reader.skip()
        guard let second = reader.number(digits: 2...2) else { return nil }
        self.second = second
      }
      if reader.peek == "." {
        reader.skip()
        guard reader.number(digits: 1...9) != nil else { return nil }
      }
      guard reader.atEnd || reader.restIsZone else { return nil }
    }
    guard isValid else { return nil }
  }

  var isValid: Bool {
    guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
    else { return false }
    return (1...DateParts.days(inMonth: month, year: year)).contains(day)
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Walks the scalars of the text being parsed.
  private struct Reader {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    mutating func skip() { position += 1 }

    mutating func next() -> Unicode.Scalar? {
      defer { position += 1 }
      return peek
    }

    /// A run of ASCII digits whose length is in `digits`.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
      var value = 0
      var count = 0
      while let scalar = peek, scalar.value >= 48, scalar.value <= 57, count < digits.upperBound {
        value = value * 10 + Int(scalar.value - 48)
        count += 1
        skip()
      }
      return digits.contains(count) ? value : nil
    }

    /// `Z`, `+08:00`, `-0500` or `+08` up to the end.
    var restIsZone: Bool {
      let rest = scalars[position...]
      if rest.count == 1 && (rest.first == "Z" || rest.first == "z") { return true }
      guard let sign = rest.first, sign == "+" || sign == "-" else { return false }
      let body = rest.dropFirst().filter { $0 != ":" }
      return (body.count == 2 || body.count == 4) && body.allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }
  }
}
