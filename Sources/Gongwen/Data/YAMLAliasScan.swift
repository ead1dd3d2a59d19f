import GongwenTemplate
import Yams

/// Refuses YAML whose mapping keys contain aliases, before Yams composes it.
///
/// While composing, Yams checks every mapping for duplicate keys by hashing each key's whole
/// node tree, and an aliased key is hashed through its full expansion: `{? *lol9 : 1}` after a
/// billion-laughs anchor would hang there, before any node count can stop it. So when the text
/// defines anchors and uses aliases, it is first composed with every alias `*name` replaced by a
/// plain scalar that starts with a private-use marker character (same position, no sharing),
/// and any key holding such a scalar is refused. That first parse has no shared nodes, so it
/// cannot blow up, and its syntax errors are the document's own.
enum YAMLAliasScan {
  /// Whether the text has both an anchor (`&name`) and an alias (`*name`) token, lexically.
  static func mayHaveAliases(_ text: String) -> Bool {
    var sawAnchor = false
    var sawAlias = false
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if isNameByte(byte) {
        if previous == UInt8(ascii: "&") { sawAnchor = true }
        if previous == UInt8(ascii: "*") { sawAlias = true }
        if sawAnchor && sawAlias { return true }
      }
      previous = byte
    }
    return false
  }

  /// Throws when an alias is (part of) a mapping key, or when the text has a syntax error
  /// (which the real parse would report the same way, as the replacement only turns aliases into
  /// plain scalars at the same line and column).
  static func checkKeys(in text: String, resolver: Resolver) throws(DataError) {
    guard mayHaveAliases(text), let marker = unusedMarker(in: text) else { return }
    var replaced = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if scalar == "*", let next = pending, next.isASCII, isNameByte(UInt8(next.value)) {
        replaced.append(marker)
      } else {
        replaced.append(scalar)
      }
    }
    let root: Node?
    do {
      let parser = try Parser(yaml: String(replaced), resolver: resolver, encoding: .utf8)
      root = try parser.singleRoot()
    } catch let error as YamlError {
      if case .duplicatedKeysInMapping(let duplicates, let context) = error,
        let alias = duplicates.first(where: { $0.unicodeScalars.first == marker })
      {
        throw aliasKeyError(alias, line: context.mark.line, column: context.mark.column, in: text)
      }
      throw YAMLErrorMapping.dataError(from: error, text: text)
    } catch {
      throw DataError(.syntax, message: DataPhrase.cannotReadYAML.phrase(["text": .text(String(describing: error))]))
    }
    guard let root else { return }
    if let alias = firstAliasKey(in: root, marker: marker, insideKey: false) {
      throw aliasKeyError(alias.string, line: alias.mark?.line, column: alias.mark?.column, in: text)
    }
  }

  private static func aliasKeyError(_ scalarText: String, line: Int?, column: Int?, in text: String) -> DataError {
    let name = String(scalarText.unicodeScalars.dropFirst().prefix { $0.isASCII && isNameByte(UInt8($0.value)) })
    let message = DataPhrase.aliasAsKey.phrase(["name": .text(String(name))])
    guard let line, let column else { return DataError(.syntax, message: message) }
    let position = TextPosition(line: line, scalarColumn: column, in: text)
    return DataError(.syntax, line: position.line, column: position.column, message: message, sourceLine: position.sourceLine)
  }

  private static func firstAliasKey(in node: Node, marker: Unicode.Scalar, insideKey: Bool) -> Node.Scalar? {
    switch node {
    case .scalar(let scalar):
      let isAlias = scalar.style == .plain && scalar.string.unicodeScalars.first == marker
      return insideKey && isAlias ? scalar : nil
    case .sequence(let sequence):
      for item in sequence {
        if let found = firstAliasKey(in: item, marker: marker, insideKey: insideKey) { return found }
      }
      return nil
    case .mapping(let mapping):
      for (key, item) in mapping {
        if let found = firstAliasKey(in: key, marker: marker, insideKey: true) { return found }
        if let found = firstAliasKey(in: item, marker: marker, insideKey: insideKey) { return found }
      }
      return nil
    case .alias:
      return nil
    }
  }

  /// A private-use character the text does not contain.
  private static func unusedMarker(in text: String) -> Unicode.Scalar? {
    var used = Set<UInt32>()
    for scalar in text.unicodeScalars where (0xE000...0xF8FF).contains(scalar.value) {
      used.insert(scalar.value)
    }
    return (UInt32(0xE000)...0xF8FF).lazy.first { !used.contains($0) }.flatMap(Unicode.Scalar.init)
  }

  /// libyaml's anchor and alias name characters: ASCII letters, digits, `_` and `-`.
  static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-")
  }
}
