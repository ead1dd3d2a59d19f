/// Parses one tag's text (delimiters included) into a `Tag`.
public struct TagParser: Sendable {
  public init(delimiters: Delimiters = .standard, filters: FilterRegistry = .standard) { fatalError("stub") }
  public func parse(_ text: String) -> Result<Tag, TemplateErrorKindBox> { fatalError("stub") }
}

/// `TemplateError.Kind` as an `Error`, so it fits in a `Result`.
public struct TemplateErrorKindBox: Error, Sendable, Hashable {
  public var kind: TemplateError.Kind
  public init(_ kind: TemplateError.Kind) { self.kind = kind }
}
