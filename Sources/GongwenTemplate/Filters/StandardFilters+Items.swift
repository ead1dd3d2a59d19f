extension StandardFilters {
  /// `items`: an object's members in order as a list of `{key, value}` (also `键`, `值`), so a loop (a column
  /// loop over quarters that a spreadsheet groups under one merged header) can walk them; a list stays.
  static let items = FilterDefinition(check: noArguments) { value, _ in
    switch value {
    case .object(let members):
      return .list(members.map { key, member in
        Value.object(["key": .string(key), "value": member, "键": .string(key), "值": member] as KeyValuePairs)
      })
    case .list: return value
    default: throw failure("items", .expectsObjectGot, ["value": quotedValue(value)])
    }
  }
}
