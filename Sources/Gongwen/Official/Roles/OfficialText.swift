import GongwenTemplate

/// A 公文 written as text, read as a 文秘 reads it: every line with its role, the front matter, and the
/// document type. `data` turns it into the official templates' data keys.
public struct OfficialText: Sendable {
  /// Every non-empty line with its role, in order (a form feed is a `body` line holding `\u{0C}`).
  package var lines: [RoledLine]
  /// The front matter's data (an empty mapping when the text has none).
  public var frontMatter: Value
  /// The type read from the title (or the 标志), nil when it names none.
  public var type: OfficialDocumentType?
  let markdown: Bool

  /// Reads `text`; `markdown` selects the Markdown reading, `file` names the text in errors (a
  /// malformed front matter block).
  public static func read(_ text: String, markdown: Bool, file: String? = nil) throws -> OfficialText {
    let all = OfficialTextParser.lines(of: text)
    let front = try FrontMatter.read(all, file: file)
    return reading(all, after: front.lineCount, frontMatter: front.data, markdown: markdown)
  }

  /// Reads the lines after the first `skipped` (the front matter's).
  static func reading(_ all: [Substring], after skipped: Int, frontMatter: Value, markdown: Bool) -> OfficialText {
    var numbered: [(number: Int, text: Substring)] = []
    for (offset, raw) in all.enumerated().dropFirst(skipped) {
      let line = OfficialTextParser.trim(raw)
      if raw == "\u{0C}" || (markdown && (line == "\\newpage" || line == "\\pagebreak")) {
        numbered.append((offset + 1, "\u{0C}"))
      } else if !line.isEmpty {
        numbered.append((offset + 1, line))
      }
    }
    let lines = LineRoleDetector.detect(numbered, markdown: markdown)
    var titleWords = lines.filter { $0.role == .title }.map(\.text).joined()
    if titleWords.isEmpty, case .string(let given)? = frontMatter["标题"] { titleWords = given }
    let type = OfficialDocumentType.from(title: titleWords)
      ?? lines.first { $0.role == .issuerMark }.flatMap { OfficialDocumentType.from(title: $0.text) }
    return OfficialText(lines: lines, frontMatter: frontMatter, type: type, markdown: markdown)
  }

  /// The title's lines as data: joined by `\n` (where the text breaks them), Markdown `#` removed.
  public var title: String? {
    let parts = lines.filter { $0.role == .title }.map { markdown ? String(OfficialTextParser.stripHashes($0.text[...]).text) : $0.text }
    return parts.isEmpty ? nil : parts.joined(separator: "\n")
  }

  /// The structured body (`正文`) of the main text.
  public var body: Value { Self.blocks(lines.filter { $0.role.isBodyText && !isAttachmentPageLine($0) }, markdown: markdown) }

  static func blocks(_ lines: [RoledLine], markdown: Bool) -> Value {
    var reader = OfficialTextParser.LineReader(markdown: markdown)
    for line in lines { reader.read(line.text[...], role: line.role) }
    return .list(reader.finish())
  }
}
