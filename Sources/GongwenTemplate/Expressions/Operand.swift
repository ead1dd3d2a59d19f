/// What a tag computes before its filters: a data path, a literal, or operators applied to operands.
package indirect enum Operand: Sendable, Hashable, CustomStringConvertible {
  /// A data path (`本年`, `学习.[中心组 学习]`, `.`, `$index`).
  case path(Path)
  /// A number or text written in the tag (`0`, `"市直"`), or `true` / `false`.
  case literal(Value)
  /// `-x`, `not x`.
  case unary(UnaryOperator, Operand)
  /// `a + b`, `a > b`, `a and b`, …
  case binary(BinaryOperator, Operand, Operand)
  /// `len(x)` (items of a list, characters of a text) or `abs(x)`: a function applied to its argument.
  case call(String, Operand)
  /// Nothing: the anonymous close `{{/}}`, which ends the innermost open section.
  case none

  /// The path when the operand is a plain path.
  package var plainPath: Path? {
    if case .path(let path) = self { return path }
    return nil
  }

  /// The operand as a tag writes it, with single spaces around operators and parentheses only where needed.
  package var description: String { written(within: 0) }

  private func written(within outer: Int) -> String {
    switch self {
    case .path(let path): return path.description
    case .literal(let value):
      if case .string(let text) = value { return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
      return value.displayText
    case .unary(let op, let operand):
      let text = op == .not ? "not " + operand.written(within: op.precedence) : "-" + operand.written(within: op.precedence)
      return op.precedence < outer ? "(" + text + ")" : text
    case .binary(let op, let left, let right):
      let text = left.written(within: op.precedence) + " " + op.rawValue + " " + right.written(within: op.precedence + 1)
      return op.precedence < outer ? "(" + text + ")" : text
    case .call(let name, let argument): return name + "(" + argument.written(within: 0) + ")"
    case .none: return ""
    }
  }

  /// Every path the operand reads, in order, each with whether it is read as a number (in arithmetic or
  /// an ordering comparison).
  package var reads: [(path: Path, asNumber: Bool)] {
    var found: [(path: Path, asNumber: Bool)] = []
    collect(into: &found, asNumber: false)
    return found
  }

  private func collect(into found: inout [(path: Path, asNumber: Bool)], asNumber: Bool) {
    switch self {
    case .path(let path):
      if let index = found.firstIndex(where: { $0.path == path }) {
        found[index].asNumber = found[index].asNumber || asNumber
      } else {
        found.append((path, asNumber))
      }
    case .literal, .none: break
    case .unary(let op, let operand): operand.collect(into: &found, asNumber: op == .negate)
    case .binary(let op, let left, let right):
      left.collect(into: &found, asNumber: op.readsNumbers)
      right.collect(into: &found, asNumber: op.readsNumbers)
    case .call(let name, let argument): argument.collect(into: &found, asNumber: name == "abs")
    }
  }
}

/// `-` and `not`.
package enum UnaryOperator: String, Sendable, Hashable {
  case negate = "-"
  case not = "not"

  var precedence: Int { self == .not ? 3 : 7 }
}

/// The binary operators, loosest first: `or`; `and`; comparisons; `+ -`; `* /`.
package enum BinaryOperator: String, Sendable, Hashable {
  case or, and
  case equal = "==", notEqual = "!=", greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="
  case add = "+", subtract = "-", multiply = "*", divide = "/"

  var precedence: Int {
    switch self {
    case .or: return 1
    case .and: return 2
    case .equal, .notEqual, .greater, .greaterOrEqual, .less, .lessOrEqual: return 4
    case .add, .subtract: return 5
    case .multiply, .divide: return 6
    }
  }

  /// True for arithmetic and ordering comparisons, whose operands are (usually) numbers.
  var readsNumbers: Bool {
    switch self {
    case .or, .and, .equal, .notEqual: return false
    default: return true
    }
  }
}
