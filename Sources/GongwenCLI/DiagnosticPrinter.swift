import Foundation
import Gongwen

/// Prints results and errors, as compiler-style text on standard error or as JSON on standard output.
struct DiagnosticPrinter {
  let json: Bool

  func success(_ fields: [String: String]) {
    guard json else { return }
    var object = fields
    object["status"] = "ok"
    printJSON(object)
  }

  func failure(_ error: Error) {
    let diagnostics = Diagnostics.from(error)
    if json {
      printJSON(["status": "error", "errors": diagnostics.map(\.json)] as [String: Any])
    } else {
      let text = diagnostics.map(\.text).joined(separator: "\n") + "\n"
      FileHandle.standardError.write(Data(text.utf8))
      if diagnostics.count > 1 {
        FileHandle.standardError.write(Data("\(diagnostics.count) errors; nothing was written.\n".utf8))
      }
    }
  }

  /// A data check's findings: exit status is the caller's; warnings never fail.
  func check(errors: [Diagnostics], warnings: [Diagnostics], fields: [String: String]) {
    if json {
      var object: [String: Any] = fields
      object["status"] = errors.isEmpty ? "ok" : "error"
      object["errors"] = errors.map(\.json)
      object["warnings"] = warnings.map(\.json)
      printJSON(object)
      return
    }
    let text = (warnings + errors).map { $0.text + "\n" }.joined()
    FileHandle.standardError.write(Data(text.utf8))
    let summary = errors.isEmpty
      ? "\(fields["data"] ?? "the data") fills every tag of \(fields["template"] ?? "the template")"
        + (warnings.isEmpty ? "." : "; \(warnings.count) warning\(warnings.count == 1 ? "" : "s").")
      : "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        + (warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")") + "."
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  }

  private func printJSON(_ object: Any) {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
    FileHandle.standardOutput.write(data + Data("\n".utf8))
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
