import GongwenTemplate

/// Every stable diagnostic id Gongwen reports (`--json` `id`, the HTTP API's `id`). Each has a Chinese
/// and an English text in ``MessageCatalogue``; the ids never change once published.
public enum DiagnosticID: String, Sendable, CaseIterable {
  // The template language.
  case unclosedTag = "unclosed_tag"
  case unopenedTag = "unopened_tag"
  case invalidDelimiters = "invalid_delimiters"
  case emptyTag = "empty_tag"
  case malformedTag = "malformed_tag"
  case unknownFilter = "unknown_filter"
  case badFilterArgument = "bad_filter_argument"
  case unclosedSection = "unclosed_section"
  case mismatchedSection = "mismatched_section"
  case strayClose = "stray_close"
  case sectionTooDeep = "section_too_deep"
  case sectionCrossesTable = "section_crosses_table"
  case sectionCrossesStructure = "section_crosses_structure"
  case blockTagNotAlone = "block_tag_not_alone"
  case missingValue = "missing_value"
  case filterFailed = "filter_failed"
  case wrongType = "wrong_type"
  case expressionFailed = "expression_failed"
  case invalidValue = "invalid_value"
  // XML parts.
  case xmlNotWellFormed = "xml_not_well_formed"
  case xmlDTDForbidden = "xml_dtd_forbidden"
  case xmlUnsupportedEncoding = "xml_unsupported_encoding"
  case xmlEmpty = "xml_empty"
  // Zip archives.
  case archiveNotAZip = "archive_notAZip"
  case archiveCorrupt = "archive_corrupt"
  case archiveAmbiguous = "archive_ambiguous"
  case archiveTruncated = "archive_truncated"
  case archiveEncrypted = "archive_encrypted"
  case archiveUnsafeEntryName = "archive_unsafeEntryName"
  case archiveDuplicateEntryName = "archive_duplicateEntryName"
  case archiveTooManyEntries = "archive_tooManyEntries"
  case archiveEntryTooLarge = "archive_entryTooLarge"
  case archiveTooLarge = "archive_archiveTooLarge"
  case archiveCompressionRatio = "archive_compressionRatio"
  case archiveMissingEntry = "archive_missingEntry"
  case archiveIO = "archive_io"
  case archiveDiskFull = "archive_diskFull"
  case archiveWouldOverwriteInput = "archive_wouldOverwriteInput"
  // Template packages.
  case packageUnknownFormat = "package_unknown_format"
  case packageMissingPart = "package_missing_part"
  case packageBrokenReference = "package_broken_reference"
  case packageActiveContent = "package_active_content"
  case packageWouldOverwriteInput = "package_would_overwrite_input"
  // Data files, overrides and unit tables.
  case dataSyntax = "data_syntax"
  case dataUnsupportedFile = "data_unsupported_file"
  case dataUnreadable = "data_unreadable"
  case dataTooLarge = "data_too_large"
  case dataEncoding = "data_encoding"
  case dataEmpty = "data_empty"
  case dataOverride = "data_override"
  case dataUnitTable = "data_unit_table"
  case dataFrontMatter = "data_front_matter"
  case dataInvalid = "data_invalid"
  case unusedKey = "unused_key"
  case unusedColumn = "unused_column"
  case badRow = "bad_row"
  // Converting typed text into an official layout.
  case missingElement = "missing_element"
  case unplacedElement = "unplaced_element"
  case templateFallback = "template_fallback"
  // Conversion by LibreOffice.
  case convertLibreOfficeMissing = "convert_libreoffice_missing"
  case convertFailed = "convert_failed"
  case convertIncompletePDF = "convert_incomplete_pdf"
  case convertTimedOut = "convert_timed_out"
  case convertInterrupted = "convert_interrupted"
  case fontFallback = "font_fallback"
  // Gongwen's own faults and anything unforeseen.
  case internalVerificationFailed = "internal_verification_failed"
  case error = "error"
}

extension DiagnosticID {
  /// The id of a template error's kind.
  public init(_ kind: TemplateError.Kind) {
    switch kind {
    case .unclosedTag: self = .unclosedTag
    case .unopenedTag: self = .unopenedTag
    case .invalidDelimiters: self = .invalidDelimiters
    case .emptyTag: self = .emptyTag
    case .malformedTag: self = .malformedTag
    case .unknownFilter: self = .unknownFilter
    case .badFilterArgument: self = .badFilterArgument
    case .unclosedSection: self = .unclosedSection
    case .mismatchedSection: self = .mismatchedSection
    case .strayClose: self = .strayClose
    case .sectionTooDeep: self = .sectionTooDeep
    case .sectionCrossesTable: self = .sectionCrossesTable
    case .sectionCrossesStructure: self = .sectionCrossesStructure
    case .blockTagNotAlone: self = .blockTagNotAlone
    case .missingValue: self = .missingValue
    case .filterFailed: self = .filterFailed
    case .wrongType: self = .wrongType
    case .expressionFailed: self = .expressionFailed
    case .invalidValue: self = .invalidValue
    }
  }

  /// The id of an archive error's kind.
  package init(_ kind: ArchiveError.Kind) {
    self = DiagnosticID(rawValue: "archive_\(kind.rawValue)") ?? .error
  }

  /// The id of an XML error's kind, a package error's kind, a data error's kind or a conversion
  /// error's kind (their raw values are ids).
  package init<Kind: RawRepresentable>(kind: Kind) where Kind.RawValue == String {
    self = DiagnosticID(rawValue: kind.rawValue) ?? .error
  }
}
