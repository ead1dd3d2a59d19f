import GongwenTemplate

/// An error raised while opening, reading or writing a zip package.
///
/// The description names the file and, when known, the entry:
/// `report.docx: word/document.xml: entry inflates past the 256 MiB limit`.
package struct ArchiveError: Error, Sendable, CustomStringConvertible, Hashable {
  /// What went wrong.
  package enum Kind: String, Sendable, CaseIterable {
    /// The file is not a zip archive at all.
    case notAZip
    /// The archive structure or an entry's data is damaged (bad CRC, bad deflate stream, inconsistent headers).
    case corrupt
    /// The archive can be read in more than one way (joined archives, names that differ between
    /// headers): readers could see different documents, so it is refused.
    case ambiguous
    /// The archive ends early; its end (central directory) or some entry data is missing.
    case truncated
    /// An entry is encrypted; encrypted packages are not supported.
    case encrypted
    /// An entry name could escape the extraction directory or is not valid UTF-8 text.
    case unsafeEntryName
    /// Two entry names are equal when case is ignored.
    case duplicateEntryName
    /// The archive holds more entries than ``ArchiveLimits/maxEntries``.
    case tooManyEntries
    /// An entry inflates past ``ArchiveLimits/maxEntrySize``.
    case entryTooLarge
    /// The bytes inflated from one archive pass ``ArchiveLimits/maxTotalSize``.
    case archiveTooLarge
    /// An entry inflates past ``ArchiveLimits/maxCompressionRatio`` times its compressed size.
    case compressionRatio
    /// A required entry is absent.
    case missingEntry
    /// A system call or libzip operation failed.
    case io
    /// The disk (or quota) is full.
    case diskFull
    /// Writing would overwrite one of the input files.
    case wouldOverwriteInput
  }

  /// What went wrong.
  package let kind: Kind
  /// The archive's path or name, or the output path.
  package let file: String
  /// The entry concerned, if any.
  package let entry: String?
  /// What is wrong, without the file and entry names, put into words when printed.
  package let reason: Phrase
  /// The reason in English.
  package var detail: String { reason.englishText }

  /// Creates an error.
  package init(_ kind: Kind, file: String, entry: String? = nil, detail: Phrase) {
    self.kind = kind
    self.file = file
    self.entry = entry
    self.reason = detail
  }

  /// `file: entry: detail`, or `file: detail` when no entry is concerned.
  package var description: String {
    if let entry {
      return "\(file): \(entry): \(detail)"
    }
    return "\(file): \(detail)"
  }
}
