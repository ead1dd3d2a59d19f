import Collections
import GongwenTemplate

extension OfficialTextParser {
  /// Turns lines into blocks, one at a time.
  struct LineReader {
    let markdown: Bool
    private var blocks: [Value] = []
    private var paragraph: [Substring] = []
    private var list: (ordered: Bool, items: [Value])?
    private var table: [[Value]] = []
    private var tableHeader: [[Value]]?

    init(markdown: Bool) { self.markdown = markdown }

    /// Reads a line whose role is known: headings by their level (run in or not), every other role
    /// as text (a paragraph; Markdown lists, tables and quotes as such).
    mutating func read(_ raw: Substring, role: LineRole) {
      guard let level = role.headingLevel else {
        read(raw, numberedHeadings: false)
        return
      }
      flush()
      let text = markdown ? stripHashes(trim(raw)).text : trim(raw)
      blocks.append(heading(text, level: level, runIn: role.isRunIn))
    }

    mutating func read(_ raw: Substring, numberedHeadings: Bool = true) {
      let line = trim(raw)
      if raw == "\u{0C}" || (markdown && (line == "\\newpage" || line == "\\pagebreak")) {
        flush()
        blocks.append(.object(OrderedDictionary(uniqueKeysWithValues: [("分页", Value.bool(true))])))
        return
      }
      guard !line.isEmpty else {
        flush()
        return
      }
      if markdown, readMarkdown(line) { return }
      if numberedHeadings, let number = OfficialNumbering.leadingNumber(of: line) {
        flush()
        blocks.append(heading(line, level: number.level, runIn: BodyRoleRules.runInSplit(line) != nil))
        return
      }
      if markdown {
        flushAllButParagraph()
        paragraph.append(line)
      } else {
        flush()
        blocks.append(.string(String(line)))
      }
    }

    /// Markdown-only line kinds; false when the line is ordinary text.
    private mutating func readMarkdown(_ line: Substring) -> Bool {
      let (hashes, text) = stripHashes(line)
      if hashes > 0 {
        flush()
        let level = min(max(hashes - 1, 1), 4)
        blocks.append(heading(text, level: OfficialNumbering.leadingNumber(of: text)?.level ?? level,
                              runIn: BodyRoleRules.runInSplit(text) != nil))
        return true
      }
      if line.hasPrefix("|") {
        flushAllButTable()
        let cells = Self.cells(of: line)
        if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }), tableHeader == nil, table.count == 1 {
          tableHeader = table
          table = []
        } else {
          table.append(cells.map { .string(String($0)) })
        }
        return true
      }
      if let item = Self.listItem(line) {
        flushAllButList()
        if list?.ordered != item.ordered {
          flushList()
          list = (item.ordered, [])
        }
        list?.items.append(.string(String(item.text)))
        return true
      }
      if line.hasPrefix("> ") || line == ">" {
        flushAllButParagraph()
        paragraph.append(trim(line.dropFirst()))
        return true
      }
      return false
    }

    static func listItem(_ line: Substring) -> (ordered: Bool, text: Substring)? {
      if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
        return (false, trim(line.dropFirst(2)))
      }
      let digits = line.prefix { $0.isASCII && $0.isNumber }
      let rest = line.dropFirst(digits.count)
      if !digits.isEmpty, digits.count < 4, let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
        return (true, trim(rest.dropFirst(2)))
      }
      return nil
    }

    static func cells(of line: Substring) -> [Substring] {
      var body = line.dropFirst()
      if body.hasSuffix("|") { body = body.dropLast() }
      return body.split(separator: "|", omittingEmptySubsequences: false).map { trim($0) }
    }

    private mutating func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      var text = ""
      for piece in paragraph {
        if let last = text.last, let first = piece.first, last.isASCII && first.isASCII { text += " " }
        text += piece
      }
      blocks.append(.string(text))
      paragraph = []
    }

    private mutating func flushList() {
      guard let current = list else { return }
      blocks.append(.object(OrderedDictionary(uniqueKeysWithValues: [(current.ordered ? "列表" : "符号列表", Value.list(current.items))])))
      list = nil
    }

    private mutating func flushTable() {
      guard !table.isEmpty || tableHeader != nil else { return }
      var content = OrderedDictionary<String, Value>()
      if let header = tableHeader?.first { content["表头"] = .list(header) }
      content["行"] = .list(table.map { .list($0) })
      blocks.append(.object(OrderedDictionary(uniqueKeysWithValues: [("表格", Value.object(content))])))
      table = []
      tableHeader = nil
    }

    private mutating func flushAllButParagraph() { flushList(); flushTable() }
    private mutating func flushAllButList() { flushParagraph(); flushTable() }
    private mutating func flushAllButTable() { flushParagraph(); flushList() }

    mutating func flush() { flushParagraph(); flushList(); flushTable() }

    mutating func finish() -> [Value] {
      flush()
      return blocks
    }
  }
}
