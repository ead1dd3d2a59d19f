import GongwenTemplate
import Foundation
import Collections

/// Loads the data a template is rendered with from JSON and YAML, and applies `--set` overrides.
///
/// - JSON is parsed strictly (RFC 8259) by a parser that keeps every number as written
///   (`1.50` stays `1.50`). Comments and trailing commas are errors; with duplicate keys the
///   last value wins.
/// - YAML is parsed by Yams (libyaml). Quoted scalars are text; plain ones are resolved by
///   Yams' rules except that only `true`/`false` are booleans (`yes`/`no`/`on`/`off` stay
///   text, as in YAML 1.2); numbers keep their text; dates stay text as written; `<<` merge
///   keys are applied; duplicate keys are an error. A file must hold one document; an empty
///   one (or one holding only `null`) is an empty mapping.
/// - Data for rendering is usually a mapping of names to values, but its top level may be any value,
///   as in docxtemplater: a list (`{{#.}}…{{/.}}` repeats for each item) or a text or number (`{{.}}`
///   prints it). Data that is merged with other data (common data of a batch, front matter) must be a
///   mapping: pass `requireMapping: true`.
public enum DataLoader {
  /// Loads a `.json`, `.yaml` or `.yml` file (chosen by extension, in any case).
  ///
  /// The file must be UTF-8 (a byte order mark is allowed) or UTF-16 with a byte order mark,
  /// at most `limits.maxFileBytes` long; with `requireMapping`, it must hold a mapping at its top level.
  public static func load(path: String, limits: DataLimits = .default, requireMapping: Bool = false) throws -> Value {
    guard let format = DataFormat(path: path) else {
      let name = (path as NSString).lastPathComponent
      let ext = (name as NSString).pathExtension
      let formats = Phrase.Value.text(DataFormat.supportedExtensions)
      let reason = ext.isEmpty ? DataPhrase.noExtension.phrase(["formats": formats])
        : DataPhrase.otherExtension.phrase(["ext": .text(ext), "formats": formats])
      throw DataError(.unsupportedFile, file: path, message: reason)
    }
    let data = try DataText.read(path: path, limits: limits)
    return try parse(data, format: format, file: path, limits: limits, requireMapping: requireMapping)
  }

  /// Parses data bytes (a file's or standard input's) as `format`, or, when nil, as JSON if
  /// the text starts with `{` or `[` and YAML otherwise.
  public static func parse(
    _ data: Data, format: DataFormat? = nil, file: String? = nil, limits: DataLimits = .default,
    requireMapping: Bool = false
  ) throws -> Value {
    if data.count > limits.maxFileBytes {
      throw DataError(.tooLarge, file: file, message: DataPhrase.dataTooLarge.phrase(["limit": .text(String(limits.maxFileBytes))]))
    }
    let text = try DataText.decode(data, file: file)
    switch format ?? DataFormat.guessed(from: text) {
    case .json: return try parseJSON(text, file: file, limits: limits, requireMapping: requireMapping)
    case .yaml: return try parseYAML(text, file: file, limits: limits, requireMapping: requireMapping)
    }
  }

  /// Parses JSON data text (a leading byte order mark is allowed): any value at the top level, `null`
  /// read as an empty mapping; with `requireMapping`, the top level must be an object.
  public static func parseJSON(
    _ text: String, file: String? = nil, limits: DataLimits = .default, requireMapping: Bool = false
  ) throws -> Value {
    let value = try parseJSONText(text, file: file, limits: limits, requireMapping: requireMapping)
    return value == .null ? .object(OrderedDictionary()) : value
  }

  /// Parses JSON text holding any value (an object, list, string, number, boolean or null).
  public static func parseJSONValue(_ text: String, file: String? = nil, limits: DataLimits = .default) throws -> Value
  {
    try parseJSONText(text, file: file, limits: limits, requireMapping: false)
  }

  /// Parses one YAML data document: any value at the top level, an empty document (or `null`) read as
  /// an empty mapping; with `requireMapping`, the top level must be a mapping.
  public static func parseYAML(
    _ text: String, file: String? = nil, limits: DataLimits = .default, requireMapping: Bool = false
  ) throws -> Value {
    let value = try parseYAMLText(text, file: file, limits: limits, requireMapping: requireMapping)
    return value == .null ? .object(OrderedDictionary()) : value
  }

  /// Parses one YAML document holding any value; an empty document is null.
  public static func parseYAMLValue(_ text: String, file: String? = nil, limits: DataLimits = .default) throws -> Value
  {
    try parseYAMLText(text, file: file, limits: limits, requireMapping: false)
  }

  /// The error for data whose top level is `value` where a mapping is needed.
  static func topLevelMessage(_ value: Value) -> Phrase {
    DataPhrase.topLevelNotMapping.phrase(["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
  }

  private static func parseJSONText(
    _ text: String, file: String?, limits: DataLimits, requireMapping: Bool
  ) throws(DataError) -> Value {
    var text = text
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    text.makeContiguousUTF8()
    let result: Result<Value, DataError>? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var parser = JSONParser(bytes: bytes, limits: limits)
      do throws(JSONFailure) {
        let value = try parser.parseDocument()
        if requireMapping, case .object = value {
        } else if requireMapping {
          let start = bytes.firstIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } ?? 0
          throw JSONFailure(offset: start, message: topLevelMessage(value))
        }
        return .success(value)
      } catch {
        let position = TextPosition(utf8Offset: error.offset, in: bytes)
        return .failure(
          DataError(.syntax,
            file: file, line: position.line, column: position.column, message: error.message,
            sourceLine: position.sourceLine, sourceLineStart: position.sourceStart))
      }
    }
    guard let result else { throw DataError(.encoding, file: file, message: DataPhrase.cannotReadAsUTF8.phrase()) }
    return try result.get()
  }

  private static func parseYAMLText(
    _ text: String, file: String?, limits: DataLimits, requireMapping: Bool
  ) throws(DataError) -> Value {
    var text = text
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    do throws(DataError) {
      return try YAMLDocumentParser.parse(text, limits: limits, requireMapping: requireMapping)
    } catch {
      throw error.inFile(file)
    }
  }
}
