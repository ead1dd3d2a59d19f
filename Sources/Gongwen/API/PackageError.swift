/// A template package whose structure is wrong: not a Word or OpenDocument file, or a part missing.
public struct PackageError: Error, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable, CaseIterable {
    /// Neither a .docx nor an .odt package.
    case unknownFormat = "package_unknown_format"
    /// A part the format requires is absent (`word/document.xml`, `content.xml`, …).
    case missingPart = "package_missing_part"
    /// A relationship or manifest entry that points nowhere, or is malformed.
    case brokenReference = "package_broken_reference"
    /// Macros or other active content, refused unless explicitly kept.
    case activeContent = "package_active_content"
    /// The output would overwrite the template or the data.
    case wouldOverwriteInput = "package_would_overwrite_input"
  }

  public let kind: Kind
  /// The template file.
  public let file: String
  /// The part concerned, when there is one.
  public let part: String?
  public let detail: String

  public init(_ kind: Kind, file: String, part: String? = nil, detail: String) {
    self.kind = kind
    self.file = file
    self.part = part
    self.detail = detail
  }

  public var description: String {
    [file, part].compactMap { $0 }.joined(separator: ": ") + ": error: " + detail
  }
}
