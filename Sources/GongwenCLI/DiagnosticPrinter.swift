import Foundation
import Gongwen

/// Prints results and errors, as compiler-style text on standard error or as JSON on standard output.
struct DiagnosticPrinter {
  let json: Bool

  /// A result; the run's font warnings (a PDF set in a face of another kind) are printed with it, or
  /// carried in its JSON as `warnings`.
  func success(_ fields: [String: String]) {
    let warnings = FontFallbackCheck.shared.takeWarnings()
    guard json else {
      Self.printText(warnings: warnings)
      return
    }
    var object = ResultJSON.success(fields)
    if !warnings.isEmpty { object["warnings"] = warnings.map(\.json) }
    printJSON(object)
  }

  /// Each font warning as a `warning:` line on standard error.
  static func printText(warnings: [FontFallback]) {
    let word = MessageCatalogue.word("warning", in: .current)
    let text = warnings.map { "\(word): \($0.message)\n" }.joined()
    if !text.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
  }

  func failure(_ error: Error) {
    let diagnostics = Diagnostics.from(error)
    if json {
      printJSON(ResultJSON.failure(diagnostics))
    } else {
      let text = diagnostics.map(\.text).joined(separator: "\n") + "\n"
      FileHandle.standardError.write(Data(text.utf8))
      if diagnostics.count > 1 {
        FileHandle.standardError.write(Data((SummaryText.errorsNothingWritten(diagnostics.count) + "\n").utf8))
      }
    }
  }

  /// A data check's findings: exit status is the caller's; warnings never fail.
  func check(errors: [Diagnostics], warnings: [Diagnostics], fields: [String: String]) {
    if json {
      printJSON(ResultJSON.check(errors: errors, warnings: warnings, fields: fields))
      return
    }
    let text = (warnings + errors).map { $0.text + "\n" }.joined()
    FileHandle.standardError.write(Data(text.utf8))
    let summary = SummaryText.checked(data: fields["data"], template: fields["template"],
                                      errors: errors.count, warnings: warnings.count)
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  }

  private func printJSON(_ object: Any) {
    FileHandle.standardOutput.write(ResultJSON.encode(object) + Data("\n".utf8))
  }
}

extension DiagnosticPrinter {
  /// A written conversion: its warnings on standard error (or in the JSON), the output's name.
  func converted(output: String, template: String, warnings: [Diagnostics]) {
    if json {
      var object: [String: Any] = ["status": "ok", "output": output, "template": template]
      object["warnings"] = warnings.map(\.json)
      if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
      return
    }
    let text = warnings.map { $0.text + "\n" }.joined()
    FileHandle.standardError.write(Data(text.utf8))
  }
}
