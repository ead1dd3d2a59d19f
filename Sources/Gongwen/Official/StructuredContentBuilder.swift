import GongwenTemplate

/// Builds structured content from data: a list of blocks (see `docs/template-language.md`), one
/// block object, or text (parsed as `OfficialTextParser` reads a report's lines).
///
/// Headings are numbered `一、` `（一）` `1.` `（1）`, counted under their parent heading; a heading
/// whose text already starts with an official number keeps it as written and gets no second one.
package struct StructuredContentBuilder {
  private var counters = [0, 0, 0, 0]
  private var blocks: [StructuredBlock] = []

  /// Builds the blocks of `value`; `path` names the value in messages (`正文`).
  package static func build(_ value: Value, path: String) throws -> [StructuredBlock] {
    var builder = StructuredContentBuilder()
    try builder.add(value, path: path, depth: 1, topLevel: true)
    return builder.blocks
  }

  private mutating func add(_ value: Value, path: String, depth: Int, topLevel: Bool = false) throws {
    switch value {
    case .null:
      return
    case .list(let items):
      for (index, item) in items.enumerated() {
        if case .list = item {
          throw StructuredContentKeys.problem(path + "[\(index)]", .blockIsList)
        }
        try add(item, path: path + "[\(index)]", depth: depth)
      }
    case .string(let text) where topLevel:
      try add(OfficialTextParser.parseBody(text), path: path, depth: depth)
    case .string, .number, .bool:
      blocks.append(.paragraph(value.displayText))
    case .object:
      try addObject(value, path: path, depth: depth)
    }
  }

  private mutating func addObject(_ value: Value, path: String, depth: Int) throws {
    if let title = value.firstMember(StructuredContentKeys.heading) {
      try addHeading(value, title: title, path: path, depth: depth)
    } else if let table = value.firstMember(StructuredContentKeys.table) {
      blocks.append(.table(try StructuredTableBuilder.build(table, path: path + "." + StructuredContentKeys.table[0])))
    } else if let items = value.firstMember(StructuredContentKeys.orderedList) {
      blocks.append(.list(StructuredList(ordered: true, items: try texts(items, path: path))))
    } else if let items = value.firstMember(StructuredContentKeys.bulletList) {
      blocks.append(.list(StructuredList(ordered: false, items: try texts(items, path: path))))
    } else if let items = value.firstMember(StructuredContentKeys.points) {
      blocks.append(.points(try texts(items, path: path)))
    } else if let flag = value.firstMember(StructuredContentKeys.pageBreak) {
      if flag.isTruthy { blocks.append(.pageBreak) }
    } else if let text = value.firstMember(StructuredContentKeys.paragraph) {
      blocks.append(.paragraph(text.displayText))
    } else {
      let keys: [String]
      if case .object(let members) = value { keys = Array(members.keys) } else { keys = [] }
      throw StructuredContentKeys.problem(path, .unknownBlock, ["keys": .text(keys.joined(separator: ", "))])
    }
  }

  private mutating func addHeading(_ value: Value, title: Value, path: String, depth: Int) throws {
    var level = depth
    if let written = value.firstMember(StructuredContentKeys.level) {
      guard let number = Int(written.displayText), (1...4).contains(number) else {
        throw StructuredContentKeys.problem(path, .levelNumber, ["value": .text(written.displayText)])
      }
      level = number
    }
    guard level <= 4 else {
      throw StructuredContentKeys.problem(path, .headingTooDeep, ["level": .text(String(level))])
    }
    counters[level - 1] += 1
    for deeper in level..<4 { counters[deeper] = 0 }
    let text = title.displayText
    var heading: StructuredHeading
    if let written = OfficialNumbering.leadingNumber(of: text[...]) {
      heading = StructuredHeading(level: level, number: String(written.number), text: String(text[written.number.endIndex...]))
    } else {
      heading = StructuredHeading(level: level, number: OfficialNumbering.number(level: level, count: counters[level - 1]),
                                  text: text)
    }
    var content: [Value] = []
    switch value.firstMember(StructuredContentKeys.content) {
    case .list(let items)?: content = items
    case .some(.null), nil: break
    case let other?: content = [other]
    }
    let contentPath = path + "." + StructuredContentKeys.content[0]
    var start = 0
    if let flag = value.firstMember(StructuredContentKeys.runIn), flag.isTruthy {
      heading.runIn = ""
      if let first = content.first, isText(first) {
        heading.runIn = first.displayText
        start = 1
      }
    }
    blocks.append(.heading(heading))
    for index in content.indices.dropFirst(start) {
      try add(content[index], path: contentPath + "[\(index)]", depth: level + 1)
    }
  }

  private func isText(_ value: Value) -> Bool {
    switch value {
    case .string, .number, .bool: return true
    default: return false
    }
  }

  private func texts(_ value: Value, path: String) throws -> [String] {
    switch value {
    case .list(let items):
      return try items.enumerated().map { index, item in
        guard isText(item) else { throw StructuredContentKeys.problem(path + "[\(index)]", .listItemNotText, ["kind": ValueKindPhrase.phrase(kindName: item.kindName)]) }
        return item.displayText
      }
    case .null: return []
    default:
      guard isText(value) else { throw StructuredContentKeys.problem(path, .expectedTexts, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)]) }
      return [value.displayText]
    }
  }
}
