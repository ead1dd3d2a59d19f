import GongwenTemplate
import Collections
import Yams

/// Parses one YAML document into a `Value` with Yams, within `DataLimits`.
enum YAMLDocumentParser {
  /// The document's value. With `requireMapping`, it must be a mapping, and no document (an empty
  /// text, or only comments) or a null one is an empty mapping; without, no document is null.
  /// Runs on a `LargeStack` thread, since Yams composes and frees its tree recursively.
  static func parse(_ text: String, limits: DataLimits, requireMapping: Bool) throws(DataError) -> Value {
    let result: Result<Value, DataError> = LargeStack.run {
      do throws(DataError) {
        return .success(try parseOnCurrentThread(text, limits: limits, requireMapping: requireMapping))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private static func parseOnCurrentThread(
    _ text: String, limits: DataLimits, requireMapping: Bool
  ) throws(DataError) -> Value {
    let resolver = YAMLScalarResolver.resolver
    try YAMLAliasScan.checkKeys(in: text, resolver: resolver)
    let root: Node?
    do {
      root = try Parser(yaml: text, resolver: resolver, encoding: .utf8).singleRoot()
    } catch let error as YamlError {
      throw YAMLErrorMapping.dataError(from: error, text: text, limits: limits)
    } catch {
      throw DataError(.syntax, message: DataPhrase.cannotReadYAML.phrase(["text": .text(String(describing: error))]))
    }
    guard let root else { return requireMapping ? .object(OrderedDictionary()) : .null }
    var converter = YAMLConverter(limits: limits, text: text)
    let value = try converter.convert(root: root)
    guard requireMapping else { return value }
    switch value {
    case .object: return value
    case .null: return .object(OrderedDictionary())
    default:
      let message = DataLoader.topLevelMessage(value)
      guard let mark = root.mark else { throw DataError(.syntax, message: message) }
      let position = TextPosition(line: mark.line, scalarColumn: mark.column, in: text)
      throw DataError(.syntax, line: position.line, column: position.column, message: message, sourceLine: position.sourceLine)
    }
  }
}
