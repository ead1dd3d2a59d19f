import Collections
import Testing

@testable import GongwenTemplate

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(NumberValue(Double(value))) }
  public init(floatLiteral value: Double) { self = .number(NumberValue(value)) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: Value...) { self = .list(elements) }
  public init(dictionaryLiteral elements: (String, Value)...) {
    var members = OrderedDictionary<String, Value>()
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }
}

/// Parses a tag that must be valid.
func parsedTag(_ text: String, delimiters: Delimiters = .standard) throws -> GongwenTemplate.Tag {
  try TagParser(delimiters: delimiters).parse(text).get()
}

/// The error kind of a tag that must be invalid, or nil when it parsed.
func parseError(_ text: String, delimiters: Delimiters = .standard) -> TemplateError.Kind? {
  if case .failure(let box) = TagParser(delimiters: delimiters).parse(text) { return box.kind }
  return nil
}

func location(_ text: String, _ range: Range<Int>, paragraph: Int = 1) -> GongwenTemplate.SourceLocation {
  SourceLocation(
    part: "word/document.xml", paragraph: paragraph, paragraphText: text, offset: range.lowerBound,
    length: range.count)
}

/// A site for a tag, placed at the start of a paragraph holding only the tag.
func site(_ text: String, paragraph: Int = 1) throws -> TagSite {
  TagSite(tag: try parsedTag(text), location: location(text, 0..<text.utf8.count, paragraph: paragraph))
}

/// Compiles a one-paragraph template: tags become value, section and block tokens, the rest literals.
/// `{{#x}}` opens a normal section and `{{^x}}` an inverted one.
func compile(_ template: String) throws -> [TemplateNode] {
  let (matches, errors) = TagLexer().scan(template)
  #expect(errors.isEmpty, "lex errors in test template: \(errors)")
  let bytes = Array(template.utf8)
  var tokens: [TemplateToken] = []
  var position = 0
  for match in matches {
    if match.range.lowerBound > position { tokens.append(.literal(Array(bytes[position..<match.range.lowerBound]))) }
    position = match.range.upperBound
    let tag = try parsedTag(match.text)
    let site = TagSite(tag: tag, location: location(template, match.range))
    tokens.append(TemplateToken(standaloneTag: site))
  }
  if position < bytes.count { tokens.append(.literal(Array(bytes[position...]))) }
  return TemplateTree.build(tokens)
}

/// Records everything a renderer sends.
struct TestSink: RenderSink {
  var output = ""
  var hooks: [(id: Int, repetitions: [Int])] = []
  var blocks: [(value: Value, tag: String, current: Value)] = []
  /// Thrown from `appendBlock` when set.
  var blockError: (any Error)?

  mutating func appendLiteral(_ bytes: [UInt8]) { output += String(decoding: bytes, as: UTF8.self) }
  mutating func appendValue(_ text: String, site: TagSite) { output += text }
  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    if let blockError { throw blockError }
    blocks.append((value, site.tag.text, scope.current))
    output += "[block]"
  }
  mutating func appendHook(_ id: Int, repetitions: [Int]) {
    hooks.append((id, repetitions))
    output += "<h\(id)>"
  }
}

/// Renders and returns the output and the errors (empty when none were thrown).
func render(
  _ nodes: [TemplateNode], _ data: Value, options: RenderOptions = RenderOptions()
) -> (sink: TestSink, errors: [TemplateError]) {
  var sink = TestSink()
  do {
    try TemplateRenderer(options: options).render(nodes, data: data, into: &sink)
    return (sink, [])
  } catch let errors as TemplateErrors {
    return (sink, errors.errors)
  } catch {
    Issue.record("unexpected error \(error)")
    return (sink, [])
  }
}

/// Renders a template that must render without errors and returns its text.
func renderText(_ template: String, _ data: Value) throws -> String {
  let result = render(try compile(template), data)
  #expect(result.errors.isEmpty, "errors: \(result.errors.map(\.message))")
  return result.sink.output
}

/// Applies standard filters (as written after `|` in a tag) to a value.
func filtered(_ value: Value, _ filters: String) throws -> Value {
  let tag = try parsedTag("{{x | \(filters)}}")
  let scope = Scope(root: ["x": value])
  return try TemplateRenderer().evaluate(tag.expression, in: scope) ?? .null
}

/// The text of `filtered`.
func filteredText(_ value: Value, _ filters: String) throws -> String {
  try filtered(value, filters).displayText
}

/// The error a filter chain throws, or nil when it succeeded.
func filterError(_ value: Value, _ filters: String) throws -> TemplateError.Kind? {
  do {
    _ = try filtered(value, filters)
    return nil
  } catch let error as TemplateError {
    return error.kind
  }
}
