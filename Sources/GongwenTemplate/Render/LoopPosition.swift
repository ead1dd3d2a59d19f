/// Where a loop stands: the item being rendered and how many there are.
public struct LoopPosition: Sendable, Hashable {
  /// 0-based index of the current item.
  public var index: Int
  /// The number of items.
  public var count: Int

  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  public var isFirst: Bool { index == 0 }
  public var isLast: Bool { index == count - 1 }

  /// The value of a loop variable (`$index` 1-based, `$index0`, `$first`, `$last`, `$count`), or nil
  /// when `name` is not one.
  public func variable(_ name: String) -> Value? {
    switch name {
    case "$index": return .number(NumberValue(Double(index + 1)))
    case "$index0": return .number(NumberValue(Double(index)))
    case "$first": return .bool(isFirst)
    case "$last": return .bool(isLast)
    case "$count": return .number(NumberValue(Double(count)))
    default: return nil
    }
  }

  /// True for the names `$index`, `$index0`, `$first`, `$last` and `$count`.
  public static func isVariable(_ name: String) -> Bool {
    switch name {
    case "$index", "$index0", "$first", "$last", "$count": return true
    default: return false
    }
  }
}
