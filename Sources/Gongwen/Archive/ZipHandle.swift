import GongwenTemplate
import CLibZip

/// Owns one libzip archive (`zip_t`): it is closed by ``close()`` or discarded in `deinit`, exactly once.
///
/// An optional ``ZipSourceHandle`` and any ``keepAlive(_:)`` dependencies live as long as
/// the archive: being stored properties, they are released only after `deinit` has
/// discarded the archive.
final class ZipHandle {
  /// The `zip_t *`, nil once closed.
  private(set) var pointer: OpaquePointer?
  /// The source the archive was opened from, if the caller keeps a reference to it.
  let source: ZipSourceHandle?
  /// Objects the archive reads from until it is closed (archives of raw copies).
  private var dependencies: [AnyObject] = []

  init(owning pointer: OpaquePointer, source: ZipSourceHandle? = nil) {
    self.pointer = pointer
    self.source = source
  }

  deinit {
    if let pointer {
      zip_discard(pointer)
    }
  }

  /// Keeps `object` alive until the archive is closed or discarded.
  func keepAlive(_ object: AnyObject) {
    if !dependencies.contains(where: { $0 === object }) {
      dependencies.append(object)
    }
  }

  /// Writes pending changes with `zip_close`. On failure the archive is still open (and
  /// discarded later); the returned error describes the failure.
  func close(file: String) throws {
    guard let pointer else {
      throw ArchiveError(.io, file: file, detail: ArchivePhrase.alreadyClosed.phrase())
    }
    guard zip_close(pointer) == 0 else {
      throw LibZipError.make(zip_get_error(pointer), file: file, action: ArchivePhrase.cannotWriteArchive.phrase())
    }
    self.pointer = nil
    dependencies = []
  }

  /// The error libzip recorded for the last failed operation on this archive.
  func lastError(file: String, entry: String? = nil, action: Phrase? = nil) -> ArchiveError {
    guard let pointer else {
      return ArchiveError(.io, file: file, entry: entry, detail: ArchivePhrase.alreadyClosed.phrase())
    }
    return LibZipError.make(zip_get_error(pointer), file: file, entry: entry, action: action)
  }
}
