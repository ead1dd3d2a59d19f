/// A conversion by LibreOffice that could not run or did not finish.
public struct ConversionError: Error, Sendable, CustomStringConvertible {
  /// What went wrong; the raw value is the diagnostic id.
  public enum Kind: String, Sendable, CaseIterable {
    /// LibreOffice is not installed.
    case converterMissing = "convert_libreoffice_missing"
    /// LibreOffice ran but produced no file, or exited with an error.
    case failed = "convert_failed"
    /// LibreOffice wrote a PDF that is not complete (no trailer, no page).
    case incomplete = "convert_incomplete_pdf"
    /// LibreOffice did not finish a document in time.
    case timedOut = "convert_timed_out"
    /// The conversion was stopped by SIGINT or SIGTERM.
    case interrupted = "convert_interrupted"
  }

  /// What went wrong.
  public let kind: Kind
  /// The details (LibreOffice's output, the file, the time limit).
  public let detail: String

  /// A conversion error of `kind` with its details.
  public init(_ kind: Kind, detail: String) {
    self.kind = kind
    self.detail = detail
  }

  public var description: String { "error: \(detail)" }
}
