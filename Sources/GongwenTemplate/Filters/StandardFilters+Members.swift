/// Filters that read members of objects without falling back to enclosing scopes, for lists that mix
/// plain texts and objects (`附件: [名称, {标题: 名称, 正文: …}]`).
extension StandardFilters {
  /// `field:"标题"`: the member of an object (null when it has none); a text or number is returned as
  /// it is, so one tag prints the name of either kind of item.
  static let field = FilterDefinition(check: oneKey("field")) { value, arguments in
    let key = argumentText(arguments[0])
    switch value {
    case .object(let members): return members[key] ?? .null
    case .string, .number: return value
    default: throw failure("field", .expectsObjectOrTextGot, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
  }

  /// `with:"正文"`: the objects of a list that have a non-empty member `key`; other items are left out.
  static let with = FilterDefinition(check: oneKey("with")) { value, arguments in
    let key = argumentText(arguments[0])
    guard case .list(let items) = value else { throw failure("with", .expectsListGot, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)]) }
    return .list(items.filter { item in
      guard case .object(let members) = item, let member = members[key] else { return false }
      switch member {
      case .null, .string(""), .list([]): return false
      default: return true
      }
    })
  }

  private static func oneKey(_ name: String) -> @Sendable ([Value]) -> Phrase? {
    { arguments in
      guard arguments.count == 1 else { return TemplatePhrase.oneMemberName.phrase() }
      return argumentText(arguments[0]).isEmpty ? TemplatePhrase.emptyMemberName.phrase() : nil
    }
  }
}
