/// Where a loop stands: the item being rendered and how many there are.
package struct LoopPosition: Sendable, Hashable {
  /// 0-based index of the current item.
  package var index: Int
  /// The number of items.
  package var count: Int

  package init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  package var isFirst: Bool { index == 0 }
  package var isLast: Bool { index == count - 1 }

  /// The value of a loop variable (`$index` 1-based, or 0-based with `indexFromZero`; `$index0`, `$first`,
  /// `$last`, `$count`), or nil when `name` is not one.
  package func variable(_ name: String, indexFromZero: Bool = false) -> Value? {
    switch name {
    case "$index": return .number(NumberValue(Double(indexFromZero ? index : index + 1)))
    case "$index0": return .number(NumberValue(Double(index)))
    case "$first": return .bool(isFirst)
    case "$last": return .bool(isLast)
    case "$count": return .number(NumberValue(Double(count)))
    default: return nil
    }
  }

  /// True for the names `$index`, `$index0`, `$first`, `$last` and `$count`.
  package static func isVariable(_ name: String) -> Bool {
    switch name {
    case "$index", "$index0", "$first", "$last", "$count": return true
    default: return false
    }
  }
}
