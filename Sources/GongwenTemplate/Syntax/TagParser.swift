/// Parses one tag's text (delimiters included) into a `Tag`.
///
/// Inside the delimiters, surrounding whitespace (Unicode spaces such as U+3000 and no-break space
/// included) is ignored. Syntax: an optional sigil (`#` section, `^` inverted section, `/` close,
/// `>` block, `%` image), an operand (a path `name`, `a.b.c`, `.`, `$index`, `[名 称]`, or an expression
/// `本年 - 上年`, `同比 > 0`; see `OperandParser`; `{{/}}` alone closes the innermost section), then filters, each after `|` or `｜`: `name` or `name:arg1,arg2` (arguments are
/// separated by `:` or `,` and are quoted text in `"…"`, `'…'`, `“…”` or `‘…’`, numbers, or bare words).
/// Filters are checked against the registry, so unknown filters and bad arguments fail here.
package struct TagParser: Sendable {
  package let delimiters: Delimiters
  package let filters: FilterRegistry
  /// Whether `-` continues a name (`a_b-c2`) or is the minus operator (docxtemplater: `date-age`).
  package var hyphensInNames = true

  package init(delimiters: Delimiters = .standard, filters: FilterRegistry = .standard) {
    self.delimiters = delimiters
    self.filters = filters
  }

  /// A parser for tags written in `syntax`.
  package init(syntax: TagSyntax, filters: FilterRegistry = .standard) {
    self.init(delimiters: syntax.delimiters, filters: filters)
    hyphensInNames = syntax.hyphensInNames
  }

  package func parse(_ text: String) -> Result<Tag, TemplateErrorKindBox> {
    Result { () throws(TemplateErrorKindBox) -> Tag in try parseTag(text, delimiters: delimiters) }
  }

  /// Parses a tag the lexer found, with the delimiters it is written with; a delimiter switch becomes a
  /// tag that prints nothing.
  package func parse(_ match: TagMatch) -> Result<Tag, TemplateErrorKindBox> {
    if match.isSwitch, let switched = match.switched { return .success(Tag.delimiterSwitch(match.text, to: switched)) }
    let written = match.switched?.delimiters ?? delimiters
    return Result { () throws(TemplateErrorKindBox) -> Tag in try parseTag(match.text, delimiters: written) }
  }

  private func parseTag(_ text: String, delimiters: Delimiters) throws(TemplateErrorKindBox) -> Tag {
    var scanner = ExpressionScanner(inner(of: text, delimiters: delimiters), hyphensInNames: hyphensInNames)
    scanner.skipBlanks()
    scanner.dropTrailingBlanks()
    guard let first = scanner.peek else { throw TemplateErrorKindBox(.emptyTag) }
    if first == "-", let element = scanner.explicitElement() {
      scanner.skipBlanks()
      if scanner.atEnd { throw TemplateErrorKindBox(.emptyTag) }
      let expression = try scanner.expression()
      try validate(expression)
      return Tag(kind: .section, expression: expression, text: text, element: element)
    }
    let kind = TagParser.sigils[first] ?? .value
    if kind != .value {
      scanner.advance()
      scanner.skipBlanks()
      if scanner.atEnd {
        if kind == .close { return Tag(kind: .close, expression: Expression(operand: .none), text: text) }
        throw TemplateErrorKindBox(.emptyTag)
      }
    }
    let expression = try scanner.expression()
    if kind == .close && !expression.filters.isEmpty {
      throw ExpressionScanner.malformed(TemplatePhrase.closeTagFilters.phrase())
    }
    try validate(expression)
    return Tag(kind: kind, expression: expression, text: text)
  }

  private func validate(_ expression: Expression) throws(TemplateErrorKindBox) {
    for call in expression.filters {
      if let error = filters.validate(call) { throw error }
    }
  }

  static let sigils: [Unicode.Scalar: Tag.Kind] = [
    "#": .section, "^": .invertedSection, "/": .close, ">": .block, "%": .image,
  ]

  /// The text between the delimiters (each is removed only when present).
  private func inner(of text: String, delimiters: Delimiters) -> [Unicode.Scalar] {
    var scalars = Array(text.unicodeScalars)
    let open = Array(delimiters.open.unicodeScalars)
    let close = Array(delimiters.close.unicodeScalars)
    if !open.isEmpty, scalars.starts(with: open) { scalars.removeFirst(open.count) }
    if !close.isEmpty, scalars.count >= close.count, Array(scalars.suffix(close.count)) == close {
      scalars.removeLast(close.count)
    }
    return scalars
  }
}

/// `TemplateError.Kind` as an `Error`, so it fits in a `Result`.
package struct TemplateErrorKindBox: Error, Sendable, Hashable {
  package var kind: TemplateError.Kind
  /// The kind's texts as phrases, by the names the catalogue uses (`reason`).
  package var phrases: [String: Phrase] = [:]
  package init(_ kind: TemplateError.Kind, phrases: [String: Phrase] = [:]) {
    self.kind = kind
    self.phrases = phrases
  }
}
