import GongwenTemplate
/// A template package whose structure is wrong: not a Word or OpenDocument file, or a part missing.
public struct PackageError: Error, Sendable, CustomStringConvertible {
  /// What is wrong with the package; the raw value is the diagnostic id.
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

  /// What is wrong.
  public let kind: Kind
  /// The template file.
  public let file: String
  /// The part concerned, when there is one.
  public let part: String?
  /// The details: what was found and what was expected, put into words when printed.
  package let reason: Phrase
  /// The details in English.
  public var detail: String { reason.englishText }

  /// A package error of `kind` in `file` (and `part`, when it concerns one).
  package init(_ kind: Kind, file: String, part: String? = nil, detail: Phrase) {
    self.kind = kind
    self.file = file
    self.part = part
    self.reason = detail
  }

  public var description: String {
    [file, part].compactMap { $0 }.joined(separator: ": ") + ": error: " + detail
  }
}
