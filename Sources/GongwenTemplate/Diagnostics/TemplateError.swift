/// One problem found in a template or in the data it was rendered with.
public struct TemplateError: Error, Sendable, Hashable {
  /// What went wrong: a stable kind with its details.
  public enum Kind: Sendable, Hashable {
    /// An opening delimiter with no closing one in the same paragraph.
    case unclosedTag
    /// A closing delimiter with no opening one.
    case unopenedTag
    /// A delimiter switch (`{{=<% %>=}}`) that does not name two delimiters; the switch as written.
    case invalidDelimiters(String)
    /// A tag with nothing (or only a sigil) inside.
    case emptyTag
    /// A tag whose inside is not valid syntax; the string says why.
    case malformedTag(String)
    /// A filter name that no filter has.
    case unknownFilter(String)
    /// A filter called with arguments it does not take.
    case badFilterArgument(filter: String, reason: String)
    /// `{{#x}}` or `{{^x}}` with no `{{/x}}`.
    case unclosedSection(String)
    /// `{{/y}}` where `{{/x}}` was expected.
    case mismatchedSection(open: String, close: String)
    /// `{{/x}}` with no open section.
    case strayClose(String)
    /// A section opened inside more than `SectionMatcher.maxDepth` others.
    case sectionTooDeep(String)
    /// A section that opens in one table (or outside tables) and closes in another place.
    case sectionCrossesTable(String)
    /// A section whose start and end cannot be joined (different structures).
    case sectionCrossesStructure(String)
    /// A block tag (`{{>x}}`, `{{%x}}`) that must stand alone in its paragraph.
    case blockTagNotAlone(String)
    /// A value tag whose path has no value in the data.
    case missingValue(String)
    /// A filter that could not handle the value it got.
    case filterFailed(filter: String, reason: String)
    /// A value of the wrong kind (a list where text is expected, …).
    case wrongType(path: String, expected: String, found: String)
    /// An expression that cannot be computed with the data's values (text minus a number, division by
    /// zero); the reason names the values.
    case expressionFailed(expression: String, reason: String)
    /// Anything else about a block or image value; the string says what.
    case invalidValue(path: String, reason: String)
  }

  /// What went wrong, with its details.
  public var kind: Kind
  /// Where the problem is, when it can be tied to a tag.
  public var location: SourceLocation?
  /// The tag's text as written, e.g. `{{#activities}}`.
  public var tagText: String?
  /// A suggestion for the fix, e.g. `did you mean {{单位名称}}?` (in English when set as a phrase).
  public var hint: String? {
    get { hintPhrase?.englishText ?? ownHint }
    set {
      ownHint = newValue
      hintPhrase = nil
    }
  }
  /// The hint as a phrase of the catalogue, put into words when printed.
  package var hintPhrase: Phrase?
  /// The kind's texts (`reason`, `expected`, `found`) as phrases, put into words when printed; the kind
  /// holds their English.
  package var argumentPhrases: [String: Phrase] = [:]
  private var ownHint: String?

  /// An error of `kind`; the location and tag text are filled in by the renderer when a filter throws it.
  public init(_ kind: Kind, location: SourceLocation? = nil, tagText: String? = nil, hint: String? = nil) {
    self.kind = kind
    self.location = location
    self.tagText = tagText
    self.ownHint = hint
  }

  /// An error of `kind` whose texts are phrases: `hint`, and `arguments` by the names the catalogue uses.
  package init(_ kind: Kind, location: SourceLocation? = nil, tagText: String? = nil, hint: Phrase?,
               arguments: [String: Phrase] = [:]) {
    self.init(kind, location: location, tagText: tagText)
    hintPhrase = hint
    argumentPhrases = arguments
  }

  /// The error a tag parser found, with its phrases.
  package init(_ box: TemplateErrorKindBox, location: SourceLocation? = nil, tagText: String? = nil) {
    self.init(box.kind, location: location, tagText: tagText, hint: nil, arguments: box.phrases)
  }
}

/// Every problem found in one pass, reported together.
public struct TemplateErrors: Error, Sendable {
  /// The errors, in document order.
  public var errors: [TemplateError]
  /// The errors as one thrown value.
  public init(_ errors: [TemplateError]) { self.errors = errors }
}
