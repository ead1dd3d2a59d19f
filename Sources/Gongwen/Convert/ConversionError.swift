/// A conversion by LibreOffice that could not run or did not finish.
public struct ConversionError: Error, Sendable, CustomStringConvertible {
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

  public let kind: Kind
  public let detail: String

  public init(_ kind: Kind, detail: String) {
    self.kind = kind
    self.detail = detail
  }

  public var description: String { "error: \(detail)" }
}
