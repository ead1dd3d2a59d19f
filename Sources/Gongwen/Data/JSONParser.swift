import GongwenTemplate
import Collections

/// A strict RFC 8259 JSON parser over UTF-8 bytes that keeps number literals as written.
///
/// It is iterative (an explicit stack of open containers), so deep nesting ends in a
/// `maxDepth` error, never a stack overflow. Duplicate keys: the last value wins, at the place
/// the key first appeared.
struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: DataLimits
  var position = 0
  var nodeCount = 0

  init(bytes: UnsafeBufferPointer<UInt8>, limits: DataLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  /// One open list or object.
  private struct Frame {
    let isObject: Bool
    let start: Int
    var list: [Value] = []
    var object = OrderedDictionary<String, Value>()
    var key = ""

    var value: Value { isObject ? .object(object) : .list(list) }
  }

  /// Parses the whole text as one JSON value.
  mutating func parseDocument() throws(JSONFailure) -> Value {
    try skipWhitespace()
    if position >= bytes.count {
      throw JSONFailure(offset: position, message: DataPhrase.jsonEmpty.phrase())
    }
    var stack: [Frame] = []
    parsing: while true {
      try skipWhitespace()
      var value: Value
      guard position < bytes.count else {
        throw JSONFailure(offset: position, message: DataPhrase.endExpectedValue.phrase())
      }
      switch bytes[position] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[position] == UInt8(ascii: "{")
        if stack.count >= limits.maxDepth {
          throw JSONFailure(
            offset: position, message: DataPhrase.nestsTooDeep.phrase(["limit": .text(String(limits.maxDepth))]))
        }
        try countNode()
        stack.append(Frame(isObject: isObject, start: position))
        position += 1
        try skipWhitespace()
        let closer = UInt8(ascii: isObject ? "}" : "]")
        if position < bytes.count, bytes[position] == closer {
          position += 1
          value = stack.removeLast().value
        } else {
          if isObject { stack[stack.count - 1].key = try parseKeyAndColon(afterComma: false) }
          continue parsing
        }
      default:
        value = try parseScalar()
        try countNode()
      }
      // A value is complete: put it into its container, then close containers as long as
      // their closing bracket follows.
      while !stack.isEmpty {
        let top = stack.count - 1
        if stack[top].isObject {
          stack[top].object[stack[top].key] = value
        } else {
          stack[top].list.append(value)
        }
        try skipWhitespace()
        let isObject = stack[top].isObject
        let closer = UInt8(ascii: isObject ? "}" : "]")
        let expected =
          (isObject ? DataPhrase.expectedAfterMember : DataPhrase.expectedAfterElement).phrase()
        guard position < bytes.count else {
          throw JSONFailure(offset: position, message: DataPhrase.endExpected.phrase(["expected": .phrase(expected)]))
        }
        let byte = bytes[position]
        if byte == UInt8(ascii: ",") {
          position += 1
          try skipWhitespace()
          if position < bytes.count, bytes[position] == closer {
            throw JSONFailure(
              offset: position,
              message: DataPhrase.trailingComma.phrase(["closer": .text(String(Character(Unicode.Scalar(closer))))]))
          }
          if isObject { stack[top].key = try parseKeyAndColon(afterComma: true) }
          continue parsing
        }
        guard byte == closer else { throw JSONFailure(offset: position, message: expected) }
        position += 1
        value = stack.removeLast().value
      }
      try skipWhitespace()
      if position < bytes.count {
        throw JSONFailure(
          offset: position,
          message: DataPhrase.afterValue.phrase(["found": describeNext()]))
      }
      return value
    }
  }

  /// Parses `"key"` and the `:` after it; the position is at the key's opening quote.
  private mutating func parseKeyAndColon(afterComma: Bool) throws(JSONFailure) -> String {
    guard position < bytes.count else {
      throw JSONFailure(offset: position, message: DataPhrase.endExpectedKey.phrase())
    }
    guard bytes[position] == UInt8(ascii: "\"") else {
      if bytes[position] == UInt8(ascii: "'") {
        throw JSONFailure(offset: position, message: DataPhrase.singleQuotedKey.phrase())
      }
      let expected = afterComma ? DataPhrase.expectedKeyAfterComma : DataPhrase.expectedKeyOrBrace
      throw JSONFailure(offset: position, message: expected.phrase(["found": describeNext()]))
    }
    let key = try parseString()
    try skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw JSONFailure(offset: position, message: DataPhrase.expectedColon.phrase())
    }
    position += 1
    return key
  }

  /// Parses a string, number or literal at the position.
  private mutating func parseScalar() throws(JSONFailure) -> Value {
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try parseNumber())
    case UInt8(ascii: "'"):
      throw JSONFailure(offset: position, message: DataPhrase.singleQuotedString.phrase())
    case UInt8(ascii: "+"):
      throw JSONFailure(offset: position, message: DataPhrase.plusNumber.phrase())
    case UInt8(ascii: "."):
      throw JSONFailure(offset: position, message: DataPhrase.dotNumber.phrase())
    default:
      break
    }
    let word = readWord()
    switch word {
    case "true", "false", "null":
      position += word.utf8.count
      return word == "null" ? .null : .bool(word == "true")
    case "":
      throw JSONFailure(offset: position, message: DataPhrase.expectedValueFound.phrase(["found": describeNext()]))
    case "True", "TRUE", "False", "FALSE", "Null", "NULL", "None", "nil", "undefined":
      throw JSONFailure(
        offset: position, message: DataPhrase.literalCase.phrase(["word": .text(word)]))
    case "NaN", "Infinity", "inf":
      throw JSONFailure(offset: position, message: DataPhrase.notFinite.phrase(["word": .text(word)]))
    default:
      throw JSONFailure(offset: position, message: DataPhrase.unquotedWord.phrase(["word": .text(word)]))
    }
  }

  /// Letters, digits and non-ASCII characters at the position, without moving it.
  private func readWord() -> String {
    var end = position
    while end < bytes.count {
      let byte = bytes[end]
      let isWordByte =
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
      guard isWordByte else { break }
      end += 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
  }

  /// Skips JSON whitespace; a `//` or `/*` is an error.
  private mutating func skipWhitespace() throws(JSONFailure) {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D:
        position += 1
      case UInt8(ascii: "/"):
        if position + 1 < bytes.count,
          bytes[position + 1] == UInt8(ascii: "/") || bytes[position + 1] == UInt8(ascii: "*")
        {
          throw JSONFailure(offset: position, message: DataPhrase.comments.phrase())
        }
        return
      default:
        return
      }
    }
  }

  mutating func countNode() throws(JSONFailure) {
    nodeCount += 1
    if nodeCount > limits.maxNodes {
      throw JSONFailure(offset: position, message: DataPhrase.tooManyValues.phrase(["limit": .text(String(limits.maxNodes))]))
    }
  }

  /// `U+000A`-style name of a code point.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The character at the position for a message: `'x'`, or "the end of the text".
  func describeNext() -> Phrase.Value {
    guard position < bytes.count else { return .phrase(DataPhrase.endOfText.phrase()) }
    var end = position + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    if let scalar = text.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
      return .phrase(DataPhrase.controlCharacter.phrase(["code": .text(JSONParser.codePoint(scalar.value))]))
    }
    return .text("'\(text)'")
  }
}
