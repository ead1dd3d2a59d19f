/// Safety rules for entry names, shared by ``ZipArchive`` (reading) and ``ZipWriter`` (writing).
///
/// A name is accepted when it is a non-empty relative path with `/` separators that
/// cannot escape a directory it would be extracted into:
/// no leading `/`, no backslash, no drive letter (`C:`), no `..` segment,
/// no control character (U+0000–U+001F, U+007F).
enum EntryNameRules {
  /// Returns why `name` is unsafe, or nil when it is acceptable.
  static func problem(with name: String) -> String? {
    if name.isEmpty {
      return "empty entry name"
    }
    if name.hasPrefix("/") {
      return "absolute entry name (leading \"/\")"
    }
    if name.contains("\\") {
      return "entry name contains a backslash"
    }
    let utf8 = Array(name.utf8.prefix(2))
    if utf8.count == 2, utf8[1] == UInt8(ascii: ":"),
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(utf8[0] & 0xDF)
    {
      return "entry name starts with a drive letter"
    }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "entry name contains a control character"
    }
    if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
      return "entry name contains a \"..\" segment"
    }
    return nil
  }

  /// The key under which two names collide: names are compared ignoring case.
  static func collisionKey(_ name: String) -> String {
    name.lowercased()
  }

  /// The name with control characters escaped (`\u{1B}`), safe to print in a message.
  static func printable(_ name: String) -> String {
    var text = ""
    for scalar in name.unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F {
        text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }
}
