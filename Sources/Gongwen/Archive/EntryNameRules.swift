/// Safety rules for entry names, shared by ``ZipArchive`` (reading) and ``ZipWriter`` (writing).
///
/// A name is accepted when it is a non-empty relative path with `/` separators that
/// cannot escape a directory it would be extracted into:
/// no leading `/`, no backslash, no drive letter (`C:`), no `..` segment,
/// no control character (U+0000–U+001F, U+007F).
enum EntryNameRules {
  /// Returns why `name` is unsafe, or nil when it is acceptable.
  static func problem(with name: String) -> ArchivePhrase? {
    // One pass over the UTF-8 bytes: every character the rules name is ASCII.
    let utf8 = name.utf8
    guard let first = utf8.first else {
      return .emptyName
    }
    if first == UInt8(ascii: "/") {
      return .absoluteName
    }
    if utf8.contains(UInt8(ascii: "\\")) {
      return .backslashInName
    }
    var bytes = utf8.makeIterator()
    _ = bytes.next()
    if bytes.next() == UInt8(ascii: ":"), (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first & 0xDF) {
      return .driveLetterName
    }
    if utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
      return .controlCharacterInName
    }
    // A ".." segment: exactly two dots between slashes (or the ends).
    var segmentLength = 0
    var segmentDots = 0
    for byte in utf8 {
      if byte == UInt8(ascii: "/") {
        if segmentLength == 2 && segmentDots == 2 { return .dotDotInName }
        segmentLength = 0
        segmentDots = 0
      } else {
        segmentLength += 1
        if byte == UInt8(ascii: ".") { segmentDots += 1 }
      }
    }
    if segmentLength == 2 && segmentDots == 2 { return .dotDotInName }
    return nil
  }

  /// The key under which two names collide: names are compared ignoring case.
  static func collisionKey(_ name: String) -> String {
    name.lowercased()
  }

  /// The name as a short excerpt safe to print in a message: control and invisible formatting
  /// characters (bidi overrides, zero-width marks) and replacement characters escaped (`\u{1B}`), and
  /// at most 100 characters kept (the start and the end, joined by `…`).
  static func printable(_ name: String) -> String {
    var scalars = Array(name.unicodeScalars)
    if scalars.count > 100 { scalars = Array(scalars.prefix(70)) + ["…"] + Array(scalars.suffix(29)) }
    var text = ""
    for scalar in scalars {
      if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFD || scalar.properties.generalCategory == .format
        || (0x80...0x9F).contains(scalar.value)
      {
        text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }
}
