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

  /// Splits an error into diagnostics (a `TemplateErrors` gives one per problem).
  public static func from(_ error: Error) -> [Diagnostics] {
    switch error {
    case let errors as TemplateErrors:
      return errors.errors.map(from(templateError:))
    case let error as TemplateError:
      return [from(templateError: error)]
    case let error as XMLError:
      return [Diagnostics(text: error.description, id: error.kind.rawValue,
                          fields: ["file": error.file ?? "", "part": error.part, "line": error.line.map(String.init) ?? ""])]
    case let error as ArchiveError:
      return [Diagnostics(text: error.description, id: "archive_\(error.kind)",
                          fields: ["file": error.file, "part": error.entry ?? ""])]
    case let error as PackageError:
      return [Diagnostics(text: error.description, id: error.kind.rawValue,
                          fields: ["file": error.file, "part": error.part ?? ""])]
    case let error as DataError:
      return [Diagnostics(text: error.description, id: "data_error",
                          fields: ["file": error.file ?? "", "line": error.line.map(String.init) ?? ""])]
    case let error as VerificationError:
      return [Diagnostics(text: error.description, id: "internal_verification_failed",
                          fields: ["file": error.file, "part": error.part])]
    case let error as ConversionError:
      return [Diagnostics(text: error.description, id: error.kind.rawValue, fields: [:])]
    default:
      return [Diagnostics(text: "error: \(error)", id: "error", fields: [:])]
    }
  }

  /// A problem that does not stop a render, printed as `warning:`.
  public static func from(warning: TemplateError) -> Diagnostics {
    let diagnostics = from(templateError: warning)
    return Diagnostics(text: warning.description(severity: "warning"), id: diagnostics.id,
                       fields: diagnostics.fields.merging(["severity": "warning"]) { $1 })
  }

  /// A top-level key of the data file that no tag of the template uses, printed as `warning:`.
  public static func unusedKey(_ key: String, suggestion: String?, data file: String) -> Diagnostics {
    var text = "\(file): warning: the data key '\(key)' is not used by the template"
    var fields = ["file": file, "key": key, "severity": "warning"]
    if let suggestion {
      text += "\n      = hint: the template uses '\(suggestion)'"
      fields["hint"] = "the template uses '\(suggestion)'"
    }
    return Diagnostics(text: text, id: "unused_key", fields: fields)
  }

  private static func from(templateError error: TemplateError) -> Diagnostics {
    var fields: [String: String] = ["tag": error.tagText ?? ""]
    if let hint = error.hint { fields["hint"] = hint }
    if let location = error.location {
      fields["file"] = location.file ?? ""
      fields["part"] = location.part
      fields["paragraph"] = String(location.paragraph)
      fields["container"] = location.container ?? ""
    }
    return Diagnostics(text: error.description, id: error.kind.id, fields: fields)
  }
}
