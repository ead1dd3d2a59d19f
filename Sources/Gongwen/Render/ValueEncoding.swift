/// How a value's text becomes markup at the place its tag stood.
enum ValueEncoding: Sendable, Hashable {
  /// Escaped text, nothing else (document properties, attribute-free leaf elements).
  case plain
  /// Inside a WordprocessingML `w:t` whose namespace prefix is `prefix`: line breaks and tabs
  /// become `w:br` and `w:tab` in the same run.
  case wordRun(prefix: String)
  /// Inside ODF paragraph text: line breaks, tabs and runs of spaces become `text:line-break`,
  /// `text:tab` and `text:s`.
  case odfText(prefix: String)
  /// Escaped text after a fixed prefix (a style name completed by a count).
  case affixed(String)

  /// Appends `text` encoded, dropping characters XML 1.0 does not allow.
  func encode(_ text: String, into output: inout [UInt8]) {
    switch self {
    case .plain: XMLEscaping.appendText(text[...].unicodeScalars, to: &output)
    case .wordRun(let prefix): WordRunEncoder.encode(text, prefix: prefix, into: &output)
    case .odfText(let prefix): ODFTextEncoder.encode(text, prefix: prefix, into: &output)
    case .affixed(let prefix): XMLEscaping.appendText((prefix + text)[...].unicodeScalars, to: &output)
    }
  }
}
