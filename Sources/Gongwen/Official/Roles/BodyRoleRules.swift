/// The roles of body lines: headings, run-in headings, points, list items and paragraphs, decided
/// as a person reads them.
///
/// - A line starting with an official number (`一、` `（一）` `1.` `（1）`) is a heading of that level,
///   unless it ends with `；` or `，`, or belongs to a run of numbered lines one of which does (the
///   items of a paragraph's list), or its words run longer than a heading's (`maxHeadingLength`):
///   then it is a `list-item`, kept as written.
/// - A heading is run in when the line goes on after the first `。`, `：` or `；` following its number.
/// - A line starting `一是` `二是` … is a `point`; every other line is `body`.
/// - Markdown: `#` lines are headings of their level (`##` level 1 … `#####` level 4, or the level of
///   a number they start with); `-` `*` `+` and `1.` lines are list items; tables and quotes are body.
enum BodyRoleRules {
  /// Headings are short: a numbered line whose heading words are longer is a numbered paragraph.
  static let maxHeadingLength = 40

  /// The roles of `lines` (trimmed texts of consecutive body lines); `fixed` roles (overrides) are kept.
  static func roles(_ lines: [Substring], fixed: [LineRole?], markdown: Bool) -> [LineRole] {
    var roles = lines.indices.map { fixed[$0] ?? role(of: lines[$0], markdown: markdown) }
    markListRuns(lines, fixed: fixed, roles: &roles)
    return roles
  }

  static func role(of line: Substring, markdown: Bool) -> LineRole {
    if markdown {
      let (hashes, text) = OfficialTextParser.stripHashes(line)
      if hashes > 0 {
        let level = OfficialNumbering.leadingNumber(of: text)?.level ?? min(max(hashes - 1, 1), 4)
        return .heading(level, runIn: runInSplit(text) != nil)
      }
      if OfficialTextParser.LineReader.listItem(line) != nil { return .listItem }
      if line.hasPrefix("|") || line.hasPrefix(">") { return .body }
    }
    if LinePatterns.isPoint(line) { return .point }
    guard let number = OfficialNumbering.leadingNumber(of: line) else { return .body }
    if endsLikeListItem(line) { return .listItem }
    let split = runInSplit(line)
    let headingWords = line[number.number.endIndex..<(split ?? line.endIndex)]
    if headingWords.count > maxHeadingLength { return .listItem }
    return .heading(number.level, runIn: split != nil)
  }

  /// Where a run-in heading ends (just after its first `。`, `：` or `；`), when text goes on after it.
  static func runInSplit(_ line: Substring) -> Substring.Index? {
    let start = OfficialNumbering.leadingNumber(of: line)?.number.endIndex ?? line.startIndex
    guard let stop = line[start...].firstIndex(where: { "。：；:;".contains($0) }) else { return nil }
    let split = line.index(after: stop)
    return OfficialTextParser.trim(line[split...]).isEmpty ? nil : split
  }

  static func endsLikeListItem(_ line: Substring) -> Bool {
    guard let last = line.last else { return false }
    return "；，;,".contains(last)
  }

  /// A run of consecutive numbered lines of one level that holds a list item is a list: every line
  /// of it is a `list-item` (the last item of such a list ends with `。`).
  private static func markListRuns(_ lines: [Substring], fixed: [LineRole?], roles: inout [LineRole]) {
    var start = 0
    while start < lines.count {
      guard fixed[start] == nil, let level = OfficialNumbering.leadingNumber(of: lines[start])?.level else {
        start += 1
        continue
      }
      var end = start + 1
      while end < lines.count, fixed[end] == nil, OfficialNumbering.leadingNumber(of: lines[end])?.level == level { end += 1 }
      if (start..<end).contains(where: { roles[$0] == .listItem && endsLikeListItem(lines[$0]) }) {
        for index in start..<end where roles[index].headingLevel != nil { roles[index] = .listItem }
      }
      start = end
    }
  }
}
