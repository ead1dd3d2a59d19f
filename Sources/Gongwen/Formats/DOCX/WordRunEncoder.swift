/// Encodes a value inside a Word run's `w:t`: `\n` closes the text and adds `w:br`, `\t` adds `w:tab`.
enum WordRunEncoder {
  static func encode(_ text: String, prefix: String, into output: inout [UInt8]) {
    let p = prefix.isEmpty ? "" : prefix + ":"
    let scalars = text.unicodeScalars
    // Text between breaks is escaped in one piece, straight from the value's storage.
    var start = scalars.startIndex
    var index = start
    var previousWasCR = false
    while index != scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      switch scalar {
      case "\r", "\n", "\u{2028}":
        XMLEscaping.appendText(scalars[start..<index], to: &output)
        start = next
        if !(scalar == "\n" && previousWasCR) {
          output += "</\(p)t><\(p)br/><\(p)t xml:space=\"preserve\">".utf8
        }
      case "\t":
        XMLEscaping.appendText(scalars[start..<index], to: &output)
        start = next
        output += "</\(p)t><\(p)tab/><\(p)t xml:space=\"preserve\">".utf8
      default:
        break
      }
      previousWasCR = scalar == "\r"
      index = next
    }
    XMLEscaping.appendText(scalars[start...], to: &output)
  }
}
