import Collections

extension Value {
  /// Deep-merges `other` over `self`: objects merge key by key, anything else is replaced.
  public func merged(with other: Value) -> Value {
    guard case .object(var base) = self, case .object(let overlay) = other else { return other }
    for (key, value) in overlay {
      if let existing = base[key] {
        base[key] = existing.merged(with: value)
      } else {
        base[key] = value
      }
    }
    return .object(base)
  }

  /// Sets `value` at a dotted path (`a.b.c`), creating objects on the way.
  public func setting(_ value: Value, at path: [String]) -> Value {
    guard let first = path.first else { return value }
    var dictionary: OrderedDictionary<String, Value>
    if case .object(let existing) = self { dictionary = existing } else { dictionary = [:] }
    let child = dictionary[first] ?? .null
    dictionary[first] = child.setting(value, at: Array(path.dropFirst()))
    return .object(dictionary)
  }
}
