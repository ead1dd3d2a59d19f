import GongwenTemplate

extension XMLError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(DiagnosticID(kind: kind), file: file, part: part,
                                place: line.map { .line($0, column: column) })
    diagnostic.setArgument("detail", reason)
    diagnostic.fields["line"] = line.map(String.init) ?? ""
    return [diagnostic]
  }
}

extension ArchiveError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(DiagnosticID(kind), file: file, part: entry)
    diagnostic.setArgument("detail", reason)
    return [diagnostic]
  }
}

extension PackageError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(DiagnosticID(kind: kind), file: file, part: part)
    diagnostic.setArgument("detail", reason)
    return [diagnostic]
  }
}

extension DataError: DiagnosticConvertible {
  /// The error with the source line and caret under it when known.
  public var diagnostics: [Diagnostic] {
    var snippet: String?
    if let sourceLine, let column {
      let lines = DataErrorSnippet(line: sourceLine, column: column - sourceLineStart + 1, cutBefore: sourceLineStart > 1)
      snippet = lines.sourceText + "\n" + lines.caretText
    }
    var diagnostic = Diagnostic(DiagnosticID(kind: kind), file: file, place: line.map { .line($0, column: column) },
                                snippet: snippet)
    diagnostic.setArgument("detail", reason)
    diagnostic.fields["line"] = line.map(String.init) ?? ""
    return [diagnostic]
  }
}

extension VerificationError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(.internalVerificationFailed, file: file, part: part)
    diagnostic.setArgument("detail", reason)
    return [diagnostic]
  }
}

extension ConversionError: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(DiagnosticID(kind: kind))
    diagnostic.setArgument("detail", reason)
    return [diagnostic]
  }
}
