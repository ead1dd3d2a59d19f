import GongwenTemplate

/// Any Gongwen error as one or more printable diagnostics: compiler-style text and a JSON object.
public struct Diagnostics: Sendable {
  /// The text a person reads.
  public let text: String
  /// A stable error id (`unclosed_section`, `missing_value`, `xml_dtd_forbidden`, …).
  public let id: String
  /// The same as a JSON-ready dictionary.
  public var json: [String: String] { fields.merging(["id": id, "message": text]) { $1 } }
  let fields: [String: String]

  init(text: String, id: String, fields: [String: String]) {
    self.text = text
    self.id = id
    self.fields = fields
  }

  /// The diagnostic's text in `language` and its fields for JSON.
  public init(_ diagnostic: Diagnostic, language: MessageLanguage = .current) {
    var fields = diagnostic.fields
    fields["file"] = diagnostic.file ?? ""
    if let part = diagnostic.part { fields["part"] = part }
    if let hint = diagnostic.hintText(in: language) { fields["hint"] = hint }
    if diagnostic.severity == .warning { fields["severity"] = "warning" }
    self.init(text: diagnostic.text(in: language), id: diagnostic.id.rawValue, fields: fields)
  }

  /// Splits an error into diagnostics (a `TemplateErrors` gives one per problem), in the current language.
  public static func from(_ error: Error) -> [Diagnostics] { from(error, language: .current) }

  /// Splits an error into diagnostics (a `TemplateErrors` gives one per problem), in `language`.
  public static func from(_ error: Error, language: MessageLanguage) -> [Diagnostics] {
    let diagnostics = (error as? DiagnosticConvertible)?.diagnostics
      ?? [Diagnostic(.error, arguments: ["detail": "\(error)"])]
    return diagnostics.map { Diagnostics($0, language: language) }
  }

  /// A problem that does not stop a render, printed as `warning:` in the current language.
  public static func from(warning: TemplateError) -> Diagnostics { from(warning: warning, language: .current) }

  /// A problem that does not stop a render, printed as `warning:`.
  public static func from(warning: TemplateError, language: MessageLanguage) -> Diagnostics {
    var diagnostics = warning.diagnostics
    for index in diagnostics.indices { diagnostics[index].severity = .warning }
    return Diagnostics(diagnostics[0], language: language)
  }

  /// A top-level key of the data file that no tag of the template uses, printed as `warning:`.
  public static func unusedKey(_ key: String, suggestion: String?, data file: String,
                               language: MessageLanguage = .current) -> Diagnostics {
    var diagnostic = Diagnostic(.unusedKey, file: file, arguments: ["key": key])
    diagnostic.severity = .warning
    diagnostic.arguments["suggestion"] = suggestion
    diagnostic.fields["key"] = key
    return Diagnostics(diagnostic, language: language)
  }
}
