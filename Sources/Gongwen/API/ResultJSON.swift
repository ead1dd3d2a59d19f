import Foundation

/// The JSON objects `--json` prints and the HTTP API answers with: one shape for results, failures,
/// data checks and format checks, so a script reads the same ids from either.
package enum ResultJSON {
  /// `{"status": "ok", …fields}`.
  package static func success(_ fields: [String: String]) -> [String: Any] {
    var object: [String: Any] = fields
    object["status"] = "ok"
    return object
  }

  /// `{"status": "error", "errors": [{id, message, file, part, …}]}` for any error.
  package static func failure(_ error: Error) -> [String: Any] {
    failure(Diagnostics.from(error))
  }

  /// `{"status": "error", "errors": [...]}` for diagnostics already made.
  package static func failure(_ diagnostics: [Diagnostics]) -> [String: Any] {
    ["status": "error", "errors": diagnostics.map(\.json)]
  }

  /// A data check: status `error` when there is any error; warnings never fail.
  package static func check(errors: [Diagnostics], warnings: [Diagnostics], fields: [String: String]) -> [String: Any] {
    var object: [String: Any] = fields
    object["status"] = errors.isEmpty ? "ok" : "error"
    object["errors"] = errors.map(\.json)
    object["warnings"] = warnings.map(\.json)
    return object
  }

  /// A format check: `{"file", "status": "ok"|"deviates", "deviations": [{id, location, expected, found}]}`.
  package static func formatCheck(file: String, deviations: [FormatDeviation]) -> [String: Any] {
    let items = deviations.map { ["id": $0.id, "location": $0.location, "expected": $0.expected, "found": $0.found] }
    return ["file": file, "status": deviations.isEmpty ? "ok" : "deviates", "deviations": items]
  }

  /// The object's bytes: keys sorted, slashes unescaped (no trailing newline).
  package static func encode(_ object: Any) -> Data {
    (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
  }
}
