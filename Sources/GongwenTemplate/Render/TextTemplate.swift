/// A one-line plain-text template, such as an output file name pattern `{{单位}}-党建报告.docx`.
///
/// The same tags, sections and filters as document templates; the result is plain text. Compiled once,
/// immutable, renders from any thread.
public struct TextTemplate: Sendable {
  /// The pattern as written.
  public let source: String
  /// The first name of every path the tags read (`单位` for `{{单位.名称}}`, `本年` and `上年` for
  /// `{{本年 - 上年}}`; `.` is the empty name).
  public let rootNames: Set<String>
  private let nodes: [TemplateNode]
  private let renderer: TemplateRenderer

  /// Compiles `source`; throws `TemplateErrors` for malformed or unbalanced tags. `part` names the
  /// pattern in messages (for example `--name`).
  public init(
    _ source: String, part: String, delimiters: Delimiters = .standard, filters: FilterRegistry = .standard,
    options: RenderOptions = RenderOptions()
  ) throws {
    try self.init(source, part: part, syntax: TagSyntax(delimiters: delimiters), filters: filters, options: options)
  }

  /// Compiles `source` written in `syntax` (delimiters, switches and lenient options).
  public init(
    _ source: String, part: String, syntax: TagSyntax, filters: FilterRegistry = .standard,
    options: RenderOptions = RenderOptions()
  ) throws {
    self.source = source
    self.renderer = TemplateRenderer(filters: filters, options: options, syntax: syntax)
    let (matches, lexErrors) = TagLexer(syntax: syntax).scan(source)
    let location = { (range: Range<Int>) in
      SourceLocation(part: part, paragraph: 0, paragraphText: source, offset: range.lowerBound, length: range.count)
    }
    var errors = lexErrors.map { TemplateError($0.kind, location: location($0.range)) }
    let parser = TagParser(syntax: syntax, filters: filters)
    var sites: [TagSite] = []
    for match in matches {
      switch parser.parse(match) {
      case .success(let tag): sites.append(TagSite(tag: tag, location: location(match.range)))
      case .failure(let box): errors.append(TemplateError(box, location: location(match.range), tagText: match.text))
      }
    }
    let (pairs, sectionErrors) = SectionMatcher.match(sites.map(\.tag))
    for (index, kind) in sectionErrors {
      errors.append(TemplateError(kind, location: sites[index].location, tagText: sites[index].tag.text))
    }
    guard errors.isEmpty else { throw TemplateErrors(errors) }
    rootNames = Set(sites.flatMap { site in
      site.tag.expression.operand.reads.map { $0.path.components.first ?? "" }
    })
    nodes = TemplateTree.build(Self.tokens(source, sites: sites, paired: Set(pairs.flatMap { [$0.open, $0.close] })))
  }

  /// Renders with `data`; throws `TemplateErrors` for missing values and failed filters.
  public func render(_ data: Value) throws -> String {
    var sink = TextSink()
    try renderer.render(nodes, data: data, into: &sink)
    return String(decoding: sink.output, as: UTF8.self)
  }

  private static func tokens(_ source: String, sites: [TagSite], paired: Set<Int>) -> [TemplateToken] {
    let bytes = Array(source.utf8)
    var tokens: [TemplateToken] = []
    var position = 0
    for (index, site) in sites.enumerated() {
      let start = site.location.offset
      if start > position { tokens.append(.literal(Array(bytes[position..<start]))) }
      position = start + site.location.length
      switch site.tag.kind {
      case .value, .block, .image: tokens.append(.value(site))
      case .section where paired.contains(index): tokens.append(.open(site, .normal))
      case .invertedSection where paired.contains(index): tokens.append(.open(site, .inverted))
      case .close where paired.contains(index): tokens.append(.close(site))
      case .section, .invertedSection, .close: break
      }
    }
    if position < bytes.count { tokens.append(.literal(Array(bytes[position...]))) }
    return tokens
  }
}

/// Collects a text template's output; values go in as they are.
private struct TextSink: RenderSink {
  var output: [UInt8] = []
  mutating func appendLiteral(_ bytes: [UInt8]) { output += bytes }
  mutating func appendValue(_ text: String, site: TagSite) { output += Array(text.utf8) }
  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws { output += Array(value.displayText.utf8) }
  mutating func appendHook(_ id: Int, repetitions: [Int]) {}
}
