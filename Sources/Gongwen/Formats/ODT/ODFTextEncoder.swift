/// Encodes a value inside ODF paragraph text: `\n` → `text:line-break`, `\t` → `text:tab`, and
/// spaces that XML would collapse (a leading one, or any after another) → `text:s`.
enum ODFTextEncoder {
  static func encode(_ text: String, prefix: String, into output: inout [UInt8]) {
    let p = prefix.isEmpty ? "" : prefix + ":"
    var pending = Substring.UnicodeScalarView()
    var spaces = 0
    var atStart = true
    func flushText() {
      XMLEscaping.appendText(pending, to: &output)
      pending = Substring.UnicodeScalarView()
    }
    func flushSpaces() {
      guard spaces > 0 else { return }
      var count = spaces
      if !atStart {
        pending.append(" ")
        count -= 1
      }
      flushText()
      if count == 1 {
        output += "<\(p)s/>".utf8
      } else if count > 1 {
        output += "<\(p)s \(p)c=\"\(count)\"/>".utf8
      }
      spaces = 0
    }
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == " " {
        spaces += 1
        continue
      }
      flushSpaces()
      switch scalar {
      case "\r", "\n", "\u{2028}":
        if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
        flushText()
        output += "<\(p)line-break/>".utf8
        atStart = true
      case "\t":
        flushText()
        output += "<\(p)tab/>".utf8
        atStart = true
      default:
        pending.append(scalar)
        atStart = false
      }
      previousWasCR = scalar == "\r"
    }
    if spaces > 0 {
      // trailing spaces: keep them all as text:s so the reader does not collapse them
      flushText()
      output += (spaces == 1 ? "<\(p)s/>" : "<\(p)s \(p)c=\"\(spaces)\"/>").utf8
    }
    flushText()
  }
}
