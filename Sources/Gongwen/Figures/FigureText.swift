/// Escaping for the figure markup both formats write by hand.
enum FigureText {
  /// `text` escaped for a double-quoted attribute value, without characters XML 1.0 forbids.
  static func attribute(_ text: String) -> String {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars where XMLEscaping.isLegal(scalar) {
      XMLEscaping.appendAttribute(String(scalar), to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` escaped for element content, without characters XML 1.0 forbids.
  static func text(_ text: String) -> String {
    var bytes: [UInt8] = []
    XMLEscaping.appendText(text[...].unicodeScalars, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
