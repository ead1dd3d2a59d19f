/// Escaping of text and attribute values, and removal of characters XML 1.0 forbids.
enum XMLEscaping {
  /// Appends one UTF-8 byte, escaped for text or for a double-quoted attribute value.
  @inline(__always)
  static func append(_ byte: UInt8, to output: inout [UInt8], attribute: Bool) {
    switch byte {
    case UInt8(ascii: "&"): output += "&amp;".utf8
    case UInt8(ascii: "<"): output += "&lt;".utf8
    case UInt8(ascii: ">"): output += "&gt;".utf8
    case UInt8(ascii: "\"") where attribute: output += "&quot;".utf8
    case UInt8(ascii: "\n") where attribute: output += "&#10;".utf8
    case UInt8(ascii: "\t") where attribute: output += "&#9;".utf8
    case UInt8(ascii: "\r"): output += "&#13;".utf8
    default: output.append(byte)
    }
  }

  /// Appends `text` escaped for a double-quoted attribute value.
  static func appendAttribute(_ text: String, to output: inout [UInt8]) {
    for byte in text.utf8 { append(byte, to: &output, attribute: true) }
  }

  /// Appends `text` escaped for element content, dropping characters illegal in XML 1.0.
  static func appendText(_ text: Substring.UnicodeScalarView, to output: inout [UInt8]) {
    for scalar in text where isLegal(scalar) {
      if scalar.isASCII {
        append(UInt8(scalar.value), to: &output, attribute: false)
      } else {
        UTF8.encode(scalar) { output.append($0) }
      }
    }
  }

  /// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
  @inline(__always)
  static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }
}
