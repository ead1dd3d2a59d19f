import GongwenTemplate

/// The second stage of compiling a part: the tags found in its paragraphs, and the problems met on the way.
struct TagScan {
  let tags: [FoundTag]
  let errors: [TemplateError]

  /// Finds the tags paragraph by paragraph, in document order: a delimiter switch holds until the end of
  /// the part.
  init(_ paragraphs: [ParagraphText], lexer: TagLexer, parser: TagParser, source: PartSource) {
    var tags: [FoundTag] = []
    var errors: [TemplateError] = []
    var delimiters = lexer.delimiters
    for (index, paragraph) in paragraphs.enumerated() where !paragraph.pieces.isEmpty {
      let (matches, lexErrors) = lexer.scan(paragraph.text, delimiters: &delimiters)
      for error in lexErrors {
        let where_ = source.location(of: paragraph, range: error.range)
        errors.append(TemplateError(error.kind, location: where_, tagText: Self.slice(paragraph.text, error.range)))
      }
      for match in matches {
        let where_ = source.location(of: paragraph, range: match.range)
        switch parser.parse(match) {
        case .success(let tag):
          tags.append(FoundTag(tag: tag, paragraph: index, range: match.range, location: where_))
        case .failure(let box):
          errors.append(TemplateError(box, location: where_, tagText: match.text))
        }
      }
    }
    self.tags = tags
    self.errors = errors
  }

  /// Every tag once by location (the second copy of a paragraph stored twice repeats the first's).
  var uniqueSites: [TagSite] {
    var seen = Set<SourceLocation>()
    return tags.filter { seen.insert($0.location).inserted }.map { TagSite(tag: $0.tag, location: $0.location) }
  }

  /// Pairs the section tags; a tag without its partner is an error.
  func matchSections() -> (pairs: [SectionPair], errors: [TemplateError]) {
    let (pairs, problems) = SectionMatcher.match(tags.map(\.tag))
    let errors = problems.map { problem -> TemplateError in
      let found = tags[problem.index]
      return TemplateError(problem.kind, location: found.location, tagText: found.tag.text)
    }
    return (pairs, errors)
  }

  private static func slice(_ text: String, _ range: Range<Int>) -> String {
    let bytes = Array(text.utf8)
    let lower = min(range.lowerBound, bytes.count)
    let upper = min(range.upperBound, bytes.count)
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}

/// The part being compiled, for error locations.
struct PartSource {
  let part: String
  let file: String?
  let profile: FormatProfile

  func location(of paragraph: ParagraphText, range: Range<Int>) -> SourceLocation {
    SourceLocation(file: file, part: part, paragraph: paragraph.index, paragraphText: paragraph.text,
                   offset: range.lowerBound, length: range.count,
                   containerPhrase: profile.describeContainer(of: paragraph.element))
  }
}
