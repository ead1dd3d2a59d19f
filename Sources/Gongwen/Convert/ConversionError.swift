/// A conversion by LibreOffice that could not run or did not finish.
public struct ConversionError: Error, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// LibreOffice is not installed.
    case converterMissing = "convert_libreoffice_missing"
    /// LibreOffice ran but produced no file.
    case failed = "convert_failed"
    /// LibreOffice did not finish in time.
    case timedOut = "convert_timed_out"
  }

  public let kind: Kind
  public let detail: String

  public init(_ kind: Kind, detail: String) {
    self.kind = kind
    self.detail = detail
  }

  public var description: String { "error: \(detail)" }
}
