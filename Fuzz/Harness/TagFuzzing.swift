import GongwenTemplate

/// Runs one fuzz input through the template language alone: the lexer, the tag parser, section
/// matching, the tree builder, the renderer and every filter a tag names, with the input's text as
/// data too. Any outcome is fine except a crash, a hang or a sanitizer report.
public enum TagFuzzing {
  /// The delimiters tried: the first byte of the input chooses among them.
  static let delimiterChoices: [Delimiters] = [
    .standard, Delimiters(open: "{", close: "}"), Delimiters(open: "<<", close: ">>"), Delimiters(open: "【", close: "】"),
  ]

  /// What one input came to, for tests that replay the corpus.
  public struct Outcome: Sendable, Equatable {
    /// Tags the lexer found.
    public var tags = 0
    /// Lexer, parser and section errors.
    public var errors = 0
    /// True when the text compiled and rendered.
    public var rendered = false
    /// The rendered text (literal text, values and block markers), when it rendered.
    public var output = ""
  }

  @discardableResult
  public static func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    let choice = bytes.first.map { Int($0) % delimiterChoices.count } ?? 0
    let text = String(decoding: bytes.dropFirst(bytes.isEmpty ? 0 : 1), as: UTF8.self)
    return run(text, delimiters: delimiterChoices[choice])
  }

  @discardableResult
  public static func run(_ text: String, delimiters: Delimiters) -> Outcome {
    var outcome = Outcome()
    let (matches, lexErrors) = TagLexer(delimiters: delimiters).scan(text)
    outcome.tags = matches.count
    outcome.errors = lexErrors.count
    let parser = TagParser(delimiters: delimiters)
    var tags: [Tag] = []
    for match in matches {
      switch parser.parse(match) {
      case .success(let tag): tags.append(tag)
      case .failure: outcome.errors += 1
      }
    }
    applyFilters(tags, text: text)
    guard outcome.errors == 0 else { return outcome }
    let (_, sectionErrors) = SectionMatcher.match(tags)
    outcome.errors += sectionErrors.count
    guard sectionErrors.isEmpty else { return outcome }
    let nodes = TemplateTree.build(tokens(text, matches: matches, tags: tags))
    var sink = TextSink()
    do {
      try TemplateRenderer(options: RenderOptions(allowMissing: true)).render(nodes, data: FuzzData.value, into: &sink)
      outcome.rendered = true
      outcome.output = sink.output
    } catch {
      outcome.errors += 1
    }
    return outcome
  }

  /// Every filter of every tag, on values of each kind (the text itself among them).
  private static func applyFilters(_ tags: [Tag], text: String) {
    let values = FuzzData.filterInputs + [.string(text)]
    for tag in tags {
      for call in tag.expression.filters {
        for value in values { _ = try? FilterRegistry.standard.apply(call, to: value) }
      }
    }
  }

  private static func tokens(_ text: String, matches: [TagMatch], tags: [Tag]) -> [TemplateToken] {
    let bytes = Array(text.utf8)
    var tokens: [TemplateToken] = []
    var position = 0
    for (match, tag) in zip(matches, tags) {
      if match.range.lowerBound > position { tokens.append(.literal(Array(bytes[position..<match.range.lowerBound]))) }
      position = match.range.upperBound
      let location = SourceLocation(part: "fuzz", paragraph: 1, paragraphText: text, offset: match.range.lowerBound,
                                    length: match.range.count)
      let site = TagSite(tag: tag, location: location)
      tokens.append(TemplateToken(standaloneTag: site))
    }
    if position < bytes.count { tokens.append(.literal(Array(bytes[position...]))) }
    return tokens
  }
}

/// Collects rendered text; block tags print a marker.
struct TextSink: RenderSink {
  var output = ""
  mutating func appendLiteral(_ bytes: [UInt8]) { output += String(decoding: bytes, as: UTF8.self) }
  mutating func appendValue(_ text: String, site: TagSite) { output += text }
  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws { output += "[block]" }
  mutating func appendHook(_ id: Int, repetitions: [Int]) {}
}
