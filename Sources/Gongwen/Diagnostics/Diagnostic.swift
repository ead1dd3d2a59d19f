import GongwenTemplate
/// One problem in the shape every Gongwen error takes: a stable id, the file, the part, the place in
/// it, the message's arguments and a hint. The message and hint texts come from ``MessageCatalogue``
/// in the language asked for, so printing, `--json` and translations need not know the error's type.
public struct Diagnostic: Sendable {
  /// Whether the problem stops the work (`error`) or is worth a look (`warning`).
  public enum Severity: String, Sendable {
    case error, warning
  }

  /// Where in the file or part the problem is.
  public enum Place: Sendable, Hashable {
    /// A line of text, and the column in it when known (data files, XML parts).
    case line(Int, column: Int?)
    /// A paragraph of a document part and what holds it (`table 1, row 2, cell 3`).
    case paragraph(Int, container: String?)
  }

  /// The stable id (`missing_value`, `archive_corrupt`, …); also the message catalogue's key.
  public var id: DiagnosticID
  /// Error or warning.
  public var severity: Severity = .error
  /// The template, data or output file.
  public var file: String?
  /// The package part or archive entry (`word/document.xml`).
  public var part: String?
  /// The line or paragraph, when known.
  public var place: Place?
  /// Values for the catalogue text's `{name}` placeholders; `detail` is the site's own explanation.
  public var arguments: [String: String]
  /// Arguments the site wrote as phrases, put into the language the diagnostic is printed in and filled
  /// in like `arguments` (which keeps their English text for JSON and Swift users).
  package var phraseArguments: [String: Phrase] = [:]
  /// A hint the error site worked out (`did you mean {{单位名称}}?`), shown instead of the catalogue's.
  public var hint: String?
  /// A hint the site worked out as a phrase, shown before `hint` and the catalogue's.
  package var phraseHint: Phrase?
  /// The paragraph's container as a phrase, shown instead of the place's own text.
  package var containerPhrase: Phrase?
  /// Lines shown under the message: the source line or paragraph with a caret under the problem.
  public var snippet: String?
  /// More fields for JSON (`tag`, `paragraph`, `line`, …).
  public var fields: [String: String] = [:]

  /// A diagnostic with its id, where it is, and the arguments its message is filled with.
  public init(_ id: DiagnosticID, file: String? = nil, part: String? = nil, place: Place? = nil,
              arguments: [String: String] = [:], hint: String? = nil, snippet: String? = nil) {
    self.id = id
    self.file = file
    self.part = part
    self.place = place
    self.arguments = arguments
    self.hint = hint
    self.snippet = snippet
  }

  /// The one-line message in `language`.
  public func message(in language: MessageLanguage) -> String {
    MessageCatalogue.message(id, arguments: arguments(in: language), in: language)
  }

  /// `arguments` with `phraseArguments` in `language`.
  private func arguments(in language: MessageLanguage) -> [String: String] {
    arguments.merging(phraseArguments.mapValues { $0.text(in: language) }) { $1 }
  }

  /// The hint in `language`: the site's, else the catalogue's.
  public func hintText(in language: MessageLanguage) -> String? {
    if let phraseHint { return phraseHint.text(in: language) }
    if let hint { return hint }
    return MessageCatalogue.hint(id, arguments: arguments(in: language), in: language)
  }

  /// `file: part:line:column` or `file: part ¶12 (table 1, row 2, cell 3)`; empty when nothing is known.
  public func placeText(in language: MessageLanguage) -> String {
    var text = file ?? ""
    if let part { text += text.isEmpty ? part : ": " + part }
    switch place {
    case .line(let line, let column):
      text += (text.isEmpty ? "" : ":") + String(line) + (column.map { ":\($0)" } ?? "")
    case .paragraph(let paragraph, let container):
      if paragraph > 0 { text += " ¶\(paragraph)" }
      if let container = containerPhrase?.text(in: language) ?? container, !container.isEmpty { text += " (\(container))" }
    case nil:
      break
    }
    return text
  }

  /// The diagnostic as a compiler prints it:
  ///
  ///     report.docx: word/document.xml ¶12: error: unclosed section '{{#activities}}'
  ///        12 | 年内开展{{#activities}}活动
  ///           |         ^^^^^^^^^^^^^^^
  ///           = hint: …
  public func text(in language: MessageLanguage) -> String {
    let place = placeText(in: language)
    let severityWord = MessageCatalogue.word(severity == .error ? "error" : "warning", in: language)
    var text = (place.isEmpty ? "" : place + ": ") + severityWord + ": " + message(in: language)
    if let snippet, !snippet.isEmpty { text += "\n" + snippet }
    if let hint = hintText(in: language) { text += "\n      = " + MessageCatalogue.word("hint", in: language) + ": " + hint }
    return text
  }
}

/// An error that reports itself as diagnostics (a `TemplateErrors` as one per problem).
public protocol DiagnosticConvertible: Error {
  /// The error as one diagnostic per problem.
  var diagnostics: [Diagnostic] { get }
}
