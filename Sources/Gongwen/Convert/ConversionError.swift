import GongwenTemplate
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
  /// The details (the file, the time limit, LibreOffice's output), put into words when printed.
  package let reason: Phrase
  /// The details in English.
  public var detail: String { reason.englishText }

  /// A conversion error of `kind` with its details.
  package init(_ kind: Kind, detail: Phrase) {
    self.kind = kind
    self.reason = detail
  }

  public var description: String { "error: \(detail)" }
}
