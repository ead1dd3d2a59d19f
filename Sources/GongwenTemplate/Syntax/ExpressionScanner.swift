/// Reads a tag's expression (a path and its filters) from the scalars inside the delimiters.
struct ExpressionScanner {
  private var scalars: [Unicode.Scalar]
  private var position = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var atEnd: Bool { position >= scalars.count }
  var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }
  mutating func advance() { position += 1 }

  static func isBlank(_ scalar: Unicode.Scalar) -> Bool { StandardFilters.isBlank(scalar) }

  static func isPipe(_ scalar: Unicode.Scalar) -> Bool { scalar == "|" || scalar == "｜" }

  /// ASCII letters and digits, `_`, `-` and `$`, and every non-ASCII scalar but blanks, the full-width
  /// pipe and colon and curly quotes: Chinese names with full-width punctuation (`金额（万元）`) need no
  /// brackets, while ASCII operator characters end a name.
  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "$": return true
      default: return false
      }
    }
    switch scalar {
    case "｜", "：", "“", "”", "‘", "’": return false
    default: return !isBlank(scalar)
    }
  }

  mutating func skipBlanks() {
    while let scalar = peek, ExpressionScanner.isBlank(scalar) { advance() }
  }

  mutating func dropTrailingBlanks() {
    while let last = scalars.last, ExpressionScanner.isBlank(last) { scalars.removeLast() }
  }

  static func malformed(_ reason: String) -> TemplateErrorKindBox {
    TemplateErrorKindBox(.malformedTag(reason))
  }

  /// The path and every filter up to the end.
  mutating func expression() throws(TemplateErrorKindBox) -> Expression {
    let pathText = try segment()
    let hasFilters = !atEnd
    if pathText.isEmpty {
      throw ExpressionScanner.malformed(hasFilters ? "no name before '|'" : "no name")
    }
    let path = try ExpressionScanner.path(pathText)
    var filters: [FilterCall] = []
    while !atEnd {
      advance()  // the pipe
      var filterScanner = ExpressionScanner(try segment())
      filterScanner.skipBlanks()
      filterScanner.dropTrailingBlanks()
      if filterScanner.atEnd { throw ExpressionScanner.malformed("empty filter after '|'") }
      filters.append(try filterScanner.filterCall())
    }
    return Expression(path: path, filters: filters)
  }

  /// The scalars up to the next pipe outside quotes (or the end), trimmed; stops at the pipe.
  private mutating func segment() throws(TemplateErrorKindBox) -> [Unicode.Scalar] {
    let start = position
    while let scalar = peek, !ExpressionScanner.isPipe(scalar) {
      if let closing = ExpressionScanner.closingQuote(for: scalar) {
        advance()
        _ = try quotedBody(closing: closing, escapes: scalar == "\"" || scalar == "'")
      } else if scalar == "[" {
        advance()
        _ = try bracketedName()
      } else {
        advance()
      }
    }
    var piece = Array(scalars[start..<position])
    while let first = piece.first, ExpressionScanner.isBlank(first) { piece.removeFirst() }
    while let last = piece.last, ExpressionScanner.isBlank(last) { piece.removeLast() }
    return piece
  }

  static func closingQuote(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "\"": return "\""
    case "'": return "'"
    case "“": return "”"
    case "‘": return "’"
    default: return nil
    }
  }

  /// Reads up to and past `closing`; with `escapes`, a backslash takes the next scalar literally.
  private mutating func quotedBody(closing: Unicode.Scalar, escapes: Bool) throws(TemplateErrorKindBox) -> String {
    var text = String.UnicodeScalarView()
    while let scalar = peek {
      advance()
      if scalar == closing { return String(text) }
      if escapes && scalar == "\\", let next = peek {
        advance()
        text.append(next)
      } else {
        text.append(scalar)
      }
    }
    throw ExpressionScanner.malformed("unterminated quote")
  }

  /// Reads a square-bracketed name after its `[` up to and past the `]`: every scalar between is part of
  /// the name (spaces, dots, operator characters), surrounding blanks excepted.
  mutating func bracketedName() throws(TemplateErrorKindBox) -> String {
    let start = position
    while let scalar = peek, scalar != "]" { advance() }
    guard !atEnd else { throw ExpressionScanner.malformed("'[' without a closing ']'") }
    var name = Array(scalars[start..<position])
    advance()  // the `]`
    while let first = name.first, ExpressionScanner.isBlank(first) { name.removeFirst() }
    while let last = name.last, ExpressionScanner.isBlank(last) { name.removeLast() }
    if name.isEmpty { throw ExpressionScanner.malformed("empty name in '[]'") }
    return String(String.UnicodeScalarView(name))
  }

  /// `a.b.c`, `.`, `$index`, or with square-bracketed components: `[检查 次数]`, `学习.[中心组 学习]`.
  static func path(_ scalars: [Unicode.Scalar]) throws(TemplateErrorKindBox) -> Path {
    if scalars == ["."] { return .current }
    let text = String(String.UnicodeScalarView(scalars))
    var scanner = ExpressionScanner(scalars)
    var components: [String] = []
    while true {
      if scanner.peek == "[" {
        scanner.advance()
        components.append(try scanner.bracketedName())
      } else {
        let start = scanner.position
        while let scalar = scanner.peek, scalar != ".", scalar != "[" { scanner.advance() }
        let part = scalars[start..<scanner.position]
        if part.isEmpty { throw malformed("empty name between dots in '\(text)'") }
        if let bad = part.first(where: { !isNameScalar($0) }) {
          if isBlank(bad) { throw malformed("space inside name '\(text)' (write a name with spaces in brackets: [\(text)])") }
          throw malformed("unexpected '\(bad)' in name '\(text)'")
        }
        components.append(String(String.UnicodeScalarView(part)))
      }
      guard let next = scanner.peek else { break }
      guard next == "." else { throw malformed("unexpected '\(next)' after a name in '\(text)'") }
      scanner.advance()
      if scanner.atEnd { throw malformed("empty name between dots in '\(text)'") }
    }
    return Path(components)
  }

  /// `name` or `name:arg,arg` from a trimmed filter segment.
  mutating func filterCall() throws(TemplateErrorKindBox) -> FilterCall {
    let start = position
    while let scalar = peek, ExpressionScanner.isNameScalar(scalar) { advance() }
    let name = String(String.UnicodeScalarView(scalars[start..<position]))
    if name.isEmpty {
      throw ExpressionScanner.malformed("filter name missing before '\(peek.map(String.init) ?? "")'")
    }
    skipBlanks()
    guard let next = peek else { return FilterCall(name: name) }
    guard next == ":" || next == "：" else {
      if ExpressionScanner.isBlank(scalars[position - 1]) {
        throw ExpressionScanner.malformed("space inside filter name after '\(name)'")
      }
      throw ExpressionScanner.malformed("unexpected '\(next)' after filter name '\(name)'")
    }
    advance()
    var arguments: [Value] = []
    while true {
      skipBlanks()
      arguments.append(try argument(filter: name))
      skipBlanks()
      guard let separator = peek else { break }
      guard separator == ":" || separator == "," else {
        throw ExpressionScanner.malformed("unexpected '\(separator)' after an argument of '\(name)'")
      }
      advance()
    }
    return FilterCall(name: name, arguments: arguments)
  }

  /// One argument: quoted text, a number or a bare word.
  private mutating func argument(filter: String) throws(TemplateErrorKindBox) -> Value {
    guard let first = peek, first != ":", first != "," else {
      throw ExpressionScanner.malformed("empty argument to filter '\(filter)'")
    }
    if let closing = ExpressionScanner.closingQuote(for: first) {
      advance()
      return .string(try quotedBody(closing: closing, escapes: first == "\"" || first == "'"))
    }
    let start = position
    while let scalar = peek, scalar != ":", scalar != "," { advance() }
    var word = Array(scalars[start..<position])
    while let last = word.last, ExpressionScanner.isBlank(last) { word.removeLast() }
    let text = String(String.UnicodeScalarView(word))
    if ExpressionScanner.isPlainNumber(word), let number = NumberValue(literal: text) { return .number(number) }
    return .string(text)
  }

  /// `-12`, `3.5`, `+0.25`: digits with an optional sign and fraction, nothing else.
  static func isPlainNumber(_ scalars: [Unicode.Scalar]) -> Bool {
    var body = scalars[...]
    if let sign = body.first, sign == "-" || sign == "+" { body = body.dropFirst() }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let integer = parts.first, !integer.isEmpty else { return false }
    return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.value >= 48 && $0.value <= 57 } }
  }
}
