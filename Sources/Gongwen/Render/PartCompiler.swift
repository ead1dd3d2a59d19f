import GongwenTemplate

/// Compiles one XML part of a template into a `CompiledPart`, as a pipeline of values: the part's
/// paragraphs (`ParagraphText`) → the tags found in them (`TagScan`) → where each goes
/// (`PlacementPlan`) → the tree with markers in place of tags (`RewrittenPart`) → the format's edits
/// applied (`PartEdit`) → the compiled part (`PartTokenizer`). All template errors of the part are
/// collected, not just the first.
struct PartCompiler {
  let part: String
  let profile: FormatProfile
  let lexer: TagLexer
  let parser: TagParser
  let file: String?

  init(part: String, profile: FormatProfile, syntax: TagSyntax, filters: FilterRegistry, file: String?) {
    self.part = part
    self.profile = profile
    self.lexer = TagLexer(syntax: syntax)
    self.parser = TagParser(syntax: syntax, filters: filters)
    self.file = file
  }

  /// Runs every stage; returns nil when the part holds no tag (it can then be copied as it is).
  func compile(_ document: XMLDocument) throws -> CompiledPart? {
    var paragraphs = ParagraphText.all(in: document, profile: profile)
    let scan = TagScan(paragraphs, lexer: lexer, parser: parser,
                       source: PartSource(part: part, file: file, profile: profile))
    guard !scan.tags.isEmpty || !scan.errors.isEmpty || profile.compilesWithoutTags(document) else { return nil }
    let (pairs, matchErrors) = scan.matchSections()
    try throwIfAny(scan.errors + matchErrors)
    paragraphs = InlineContainerSplit(profile: profile).apply(pairs, tags: scan.tags, paragraphs: paragraphs)
    let planner = PlacementPlanner(paragraphs: paragraphs, tags: scan.tags, profile: profile)
    let plan = planner.plan(pairs)
    try throwIfAny(planner.errors)
    let rewritten = TreeRewriter.rewrite(document, name: part, file: file, paragraphs: paragraphs, tags: scan.tags,
                                         plan: plan, profile: profile)
    let edited = rewritten.applying(try profile.edits(for: rewritten))
    try profile.completeTree(edited)
    return PartTokenizer.compile(edited, sites: scan.uniqueSites)
  }

  /// The errors, each location and kind once: a paragraph stored twice (a text box's two copies) shares
  /// its number, so its problems are reported once.
  private func throwIfAny(_ errors: [TemplateError]) throws {
    guard !errors.isEmpty else { return }
    var seen = Set<String>()
    throw TemplateErrors(errors.filter { seen.insert("\($0.kind.id)|\(String(describing: $0.location))").inserted })
  }
}
