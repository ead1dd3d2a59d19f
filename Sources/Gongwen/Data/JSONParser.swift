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
      throw JSONFailure(offset: position, message: "the text is empty: expected a JSON value such as {}")
    }
    var stack: [Frame] = []
    parsing: while true {
      try skipWhitespace()
      var value: Value
      guard position < bytes.count else {
        throw JSONFailure(offset: position, message: "unexpected end of the text: expected a value")
      }
      switch bytes[position] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[position] == UInt8(ascii: "{")
        if stack.count >= limits.maxDepth {
          throw JSONFailure(
            offset: position, message: "the data nests deeper than \(limits.maxDepth) levels")
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
          isObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after a list element"
        guard position < bytes.count else {
          throw JSONFailure(offset: position, message: "unexpected end of the text: \(expected)")
        }
        let byte = bytes[position]
        if byte == UInt8(ascii: ",") {
          position += 1
          try skipWhitespace()
          if position < bytes.count, bytes[position] == closer {
            throw JSONFailure(
              offset: position,
              message: "JSON does not allow a trailing comma before '\(Character(Unicode.Scalar(closer)))'")
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
          message: "unexpected \(describeNext()) after the JSON value: the text must hold exactly one value")
      }
      return value
    }
  }

  /// Parses `"key"` and the `:` after it; the position is at the key's opening quote.
  private mutating func parseKeyAndColon(afterComma: Bool) throws(JSONFailure) -> String {
    guard position < bytes.count else {
      throw JSONFailure(offset: position, message: "unexpected end of the text: expected a key in double quotes")
    }
    guard bytes[position] == UInt8(ascii: "\"") else {
      if bytes[position] == UInt8(ascii: "'") {
        throw JSONFailure(offset: position, message: "JSON keys must be in double quotes, not single quotes")
      }
      let expected = afterComma ? "expected a key in double quotes after ','" : "expected a key in double quotes or '}'"
      throw JSONFailure(offset: position, message: "\(expected), found \(describeNext())")
    }
    let key = try parseString()
    try skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw JSONFailure(offset: position, message: "expected ':' after the object key")
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
      throw JSONFailure(offset: position, message: "JSON strings must be in double quotes, not single quotes")
    case UInt8(ascii: "+"):
      throw JSONFailure(offset: position, message: "a JSON number cannot start with '+'")
    case UInt8(ascii: "."):
      throw JSONFailure(offset: position, message: "a JSON number must start with a digit (write 0.5, not .5)")
    default:
      break
    }
    let word = readWord()
    switch word {
    case "true", "false", "null":
      position += word.utf8.count
      return word == "null" ? .null : .bool(word == "true")
    case "":
      throw JSONFailure(offset: position, message: "expected a value, found \(describeNext())")
    case "True", "TRUE", "False", "FALSE", "Null", "NULL", "None", "nil", "undefined":
      throw JSONFailure(
        offset: position, message: "unknown word '\(word)': JSON's literals are true, false and null, in lower case")
    case "NaN", "Infinity", "inf":
      throw JSONFailure(offset: position, message: "JSON has no '\(word)': numbers must be finite")
    default:
      throw JSONFailure(offset: position, message: "unknown word '\(word)': text must be in double quotes")
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
          throw JSONFailure(offset: position, message: "JSON does not allow comments")
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
      throw JSONFailure(offset: position, message: "the data has more than \(limits.maxNodes) values")
    }
  }

  /// `U+000A`-style name of a code point.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The character at the position for a message: `'x'`, or "the end of the text".
  func describeNext() -> String {
    guard position < bytes.count else { return "the end of the text" }
    var end = position + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    if let scalar = text.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
      return "control character \(JSONParser.codePoint(scalar.value))"
    }
    return "'\(text)'"
  }
}
