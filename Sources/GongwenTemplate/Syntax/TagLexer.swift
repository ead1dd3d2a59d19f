/// A tag found in a paragraph's text: its UTF-8 byte range and its text, delimiters included.
public struct TagMatch: Sendable, Hashable {
  public var range: Range<Int>
  public var text: String
}

/// A lexical problem at a UTF-8 byte range of the text.
public struct LexError: Sendable, Hashable {
  public var range: Range<Int>
  public var kind: TemplateError.Kind
}

/// Finds tags in the flattened text of one paragraph.
public struct TagLexer: Sendable {
  public init(delimiters: Delimiters = .standard) { fatalError("stub") }
  public func scan(_ text: String) -> (matches: [TagMatch], errors: [LexError]) { fatalError("stub") }
}
