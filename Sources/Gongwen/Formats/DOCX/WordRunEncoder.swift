/// Encodes a value inside a Word run's `w:t`: `\n` closes the text and adds `w:br`, `\t` adds `w:tab`.
enum WordRunEncoder {
  static func encode(_ text: String, prefix: String, into output: inout [UInt8]) {
    let p = prefix.isEmpty ? "" : prefix + ":"
    var pending = Substring.UnicodeScalarView()
    func flush() {
      XMLEscaping.appendText(pending, to: &output)
      pending = Substring.UnicodeScalarView()
    }
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r", "\n", "\u{2028}":
        if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
        flush()
        output += "</\(p)t><\(p)br/><\(p)t xml:space=\"preserve\">".utf8
      case "\t":
        flush()
        output += "</\(p)t><\(p)tab/><\(p)t xml:space=\"preserve\">".utf8
      default:
        pending.append(scalar)
      }
      previousWasCR = scalar == "\r"
    }
    flush()
  }
}
