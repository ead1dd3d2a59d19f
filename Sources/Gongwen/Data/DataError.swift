/// A problem with a data file or a `--set` override: where it is and what is wrong.
///
/// Its description reads like a compiler diagnostic, followed by the offending source line and a
/// caret under the column (East Asian wide characters count as two terminal columns):
///
///     data.json:3:14: error: expected ',' or '}' after an object member
///         "标题": "通知" "x"
///                     ^
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The data file's path, `"<--set>"` for an override, or nil for text without a file.
  public let file: String?
  /// 1-based line of the problem, when it has a place in the text.
  public let line: Int?
  /// 1-based column of the problem, counted in characters (grapheme clusters).
  public let column: Int?
  /// What is wrong, in a sentence without a trailing period.
  public let message: String
  /// The text of the line the problem is on, shown under the message (of a long line, a window of it).
  public let sourceLine: String?
  /// The column of the line where `sourceLine` starts (1 unless a long line was cut to a window).
  public let sourceLineStart: Int

  /// Makes an error; `sourceLine` is the text of line `line`, shown with a caret under `column`.
  public init(
    file: String? = nil, line: Int? = nil, column: Int? = nil, message: String,
    sourceLine: String? = nil, sourceLineStart: Int = 1
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.sourceLine = sourceLine
    self.sourceLineStart = sourceLineStart
  }

  /// The same error, attributed to `file`.
  public func inFile(_ file: String?) -> DataError {
    DataError(file: file, line: line, column: column, message: message, sourceLine: sourceLine, sourceLineStart: sourceLineStart)
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
