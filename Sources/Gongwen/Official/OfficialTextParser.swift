import Collections
import GongwenTemplate

/// Reads a report written as text into structured content, in the data shape of `{{>正文}}`.
///
/// Plain text: the first non-empty line is the title; a line starting with an official number
/// (`一、` `（一）` `1.` `（1）`) is a heading of that level, kept as written; every other line is a body
/// paragraph ("一是……二是……" points stay in their paragraph). A heading line that goes on after its
/// first `。` is a run-in heading: the heading up to and including that `。`, then body text in the
/// same paragraph. A form feed is a page break.
///
/// Markdown adds: `#` headings (the first is the title, `##`–`#####` are levels 1–4), `-`/`*`/`+` and
/// `1.` lists, `|` tables (the row above a `|---|` line is the header), `\newpage` page breaks, and
/// paragraphs made of consecutive lines. Inline Markdown (emphasis, links) is kept as typed.
public enum OfficialTextParser {
  /// A parsed document: its title (nil when the text is empty) and its body as structured data.
  public struct Document: Sendable {
    public var title: String?
    public var body: Value
  }

  /// Parses a whole document; `markdown` selects the Markdown reading.
  public static func parseDocument(_ text: String, markdown: Bool) -> Document {
    var reader = LineReader(markdown: markdown)
    var title: String?
    for line in lines(of: text) {
      if title == nil {
        let trimmed = trim(line)
        guard !trimmed.isEmpty else { continue }
        title = markdown ? String(stripHashes(trimmed).text) : String(trimmed)
        continue
      }
      reader.read(line)
    }
    return Document(title: title, body: .list(reader.finish()))
  }

  /// Parses text that holds body only (no title line), as plain text.
  public static func parseBody(_ text: String) -> Value {
    var reader = LineReader(markdown: false)
    for line in lines(of: text) { reader.read(line) }
    return .list(reader.finish())
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

  /// A heading block as data; a run-in heading when text goes on after the first `。`.
  static func heading(_ text: Substring, level: Int) -> Value {
    var block = OrderedDictionary<String, Value>()
    if let stop = text.firstIndex(of: "。"), text.index(after: stop) < text.endIndex {
      let split = text.index(after: stop)
      block["标题"] = .string(String(text[..<split]))
      block["级别"] = .number(NumberValue(Double(level)))
      block["接排"] = .bool(true)
      block["内容"] = .list([.string(String(text[split...]))])
    } else {
      block["标题"] = .string(String(text))
      block["级别"] = .number(NumberValue(Double(level)))
    }
    return .object(block)
  }
}
