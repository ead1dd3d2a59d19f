import Foundation

/// Computes an operand in a scope: arithmetic in exact decimals, comparisons, `and`/`or`/`not`, `len`, `abs`.
///
/// - Arithmetic takes numbers and text that reads as a number (CSV and Excel cells are often text);
///   `+` joins two texts when either does not read as a number. Results are exact: `0.1 + 0.2` is `0.3`;
///   a quotient keeps 16 decimals, trailing zeros dropped.
/// - Comparisons compare numbers as numbers when both sides read as numbers, texts as texts otherwise;
///   `==` and `!=` take any two values, ordering a number against a text is an error.
/// - `and`, `or` and `not` read truthiness as sections do (0 false with `zeroIsFalse`); a missing name
///   there is simply false.
/// - A missing name elsewhere is a missing value, or, with `allowMissing`, makes the whole operand missing.
struct OperandEvaluator {
  let scope: Scope
  let allowMissing: Bool
  /// Whether the number 0 is false (docxtemplater's reading).
  var zeroIsFalse = false

  /// Thrown when a name the operand needs is missing.
  struct Missing: Error { let path: Path }

  /// The operand's value, or nil when it reads a missing name and missing values are allowed.
  func evaluate(_ operand: Operand) throws -> Value? {
    do {
      return try value(operand)
    } catch let missing as Missing {
      if allowMissing { return nil }
      throw TemplateError(.missingValue(missing.path.description),
                          hint: NameSuggestion.hint(for: missing.path, written: missing.path.description, in: scope) as Phrase?)
    }
  }

  private func value(_ operand: Operand) throws -> Value {
    switch operand {
    case .path(let path):
      guard let found = scope.lookup(path) else { throw Missing(path: path) }
      return found
    case .literal(let literal):
      return literal
    case .none:
      return .null
    case .unary(.not, let inner):
      return .bool(!(try truth(inner)))
    case .unary(.negate, let inner):
      let found = try value(inner)
      guard let number = Self.decimal(found) else { throw failure(operand, .notANumber, ["value": Self.quoted(found)]) }
      return Self.number(-number)
    case .binary(.and, let left, let right):
      return .bool(try truth(left) && truth(right))
    case .binary(.or, let left, let right):
      return .bool(try truth(left) || truth(right))
    case .binary(let op, let left, let right):
      return try binary(op, try value(left), try value(right), operand)
    case .call("abs", let argument):
      let found = try value(argument)
      guard let number = Self.decimal(found) else { throw failure(operand, .notANumber, ["value": Self.quoted(found)]) }
      return Self.number(number < 0 ? -number : number)
    case .call(let name, let argument):
      let found = try value(argument)
      switch found {
      case .list(let items): return Self.number(Decimal(items.count))
      case .string(let text): return Self.number(Decimal(text.count))
      case .object(let members): return Self.number(Decimal(members.count))
      default: throw failure(operand, .countsListOrText, ["name": .text(name), "value": Self.quoted(found)])
      }
    }
  }

  /// Truthiness for `and`, `or`, `not`: a missing name is false.
  private func truth(_ operand: Operand) throws -> Bool {
    do {
      return try value(operand).isTruthy(zeroIsFalse: zeroIsFalse)
    } catch is Missing {
      return false
    }
  }

  private func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, _ operand: Operand) throws -> Value {
    switch op {
    case .equal, .notEqual:
      let same = Self.equal(left, right)
      return .bool(op == .equal ? same : !same)
    case .greater, .greaterOrEqual, .less, .lessOrEqual:
      let order: ComparisonResult
      if let a = Self.decimal(left), let b = Self.decimal(right) {
        order = a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
      } else if case .string(let a) = left, case .string(let b) = right {
        order = a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
      } else {
        throw failure(operand, .cannotCompare, ["left": Self.quoted(left), "right": Self.quoted(right)])
      }
      switch op {
      case .greater: return .bool(order == .orderedDescending)
      case .greaterOrEqual: return .bool(order != .orderedAscending)
      case .less: return .bool(order == .orderedAscending)
      default: return .bool(order != .orderedDescending)
      }
    case .add, .subtract, .multiply, .divide:
      if op == .add, case .string(let a) = left, case .string(let b) = right,
        Self.decimal(left) == nil || Self.decimal(right) == nil
      {
        return .string(a + b)
      }
      guard let a = Self.decimal(left) else { throw arithmeticProblem(operand, op, left, right, bad: left) }
      guard let b = Self.decimal(right) else { throw arithmeticProblem(operand, op, left, right, bad: right) }
      switch op {
      case .add: return Self.number(a + b)
      case .subtract: return Self.number(a - b)
      case .multiply: return Self.number(a * b)
      default:
        guard !b.isZero else { throw failure(operand, .divisionByZero, ["left": Self.quoted(left), "right": Self.quoted(right)]) }
        var quotient = a / b
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 16, .plain)
        return Self.number(rounded)
      }
    case .and, .or:
      return .bool(left.isTruthy(zeroIsFalse: zeroIsFalse) && right.isTruthy(zeroIsFalse: zeroIsFalse))
    }
  }

  private func arithmeticProblem(_ operand: Operand, _ op: BinaryOperator, _ left: Value, _ right: Value, bad: Value) -> TemplateError {
    failure(operand, .notANumberIn,
            ["value": Self.quoted(bad), "left": Self.quoted(left), "operator": .text(op.rawValue), "right": Self.quoted(right)])
  }

  private func failure(_ operand: Operand, _ reason: TemplatePhrase, _ values: [String: Phrase.Value]) -> TemplateError {
    let phrase = reason.phrase(values)
    return TemplateError(.expressionFailed(expression: operand.description, reason: phrase.englishText), hint: nil,
                         arguments: ["reason": phrase])
  }

  /// Equality: numbers (and texts reading as numbers) by value, other values as they are.
  static func equal(_ left: Value, _ right: Value) -> Bool {
    if let a = decimal(left), let b = decimal(right) { return a == b }
    switch (left, right) {
    case (.string(let a), .string(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    default: return left == right
    }
  }

  /// The exact number a value holds: a number, or text that reads as one (`"1,234.5"` included).
  static func decimal(_ value: Value) -> Decimal? {
    let digits: DecimalDigits?
    switch value {
    case .number(let number): digits = DecimalDigits(parsing: number.literal) ?? DecimalDigits(parsing: "\(number.double)")
    case .string(let text): digits = DecimalDigits(parsing: text, allowGrouping: true)
    default: digits = nil
    }
    guard let digits else { return nil }
    return Decimal(string: digits.plainText, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// A computed number, written plainly without trailing zeros.
  static func number(_ decimal: Decimal) -> Value {
    let text = decimal.description
    guard let digits = DecimalDigits(parsing: text) else { return .number(NumberValue(NSDecimalNumber(decimal: decimal).doubleValue)) }
    let plain = digits.trimmingTrailingZeros().plainText
    return .number(NumberValue(literal: plain) ?? NumberValue(NSDecimalNumber(decimal: decimal).doubleValue))
  }

  static func quoted(_ value: Value) -> Phrase.Value { StandardFilters.quotedValue(value) }
}
