/// Where an unsealed signature and its date stand (GB/T 9704-2012 7.3.5.2): the issuing agency's name
/// right aligned 2 字 from the right edge, the date on the next line with its first character 2 字 right
/// of the name's first character. When the date is longer than the name, the date stands 2 字 from the
/// edge and the name moves left by as much, so the two first characters keep their 2 字 step. A date
/// a little shorter than the name thus ends less than 2 字 from the edge, as the standard's text has it
/// (and as `check-format` checks).
///
/// Widths are those of 3号 (16 pt) text with the templates' −0.25 pt letter spacing: a full-width
/// character (汉字, full-width punctuation, U+3000) is one 字, a half-width one (Arabic digits, Latin
/// letters, ASCII punctuation) half of one.
struct SignaturePlacement: Equatable, Sendable {
  /// Right indent of the name's paragraph, in points.
  let nameRight: Double
  /// Right indent of the date's paragraph, in points.
  let dateRight: Double

  /// One 字: a 3号 character, 16 pt.
  static let character = 16.0
  /// The letter spacing every body run carries (`w:spacing w:val="-5"`, `fo:letter-spacing="-0.25pt"`).
  static let letterSpacing = -0.25

  /// The places for the longest of `names` (joint documents sign one name a line) over `date`.
  init(names: [String], date: String) {
    let name = names.map(Self.width).max() ?? 0
    let date = Self.width(date)
    let step = 2 * Self.character
    // the date starts 2 字 right of the name's start: right indent = name + 2 字 − 2 字 − date,
    // unless the date is the longer: then it stands 2 字 in
    let dateRight = date > name ? step : name - date
    self.dateRight = dateRight
    self.nameRight = dateRight + date + step - name
  }

  /// The printed width of `text` in points.
  static func width(_ text: String) -> Double {
    text.unicodeScalars.reduce(0) { total, scalar in
      total + (isHalfWidth(scalar) ? character / 2 : character) + letterSpacing
    }
  }

  /// ASCII and the half-width forms print half a 字 wide in the official faces.
  static func isHalfWidth(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x7F || (0xFF61...0xFFDC).contains(scalar.value) || (0x2000...0x200A).contains(scalar.value)
  }
}
