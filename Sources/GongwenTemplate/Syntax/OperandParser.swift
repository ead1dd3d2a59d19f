/// Parses the part of a tag before its filters into an `Operand`, by precedence climbing.
///
/// Grammar, loosest first: `or` (`||`), `and` (`&&`), `not` (`!`), one comparison (`== != > >= < <=`),
/// `+ -`, `* /`, unary `-`, then a primary: a number, text in `"…"`, `'…'`, `“…”` or `‘…’`, `true`,
/// `false`, a path, `len(x)`, `abs(x)` or a parenthesized operand. A path's names are runs of name characters
/// (letters, digits and marks of any script, full-width punctuation, `_`, `-`, `$`), joined by dots;
/// a name holding spaces, dots or ASCII operator characters is written in square brackets.
struct OperandParser {
  private var scanner: ExpressionScanner
  private let text: String

  init(_ scalars: [Unicode.Scalar], hyphensInNames: Bool = true) {
    scanner = ExpressionScanner(scalars, hyphensInNames: hyphensInNames)
    text = String(String.UnicodeScalarView(scalars))
  }

  static func malformed(_ reason: Phrase) -> TemplateErrorKindBox { ExpressionScanner.malformed(reason) }

  /// The whole operand; a lone number stays a path (`{{2022}}` reads the key `2022`), as it always has.
  mutating func parse() throws(TemplateErrorKindBox) -> Operand {
    let operand = try or()
    scanner.skipBlanks()
    if let next = scanner.peek {
      if case .path(let path) = operand, path.components.count == 1, ExpressionScanner.isNameScalar(next),
        let before = scanner.peek(at: -1), ExpressionScanner.isBlank(before)
      {
        throw Self.malformed(TemplatePhrase.spaceInName.phrase(["text": .text(text)]))
      }
      if next == "=" { throw Self.malformed(TemplatePhrase.singleEquals.phrase(["text": .text(text)])) }
      throw Self.malformed(TemplatePhrase.unexpectedIn.phrase(["found": .text(String(next)), "text": .text(text)]))
    }
    if case .literal(.number(let number)) = operand {
      return .path(Path(number.literal.split(separator: ".").map(String.init)))
    }
    return operand
  }

  private mutating func or() throws(TemplateErrorKindBox) -> Operand {
    var left = try and()
    while take(word: "or") || take("||") { left = .binary(.or, left, try and()) }
    return left
  }

  private mutating func and() throws(TemplateErrorKindBox) -> Operand {
    var left = try not()
    while take(word: "and") || take("&&") { left = .binary(.and, left, try not()) }
    return left
  }

  private mutating func not() throws(TemplateErrorKindBox) -> Operand {
    if take(word: "not") || take("!", unlessFollowedBy: "=") { return .unary(.not, try not()) }
    return try comparison()
  }

  private mutating func comparison() throws(TemplateErrorKindBox) -> Operand {
    let left = try additive()
    let operators: [BinaryOperator] = [.equal, .notEqual, .greaterOrEqual, .lessOrEqual, .greater, .less]
    guard let op = take(any: operators) else { return left }
    let result = Operand.binary(op, left, try additive())
    scanner.skipBlanks()
    if let next = scanner.peek, "<>=!".unicodeScalars.contains(next) {
      throw Self.malformed(TemplatePhrase.chainedComparison.phrase(["text": .text(text)]))
    }
    return result
  }

  private mutating func additive() throws(TemplateErrorKindBox) -> Operand {
    var left = try multiplicative()
    while let op = take(any: [.add, .subtract]) { left = .binary(op, left, try multiplicative()) }
    return left
  }

  private mutating func multiplicative() throws(TemplateErrorKindBox) -> Operand {
    var left = try unary()
    while let op = take(any: [.multiply, .divide]) { left = .binary(op, left, try unary()) }
    return left
  }

  /// The first of `operators` that comes next, consumed.
  private mutating func take(any operators: [BinaryOperator]) -> BinaryOperator? {
    operators.first { take($0.rawValue) }
  }

  private mutating func unary() throws(TemplateErrorKindBox) -> Operand {
    if take("-") { return .unary(.negate, try unary()) }
    if take("+") { return try unary() }
    return try primary()
  }

  private mutating func primary() throws(TemplateErrorKindBox) -> Operand {
    scanner.skipBlanks()
    guard let first = scanner.peek else {
      throw Self.malformed(text.isEmpty ? TemplatePhrase.noName.phrase() : TemplatePhrase.endsWhereValueBelongs.phrase(["text": .text(text)]))
    }
    if first == "(" {
      scanner.advance()
      let inner = try or()
      guard take(")") else { throw Self.malformed(TemplatePhrase.unclosedParenthesis.phrase(["text": .text(text)])) }
      return inner
    }
    if let closing = ExpressionScanner.closingQuote(for: first) {
      scanner.advance()
      return .literal(.string(try scanner.quotedBody(closing: closing, escapes: first == "\"" || first == "'")))
    }
    if first.properties.numericType != nil, first.isASCII, let number = scanner.numberLiteral() {
      return .literal(.number(number))
    }
    guard first == "[" || first == "." || scanner.continuesName(first) else {
      throw Self.malformed(TemplatePhrase.unexpectedIn.phrase(["found": .text(String(first)), "text": .text(text)]))
    }
    let path = try scanner.pathToken()
    if path.components.count == 1, !scanner.lastTokenWasBracketed {
      let name = path.components[0]
      if name == "true" || name == "false" { return .literal(.bool(name == "true")) }
      if name == "and" || name == "or" || name == "not" {
        throw Self.malformed(TemplatePhrase.needsValueBefore.phrase(["name": .text(name), "text": .text(text)]))
      }
      if scanner.peek == "(" {
        guard ["len", "count", "abs"].contains(name) else { throw Self.malformed(TemplatePhrase.unknownFunction.phrase(["name": .text(name), "text": .text(text)])) }
        scanner.advance()
        let argument = try or()
        guard take(")") else { throw Self.malformed(TemplatePhrase.unclosedParenthesis.phrase(["text": .text(text)])) }
        return .call(name, argument)
      }
    }
    return .path(path)
  }

  /// Skips blanks and consumes `symbol` when it comes next.
  private mutating func take(_ symbol: String, unlessFollowedBy follower: Unicode.Scalar? = nil) -> Bool {
    scanner.skipBlanks()
    guard scanner.hasPrefix(symbol) else { return false }
    let symbolCount = symbol.unicodeScalars.count
    if let follower, scanner.peek(at: symbolCount) == follower { return false }
    for _ in 0..<symbolCount { scanner.advance() }
    return true
  }

  /// Skips blanks and consumes the keyword `word` when it comes next as a whole word.
  private mutating func take(word: String) -> Bool {
    scanner.skipBlanks()
    guard scanner.hasPrefix(word) else { return false }
    let count = word.unicodeScalars.count
    if let after = scanner.peek(at: count), ExpressionScanner.isNameScalar(after) || after == "." || after == "[" {
      return false
    }
    for _ in 0..<count { scanner.advance() }
    return true
  }
}
