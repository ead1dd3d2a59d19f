import GongwenTemplate

/// Compiles one XML part of a template into a `CompiledPart`: finds the tags in each paragraph,
/// decides where each section begins and ends, cuts the tree into markup and tags, and builds the
/// template tree. All template errors of the part are collected, not just the first.
final class PartCompilation {
  let document: XMLDocument
  let part: String
  let profile: FormatProfile
  let lexer: TagLexer
  let parser: TagParser
  let file: String?

  private(set) var paragraphs: [ParagraphText] = []
  private(set) var tags: [FoundTag] = []
  var errors: [TemplateError] = []

  /// Marker nodes in the tree and what each stands for.
  var markers: [XMLNode: MarkerToken] = [:]
  /// Attribute values cut out as hooks: element → attribute → hook id.
  var attributeHooks: [XMLNode: [XMLName: Int]] = [:]
  /// Attribute values replaced by a computed value: element → attribute → the value's marker.
  var attributeValues: [XMLNode: [XMLName: MarkerToken]] = [:]
  /// Hooks by id.
  var hooks: [HookKind] = []
  /// Value encodings by context number.
  private(set) var encodings: [ValueEncoding] = []

  init(document: XMLDocument, part: String, profile: FormatProfile, syntax: TagSyntax,
       filters: FilterRegistry, file: String?) {
    self.document = document
    self.part = part
    self.profile = profile
    self.lexer = TagLexer(syntax: syntax)
    self.parser = TagParser(syntax: syntax, filters: filters)
    self.file = file
  }

  /// Runs every stage; returns nil when the part holds no tag (it can then be copied as it is).
  func compile() throws -> CompiledPart? {
    collectParagraphs()
    scanTags()
    guard !tags.isEmpty || !errors.isEmpty || profile.compilesWithoutTags(document) else { return nil }
    let pairs = matchSections()
    guard errors.isEmpty else { throw TemplateErrors(uniqueErrors) }
    paragraphs = InlineContainerSplit(profile: profile).apply(pairs, tags: tags, paragraphs: paragraphs)
    let plan = planPlacements(pairs)
    guard errors.isEmpty else { throw TemplateErrors(uniqueErrors) }
    rewrite(plan)
    try profile.adjust(self)
    let tokens = tokenize()
    let cut = HookFragments.cut(tokens, hooks: hooks)
    return CompiledPart(name: part, nodes: TemplateTree.build(cut.tokens), hooks: hooks,
                        hookScopes: HookScopes.compute(tokens), encodings: encodings,
                        fragments: cut.fragments, sites: uniqueSites)
  }

  /// Compiles a part that holds no tags but has had hook markers placed in it by a format adapter.
  func compileMarkersOnly() -> CompiledPart {
    let tokens = tokenize()
    return CompiledPart(name: part, nodes: TemplateTree.build(tokens), hooks: hooks,
                        hookScopes: HookScopes.compute(tokens), encodings: encodings)
  }

  // MARK: Paragraphs and tags

  private func collectParagraphs() {
    paragraphs = ParagraphText.all(in: document, profile: profile)
  }

  func location(paragraph: Int, range: Range<Int>) -> SourceLocation {
    let text = paragraphs[paragraph]
    return SourceLocation(file: file, part: part, paragraph: text.index, paragraphText: text.text,
                          offset: range.lowerBound, length: range.count,
                          container: profile.describeContainer(of: text.element))
  }

  /// Finds the tags paragraph by paragraph, in document order: a delimiter switch holds until the end of
  /// the part.
  private func scanTags() {
    var delimiters = lexer.delimiters
    for (index, paragraph) in paragraphs.enumerated() where !paragraph.pieces.isEmpty {
      let (matches, lexErrors) = lexer.scan(paragraph.text, delimiters: &delimiters)
      for error in lexErrors {
        let where_ = location(paragraph: index, range: error.range)
        errors.append(TemplateError(error.kind, location: where_, tagText: slice(paragraph.text, error.range)))
      }
      for match in matches {
        let where_ = location(paragraph: index, range: match.range)
        switch parser.parse(match) {
        case .success(let tag):
          tags.append(FoundTag(tag: tag, paragraph: index, range: match.range, location: where_))
        case .failure(let box):
          errors.append(TemplateError(box.kind, location: where_, tagText: match.text))
        }
      }
    }
  }

  /// The errors, each location and kind once: a paragraph stored twice (a text box's two copies) shares
  /// its number, so its problems are reported once.
  private var uniqueErrors: [TemplateError] {
    var seen = Set<String>()
    return errors.filter { seen.insert("\($0.kind.id)|\(String(describing: $0.location))").inserted }
  }

  /// Every tag once by location (the second copy of a paragraph stored twice repeats the first's).
  private var uniqueSites: [TagSite] {
    var seen = Set<SourceLocation>()
    return tags.filter { seen.insert($0.location).inserted }.map { TagSite(tag: $0.tag, location: $0.location) }
  }

  private func slice(_ text: String, _ range: Range<Int>) -> String {
    let bytes = Array(text.utf8)
    let lower = min(range.lowerBound, bytes.count)
    let upper = min(range.upperBound, bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  private func matchSections() -> [SectionPair] {
    let (pairs, problems) = SectionMatcher.match(tags.map(\.tag))
    for problem in problems {
      let found = tags[problem.index]
      errors.append(TemplateError(problem.kind, location: found.location, tagText: found.tag.text))
    }
    return pairs
  }

  // MARK: Markers

  /// Makes a marker node standing for `token`.
  func makeMarker(_ token: MarkerToken) -> XMLNode? {
    guard let marker = document.makeMarker() else { return nil }
    markers[marker] = token
    return marker
  }

  /// The context number of an encoding, registering it on first use.
  func context(for encoding: ValueEncoding) -> Int {
    if let index = encodings.firstIndex(of: encoding) { return index }
    encodings.append(encoding)
    return encodings.count - 1
  }

  /// Registers a hook and returns its id.
  func addHook(_ kind: HookKind) -> Int {
    hooks.append(kind)
    return hooks.count - 1
  }

  /// Walks the tree in document order with the number of sections open at each node.
  func walkWithSectionDepth(_ visit: (XMLNode, Int) -> Bool) {
    walkWithSections { node, sections in visit(node, sections.count) }
  }

  /// Walks the tree in document order with the open markers of the sections around each node,
  /// outermost first.
  func walkWithSections(_ visit: (XMLNode, [XMLNode]) -> Bool) {
    guard let root = document.root else { return }
    var open: [XMLNode] = []
    root.walk { node in
      if let token = markers[node] {
        switch token {
        case .open: open.append(node)
        case .close: _ = open.popLast()
        default: break
        }
        return false
      }
      return visit(node, open)
    }
  }
}
