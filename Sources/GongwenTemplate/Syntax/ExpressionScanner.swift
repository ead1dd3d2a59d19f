/// Reads a tag's expression (an operand and its filters) from the scalars inside the delimiters.
struct ExpressionScanner {
  private var scalars: [Unicode.Scalar]
  private(set) var position = 0
  /// Whether `-` continues a name (`a_b-c2`, Gongwen's reading) or is always the minus operator
  /// (docxtemplater's expressions: `date-age`).
  var hyphensInNames = true

  init(_ scalars: [Unicode.Scalar], hyphensInNames: Bool = true) {
    self.scalars = scalars
    self.hyphensInNames = hyphensInNames
  }

  /// A name scalar as this scanner reads names (see `hyphensInNames`).
  func continuesName(_ scalar: Unicode.Scalar) -> Bool {
    ExpressionScanner.isNameScalar(scalar) && (hyphensInNames || scalar != "-")
  }

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

  /// The scalar `offset` places ahead, or nil past the end.
  func peek(at offset: Int) -> Unicode.Scalar? {
    let index = position + offset
    return index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// True when the scalars from the current position start with `text`.
  func hasPrefix(_ text: String) -> Bool {
    var index = position
    for scalar in text.unicodeScalars {
      guard index < scalars.count, scalars[index] == scalar else { return false }
      index += 1
    }
    return true
  }

  /// At a `-`: the element of an explicit section (`-w:tr rows`: a known element name, then a blank),
  /// consumed; nil, consuming nothing, otherwise (`-x` is a negation).
  mutating func explicitElement() -> RepeatedElement? {
    var end = position + 1
    while end < scalars.count, !ExpressionScanner.isBlank(scalars[end]) { end += 1 }
    guard end < scalars.count,
      let element = RepeatedElement(name: String(String.UnicodeScalarView(scalars[(position + 1)..<end])))
    else { return nil }
    position = end
    return element
  }

  /// True when the last `pathToken` was one bracketed name (so `[and]` is a name, not a keyword).
  private(set) var lastTokenWasBracketed = false

  /// A number literal (`12`, `0.25`) at the current position; nil, consuming nothing, when the digits
  /// run on into a name (`2022年`).
  mutating func numberLiteral() -> NumberValue? {
    let start = position
    let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 48 && $0.value <= 57 }
    while let scalar = peek, isDigit(scalar) { advance() }
    if peek == ".", let next = peek(at: 1), isDigit(next) {
      advance()
      while let scalar = peek, isDigit(scalar) { advance() }
    }
    if let next = peek, continuesName(next) || next == "[" || next == "." {
      position = start
      return nil
    }
    return NumberValue(literal: String(String.UnicodeScalarView(scalars[start..<position])))
  }

  /// A path at the current position: `.`, or names (runs of name scalars or `[…]`) joined by dots.
  mutating func pathToken() throws(TemplateErrorKindBox) -> Path {
    let written = String(String.UnicodeScalarView(scalars))
    lastTokenWasBracketed = false
    if peek == ".", !(peek(at: 1).map { ExpressionScanner.isNameScalar($0) || $0 == "[" } ?? false) {
      advance()
      return .current
    }
    var components: [String] = []
    while true {
      if peek == "[" {
        advance()
        components.append(try bracketedName())
        lastTokenWasBracketed = components.count == 1
      } else {
        let nameStart = position
        while let scalar = peek, continuesName(scalar) { advance() }
        if position == nameStart { throw ExpressionScanner.malformed(TemplatePhrase.emptyNameBetweenDots.phrase(["name": .text(written)])) }
        components.append(String(String.UnicodeScalarView(scalars[nameStart..<position])))
        lastTokenWasBracketed = false
      }
      guard peek == "." else { break }
      advance()
      guard let next = peek, ExpressionScanner.isNameScalar(next) || next == "[" else {
        throw ExpressionScanner.malformed(TemplatePhrase.emptyNameBetweenDots.phrase(["name": .text(written)]))
      }
    }
    if peek == "[" {
      throw ExpressionScanner.malformed(TemplatePhrase.bracketAfterName.phrase(["name": .text(written)]))
    }
    if components.count > 1 { lastTokenWasBracketed = false }
    return Path(components)
  }

  mutating func skipBlanks() {
    while let scalar = peek, ExpressionScanner.isBlank(scalar) { advance() }
  }

  mutating func dropTrailingBlanks() {
    while let last = scalars.last, ExpressionScanner.isBlank(last) { scalars.removeLast() }
  }

  static func malformed(_ reason: Phrase) -> TemplateErrorKindBox {
    TemplateErrorKindBox(.malformedTag(reason.englishText), phrases: ["reason": reason])
  }

  /// The operand and every filter up to the end.
  mutating func expression() throws(TemplateErrorKindBox) -> Expression {
    let pathText = try segment()
    let hasFilters = !atEnd
    if pathText.isEmpty {
      throw ExpressionScanner.malformed((hasFilters ? TemplatePhrase.noNameBeforePipe : .noName).phrase())
    }
    var parser = OperandParser(pathText, hyphensInNames: hyphensInNames)
    let operand = try parser.parse()
    var filters: [FilterCall] = []
    while !atEnd {
      advance()  // the pipe
      var filterScanner = ExpressionScanner(try segment())
      filterScanner.skipBlanks()
      filterScanner.dropTrailingBlanks()
      if filterScanner.atEnd { throw ExpressionScanner.malformed(TemplatePhrase.emptyFilter.phrase()) }
      filters.append(try filterScanner.filterCall())
    }
    return Expression(operand: operand, filters: filters)
  }

  /// The scalars up to the next pipe outside quotes (or the end), trimmed; stops at the pipe.
  private mutating func segment() throws(TemplateErrorKindBox) -> [Unicode.Scalar] {
    let start = position
    while let scalar = peek, !ExpressionScanner.isPipe(scalar) || (scalar == "|" && peek(at: 1) == "|") {
      if scalar == "|" {
        advance()  // `||` is `or`, not two pipes
        advance()
      } else if let closing = ExpressionScanner.closingQuote(for: scalar) {
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
  mutating func quotedBody(closing: Unicode.Scalar, escapes: Bool) throws(TemplateErrorKindBox) -> String {
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
    throw ExpressionScanner.malformed(TemplatePhrase.unterminatedQuote.phrase())
  }

  /// Reads a square-bracketed name after its `[` up to and past the `]`: every scalar between is part of
  /// the name (spaces, dots, operator characters), surrounding blanks excepted.
  mutating func bracketedName() throws(TemplateErrorKindBox) -> String {
    let start = position
    while let scalar = peek, scalar != "]" { advance() }
    guard !atEnd else { throw ExpressionScanner.malformed(TemplatePhrase.unclosedBracket.phrase()) }
    var name = Array(scalars[start..<position])
    advance()  // the `]`
    while let first = name.first, ExpressionScanner.isBlank(first) { name.removeFirst() }
    while let last = name.last, ExpressionScanner.isBlank(last) { name.removeLast() }
    if name.isEmpty { throw ExpressionScanner.malformed(TemplatePhrase.emptyBracketName.phrase()) }
    return String(String.UnicodeScalarView(name))
  }

  /// `name` or `name:arg,arg` from a trimmed filter segment.
  mutating func filterCall() throws(TemplateErrorKindBox) -> FilterCall {
    let start = position
    while let scalar = peek, ExpressionScanner.isNameScalar(scalar) { advance() }
    let name = String(String.UnicodeScalarView(scalars[start..<position]))
    if name.isEmpty {
      throw ExpressionScanner.malformed(TemplatePhrase.filterNameMissing.phrase(["text": .text(peek.map(String.init) ?? "")]))
    }
    skipBlanks()
    guard let next = peek else { return FilterCall(name: name) }
    guard next == ":" || next == "：" else {
      if ExpressionScanner.isBlank(scalars[position - 1]) {
        throw ExpressionScanner.malformed(TemplatePhrase.spaceInFilterName.phrase(["name": .text(name)]))
      }
      throw ExpressionScanner.malformed(TemplatePhrase.afterFilterName.phrase(["text": .text(String(next)), "name": .text(name)]))
    }
    advance()
    var arguments: [Value] = []
    while true {
      skipBlanks()
      arguments.append(try argument(filter: name))
      skipBlanks()
      guard let separator = peek else { break }
      guard separator == ":" || separator == "," else {
        throw ExpressionScanner.malformed(TemplatePhrase.afterArgument.phrase(["text": .text(String(separator)), "name": .text(name)]))
      }
      advance()
    }
    return FilterCall(name: name, arguments: arguments)
  }

  /// One argument: quoted text, a number or a bare word.
  private mutating func argument(filter: String) throws(TemplateErrorKindBox) -> Value {
    guard let first = peek, first != ":", first != "," else {
      throw ExpressionScanner.malformed(TemplatePhrase.emptyArgument.phrase(["filter": .text(filter)]))
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
