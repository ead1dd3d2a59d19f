import GongwenTemplate
import Collections
import Yams

/// Turns a Yams node tree into a `Value`, expanding aliases within `DataLimits`.
///
/// Yams shares an anchored node wherever it is aliased, so the tree is small even when its
/// expansion is huge (a "billion laughs" document). A first pass counts the values the
/// expansion would produce, stopping as soon as the count passes `maxNodes`, and checks depth and
/// string sizes; only then is the tree converted. Both passes recurse, which is safe because
/// libyaml refuses more than 1000 levels and the work runs on a `LargeStack` thread.
struct YAMLConverter {
  let limits: DataLimits
  let text: String
  /// Whether the text defines anchors, so a count over the limit is blamed on aliases.
  let usesAliases: Bool
  let scalars = YAMLScalarResolver()
  private var count = 0

  init(limits: DataLimits, text: String) {
    self.limits = limits
    self.text = text
    usesAliases = YAMLAliasScan.mayHaveAliases(text)
  }

  /// Checks the limits, then converts.
  mutating func convert(root: Node) throws(DataError) -> Value {
    count = 0
    try measure(root, depth: 1)
    return try value(of: root)
  }

  private mutating func measure(_ node: Node, depth: Int) throws(DataError) {
    switch node {
    case .scalar(let scalar):
      try countOne(node)
      if scalar.string.utf8.count > limits.maxStringBytes {
        throw failure(at: node, DataPhrase.textTooLong.phrase(["limit": .text(String(limits.maxStringBytes))]))
      }
    case .sequence(let sequence):
      try enter(node, depth: depth)
      for item in sequence { try measure(item, depth: depth + 1) }
    case .mapping(let mapping):
      try enter(node, depth: depth)
      for (key, item) in mapping {
        if case .scalar(let scalar) = key, scalar.string.utf8.count > limits.maxStringBytes {
          throw failure(at: key, DataPhrase.keyTooLong.phrase(["limit": .text(String(limits.maxStringBytes))]))
        }
        try measure(item, depth: depth + 1)
      }
    case .alias:
      throw failure(at: node, DataPhrase.unresolvedAlias.phrase())
    }
  }

  private mutating func enter(_ node: Node, depth: Int) throws(DataError) {
    if depth > limits.maxDepth {
      throw failure(at: node, DataPhrase.nestsTooDeep.phrase(["limit": .text(String(limits.maxDepth))]))
    }
    try countOne(node)
  }

  private mutating func countOne(_ node: Node) throws(DataError) {
    count += 1
    guard count > limits.maxNodes else { return }
    if usesAliases {
      throw DataError(.tooLarge,
        message: DataPhrase.aliasesExpand.phrase(["limit": .text(String(limits.maxNodes))]))
    }
    throw DataError(.tooLarge, message: DataPhrase.tooManyValues.phrase(["limit": .text(String(limits.maxNodes))]))
  }

  private func value(of node: Node) throws(DataError) -> Value {
    switch node {
    case .scalar(let scalar):
      return scalars.value(of: scalar)
    case .sequence(let sequence):
      var items: [Value] = []
      items.reserveCapacity(sequence.count)
      for item in sequence { items.append(try value(of: item)) }
      return .list(items)
    case .mapping(let mapping):
      return .object(try object(of: mapping))
    case .alias:
      throw failure(at: node, DataPhrase.unresolvedAlias.phrase())
    }
  }

  /// A mapping's members in order. `<<` merge keys add the members of the mapping (or list of
  /// mappings) they name that the mapping does not set itself; earlier merged mappings win.
  private func object(of mapping: Node.Mapping) throws(DataError) -> OrderedDictionary<String, Value> {
    var members = OrderedDictionary<String, Value>()
    for (key, item) in mapping {
      if case .scalar(let scalar) = key, scalars.isMergeKey(scalar) {
        for source in try mergeSources(item) {
          for (name, member) in try object(of: source) where members[name] == nil {
            members[name] = member
          }
        }
        continue
      }
      let name = try keyText(key)
      members[name] = try value(of: item)
    }
    return members
  }

  private func mergeSources(_ node: Node) throws(DataError) -> [Node.Mapping] {
    switch node {
    case .mapping(let mapping):
      return [mapping]
    case .sequence(let sequence):
      var sources: [Node.Mapping] = []
      for item in sequence {
        guard case .mapping(let mapping) = item else {
          throw failure(at: item, DataPhrase.mergeKey.phrase())
        }
        sources.append(mapping)
      }
      return sources
    default:
      throw failure(at: node, DataPhrase.mergeKey.phrase())
    }
  }

  /// A key's text: scalars of any kind as written; lists and mappings are refused.
  private func keyText(_ key: Node) throws(DataError) -> String {
    guard case .scalar(let scalar) = key else {
      throw failure(at: key, DataPhrase.complexKey.phrase())
    }
    return scalar.string
  }

  private func failure(at node: Node, _ message: Phrase) -> DataError {
    guard let mark = node.mark else { return DataError(.syntax, message: message) }
    let position = TextPosition(line: mark.line, scalarColumn: mark.column, in: text)
    return DataError(.syntax, line: position.line, column: position.column, message: message, sourceLine: position.sourceLine)
  }
}
