extension Value {
  /// Whether a section renders for this value: false, null, empty text and an empty list do not;
  /// everything else does (the number 0 and an empty object included).
  public var isTruthy: Bool {
    switch self {
    case .null: return false
    case .bool(let flag): return flag
    case .string(let text): return !text.isEmpty
    case .list(let items): return !items.isEmpty
    case .number, .object: return true
    }
  }
}
