extension Value {
  /// Whether a section renders for this value: false, null, empty text and an empty list do not;
  /// everything else does (the number 0 and an empty object included).
  public var isTruthy: Bool { isTruthy(zeroIsFalse: false) }

  /// Truthiness as `isTruthy`, except that with `zeroIsFalse` the number 0 is false too (JavaScript's
  /// reading, which docxtemplater templates expect).
  package func isTruthy(zeroIsFalse: Bool) -> Bool {
    switch self {
    case .null: return false
    case .bool(let flag): return flag
    case .string(let text): return !text.isEmpty
    case .list(let items): return !items.isEmpty
    case .number(let number): return !(zeroIsFalse && number.double == 0)
    case .object: return true
    }
  }
}
