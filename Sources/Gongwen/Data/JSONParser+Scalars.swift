import GongwenTemplate
extension JSONParser {
  /// Parses a string; the position is at its opening quote.
  mutating func parseString() throws(JSONFailure) -> String {
    let opening = position
    position += 1
    let contentStart = position
    // Fast path: no escapes, so the bytes are the string.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        try checkStringLength(position - contentStart, start: opening)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
        position += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacterFailure(byte) }
      position += 1
    }
    var buffer = Array(bytes[contentStart..<position])
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: buffer, as: UTF8.self)
      }
      if byte < 0x20 { throw controlCharacterFailure(byte) }
      if byte == UInt8(ascii: "\\") {
        try parseEscape(into: &buffer)
      } else {
        buffer.append(byte)
        position += 1
      }
      try checkStringLength(buffer.count, start: opening)
    }
    throw JSONFailure(offset: opening, message: DataPhrase.unclosedString.phrase())
  }

  private func checkStringLength(_ length: Int, start: Int) throws(JSONFailure) {
    if length > limits.maxStringBytes {
      throw JSONFailure(
        offset: start, message: DataPhrase.stringTooLong.phrase(["limit": .text(String(limits.maxStringBytes))]))
    }
  }

  private func controlCharacterFailure(_ byte: UInt8) -> JSONFailure {
    switch byte {
    case 0x0A, 0x0D:
      return JSONFailure(
        offset: position,
        message: DataPhrase.stringPastLineEnd.phrase())
    case 0x09:
      return JSONFailure(offset: position, message: DataPhrase.tabInString.phrase())
    default:
      return JSONFailure(
        offset: position,
        message: DataPhrase.controlInString.phrase(["code": .text(JSONParser.codePoint(UInt32(byte)))]))
    }
  }

  /// Parses one escape at the position (a backslash) and appends its UTF-8 to `buffer`.
  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONFailure) {
    let start = position
    guard position + 1 < bytes.count else {
      throw JSONFailure(offset: position, message: DataPhrase.endInsideString.phrase())
    }
    let escaped = bytes[position + 1]
    position += 2
    switch escaped {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      var value = try parseHex4(escapeStart: start)
      if (0xDC00...0xDFFF).contains(value) {
        throw JSONFailure(
          offset: start,
          message: DataPhrase.loneLowSurrogate.phrase(["hex": .text(hex(value))]))
      }
      if (0xD800...0xDBFF).contains(value) {
        let lowStart = position
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else {
          throw JSONFailure(
            offset: start,
            message: DataPhrase.loneHighSurrogate.phrase(["hex": .text(hex(value))]))
        }
        position += 2
        let low = try parseHex4(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw JSONFailure(
            offset: start,
            message: DataPhrase.loneHighSurrogate.phrase(["hex": .text(hex(value))]))
        }
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(value) else {
        throw JSONFailure(offset: start, message: DataPhrase.notUnicodeCharacter.phrase(["hex": .text(hex(value))]))
      }
      buffer.append(contentsOf: String(Character(scalar)).utf8)
    default:
      position = start
      let shown = escaped < 0x20 || escaped >= 0x80 ? "\\" : "\\\(Character(Unicode.Scalar(escaped)))"
      throw JSONFailure(
        offset: start,
        message: DataPhrase.invalidEscape.phrase(["escape": .text(shown)]))
    }
  }

  /// Four hex digits after `\u`; the position is just after the `u`.
  private mutating func parseHex4(escapeStart: Int) throws(JSONFailure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = JSONParser.hexValue(bytes[position]) else {
        throw JSONFailure(offset: escapeStart, message: DataPhrase.hexDigits.phrase())
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private func hex(_ value: UInt32) -> String {
    String(JSONParser.codePoint(value).dropFirst(2))
  }

  /// Parses a number at the position, keeping its literal.
  mutating func parseNumber() throws(JSONFailure) -> NumberValue {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw JSONFailure(offset: position, message: DataPhrase.digitAfterMinus.phrase())
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) {
        throw JSONFailure(
          offset: start,
          message: DataPhrase.leadingZero.phrase())
      }
    } else {
      skipDigits()
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw JSONFailure(offset: position, message: DataPhrase.digitAfterPoint.phrase())
      }
      skipDigits()
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw JSONFailure(offset: position, message: DataPhrase.digitInExponent.phrase())
      }
      skipDigits()
    }
    if position < bytes.count {
      let next = bytes[position]
      let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
      if isLetter || next == UInt8(ascii: ".") || next == UInt8(ascii: "_") {
        throw JSONFailure(offset: position, message: DataPhrase.unexpectedInNumber.phrase(["found": describeNext()]))
      }
    }
    let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let number = NumberValue(literal: literal) else {
      throw JSONFailure(offset: start, message: DataPhrase.numberTooLarge.phrase(["number": .text(literal)]))
    }
    return number
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func skipDigits() {
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
  }
}
