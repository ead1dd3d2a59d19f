import GongwenTemplate
/// A problem with a data file or a `--set` override: where it is and what is wrong.
///
/// Its description reads like a compiler diagnostic, followed by the offending source line and a
/// caret under the column (East Asian wide characters count as two terminal columns):
///
///     data.json:3:14: error: expected ',' or '}' after an object member
///         "标题": "通知" "x"
///                     ^
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem it is; each kind has its own diagnostic id (`data_syntax`, …).
  public enum Kind: String, Sendable, CaseIterable {
    /// JSON, YAML or CSV text that cannot be read as such.
    case syntax = "data_syntax"
    /// A file of a type Gongwen does not read as data (by its extension or its content).
    case unsupportedFile = "data_unsupported_file"
    /// A file that is missing, a folder, or cannot be opened or read.
    case unreadable = "data_unreadable"
    /// More bytes or values than the limits allow.
    case tooLarge = "data_too_large"
    /// Text that is not UTF-8 (or a byte order mark's UTF-16, or GB18030 for tables).
    case encoding = "data_encoding"
    /// A file with nothing in it to render.
    case empty = "data_empty"
    /// A `--set` override that cannot be applied.
    case override = "data_override"
    /// A unit table (xlsx, CSV, list) whose sheets, headers or columns cannot be read as units.
    case unitTable = "data_unit_table"
    /// The YAML front matter of a text to convert.
    case frontMatter = "data_front_matter"
    /// Any other data that is not what Gongwen needs (the top level is not a mapping, …).
    case invalid = "data_invalid"
  }

  /// What kind of problem it is.
  public let kind: Kind
  /// The data file's path, `"<--set>"` for an override, or nil for text without a file.
  public let file: String?
  /// 1-based line of the problem, when it has a place in the text.
  public let line: Int?
  /// 1-based column of the problem, counted in characters (grapheme clusters).
  public let column: Int?
  /// What is wrong, put into words when printed.
  package let reason: Phrase
  /// What is wrong, in an English sentence without a trailing period.
  public var message: String { reason.englishText }
  /// The text of the line the problem is on, shown under the message (of a long line, a window of it).
  public let sourceLine: String?
  /// The column of the line where `sourceLine` starts (1 unless a long line was cut to a window).
  public let sourceLineStart: Int

  /// Makes an error; `sourceLine` is the text of line `line`, shown with a caret under `column`.
  package init(
    _ kind: Kind = .invalid, file: String? = nil, line: Int? = nil, column: Int? = nil, message: Phrase,
    sourceLine: String? = nil, sourceLineStart: Int = 1
  ) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.reason = message
    self.sourceLine = sourceLine
    self.sourceLineStart = sourceLineStart
  }

  /// The same error, attributed to `file`.
  public func inFile(_ file: String?) -> DataError {
    DataError(kind, file: file, line: line, column: column, message: reason, sourceLine: sourceLine,
              sourceLineStart: sourceLineStart)
  }

  /// `file:line:column: error: message`, then the source line and a caret when known.
  public var description: String {
    var place = ""
    if let file { place = file }
    if let line {
      place += place.isEmpty ? "\(line)" : ":\(line)"
      if let column { place += ":\(column)" }
    }
    var text = place.isEmpty ? "error: \(message)" : "\(place): error: \(message)"
    if let sourceLine, let column {
      let snippet = DataErrorSnippet(line: sourceLine, column: column - sourceLineStart + 1, cutBefore: sourceLineStart > 1)
      text += "\n" + snippet.sourceText + "\n" + snippet.caretText
    }
    return text
  }
}
