import Collections
import GongwenTemplate

/// Reads a report written as text into structured content, in the data shape of `{{>正文}}`.
///
/// Each line's role comes from `LineRoleDetector` (title, 版头 and closing elements) and
/// `BodyRoleRules` (headings, run-in headings, list items, points, paragraphs): numbers are kept as
/// written; a run-in heading is the heading up to its first `。` `：` or `；`, then body text in the
/// same paragraph. A form feed is a page break. `OfficialText` gives the other elements.
///
/// Markdown adds: `#` headings (the first is the title, `##`–`#####` are levels 1–4), `-`/`*`/`+` and
/// `1.` lists, `|` tables (the row above a `|---|` line is the header), `\newpage` page breaks, and
/// paragraphs made of consecutive lines. Inline Markdown (emphasis, links) is kept as typed.
package enum OfficialTextParser {
  /// A parsed document: its title (nil when the text is empty) and its body as structured data.
  package struct Document: Sendable {
    package var title: String?
    package var body: Value
  }

  /// Parses a whole document (without front matter); `markdown` selects the Markdown reading.
  package static func parseDocument(_ text: String, markdown: Bool) -> Document {
    let reading = OfficialText.reading(lines(of: text), after: 0, frontMatter: .object(OrderedDictionary()), markdown: markdown)
    return Document(title: reading.title, body: reading.body)
  }

  /// Parses text that holds body only (no title line), as plain text: headings, run-in headings and
  /// list items as `BodyRoleRules` reads them.
  package static func parseBody(_ text: String) -> Value {
    var numbered: [RoledLine] = []
    var texts: [Substring] = []
    for line in lines(of: text) {
      let trimmed = trim(line)
      if line == "\u{0C}" || !trimmed.isEmpty { texts.append(line == "\u{0C}" ? line : trimmed) }
    }
    let roles = BodyRoleRules.roles(texts, fixed: texts.map { $0 == "\u{0C}" ? .body : nil }, markdown: false)
    for (text, role) in zip(texts, roles) { numbered.append(RoledLine(line: 0, role: role, text: String(text))) }
    return OfficialText.blocks(numbered, markdown: false)
  }

  static func lines(of text: String) -> [Substring] {
    var result: [Substring] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      // a form feed is a page break of its own
      var rest = line[...]
      while let feed = rest.firstIndex(of: "\u{0C}") {
        result.append(rest[..<feed])
        result.append("\u{0C}")
        rest = rest[rest.index(after: feed)...]
      }
      result.append(rest)
    }
    return result
  }

  /// The line without surrounding white space (ASCII, full-width spaces, a byte-order mark).
  static func trim(_ line: Substring) -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
    guard let start = line.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = line.lastIndex(where: { !isSpace($0) }) ?? start
    return line[start...end]
  }

  /// `## x` → (2, "x"); (0, line) when the line is no Markdown heading.
  static func stripHashes(_ line: Substring) -> (count: Int, text: Substring) {
    let hashes = line.prefix { $0 == "#" }.count
    guard hashes > 0, hashes <= 6 else { return (0, line) }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return (0, line) }
    return (hashes, trim(rest))
  }

  /// A heading block as data; when `runIn`, a run-in heading split where `BodyRoleRules.runInSplit` says.
  static func heading(_ text: Substring, level: Int, runIn: Bool) -> Value {
    var block = OrderedDictionary<String, Value>()
    if runIn, let split = BodyRoleRules.runInSplit(text) {
      block["标题"] = .string(String(text[..<split]))
      block["级别"] = .number(NumberValue(Double(level)))
      block["接排"] = .bool(true)
      block["内容"] = .list([.string(String(trim(text[split...])))])
    } else {
      block["标题"] = .string(String(text))
      block["级别"] = .number(NumberValue(Double(level)))
    }
    return .object(block)
  }
}
