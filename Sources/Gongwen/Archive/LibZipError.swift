import GongwenTemplate
import CLibZip

/// Translates libzip error codes into ``ArchiveError``.
enum LibZipError {
  /// The ``ArchiveError/Kind`` for a libzip `ZIP_ER_*` code.
  static func kind(for code: Int32) -> ArchiveError.Kind {
    switch code {
    case ZIP_ER_NOZIP:
      return .notAZip
    case ZIP_ER_EOF:
      return .truncated
    case ZIP_ER_INCONS, ZIP_ER_CRC, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA, ZIP_ER_MULTIDISK,
      ZIP_ER_COMPNOTSUPP, ZIP_ER_INTERNAL:
      return .corrupt
    case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
      return .encrypted
    case ZIP_ER_NOENT:
      return .missingEntry
    default:
      return .io
    }
  }

  /// Builds an error from a libzip `zip_error_t` (which is left untouched).
  static func make(
    _ error: UnsafeMutablePointer<zip_error_t>, file: String, entry: String? = nil, action: Phrase? = nil
  ) -> ArchiveError {
    let code = zip_error_code_zip(error)
    let system = zip_error_code_system(error)
    let message = String(cString: zip_error_strerror(error))
    var kind = kind(for: code)
    if zip_error_system_type(error) == ZIP_ET_SYS && PosixIO.isDiskFull(errno: system) {
      kind = .diskFull
    }
    let text = explain(code, message)
    guard let action else { return ArchiveError(kind, file: file, entry: entry, detail: text) }
    return ArchiveError(kind, file: file, entry: entry,
                        detail: ArchivePhrase.failed.phrase(["action": .phrase(action), "cause": .phrase(text)]))
  }

  /// Builds an error from a bare libzip error code (as returned by `zip_open`).
  static func make(code: Int32, file: String, entry: String? = nil, action: Phrase? = nil) -> ArchiveError {
    var error = zip_error_t()
    zip_error_init_with_code(&error, code)
    defer { zip_error_fini(&error) }
    return make(&error, file: file, entry: entry, action: action)
  }

  /// libzip's own message, made clearer for the common cases.
  /// libzip's own message (marked as such in Chinese) when no phrase says it.
  private static func explain(_ code: Int32, _ message: String) -> Phrase {
    switch code {
    case ZIP_ER_NOZIP: return ArchivePhrase.notAZip.phrase()
    case ZIP_ER_CRC: return ArchivePhrase.checksum.phrase()
    case ZIP_ER_INCONS: return ArchivePhrase.inconsistent.phrase(["text": .text(message)])
    case ZIP_ER_EOF: return ArchivePhrase.unexpectedEnd.phrase()
    case ZIP_ER_COMPNOTSUPP: return ArchivePhrase.compressionUnsupported.phrase()
    case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD: return ArchivePhrase.encrypted.phrase()
    case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return ArchivePhrase.compressedDataDamaged.phrase()
    case ZIP_ER_MEMORY: return ArchivePhrase.outOfMemory.phrase()
    default: return ArchivePhrase.libzipError.phrase(["text": .text(message)])
    }
  }
}
