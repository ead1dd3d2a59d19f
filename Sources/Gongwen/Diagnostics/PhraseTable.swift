import Foundation

/// Matches English text against a pattern with `{name}` placeholders. Only the format check's deviation
/// texts still use it, until they carry phrases too; error sites carry ``Phrase``s.
package enum PhraseTable {
  /// The values `pattern`'s placeholders take when it matches the whole of `text`, or nil.
  static func match(_ text: String, pattern: String) -> [(String, String)]? {
    var regex = "^"
    var names: [String] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
      rest.index(after: open) < close {
      regex += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.+?)"
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    regex += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
    guard let expression = try? NSRegularExpression(pattern: regex, options: [.dotMatchesLineSeparators]),
      let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
    var parts: [(String, String)] = []
    for (index, name) in names.enumerated() {
      guard let range = Range(found.range(at: index + 1), in: text) else { return nil }
      parts.append((name, String(text[range])))
    }
    return parts
  }
}
