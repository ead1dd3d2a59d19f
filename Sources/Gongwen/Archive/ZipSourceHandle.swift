import GongwenTemplate
import CLibZip

/// Owns exactly one reference to a libzip `zip_source_t` and drops it in `deinit`.
///
/// libzip sources are reference counted. Functions such as `zip_open_from_source`
/// and `zip_file_add` take over one reference on success and none on failure;
/// ``handOver(_:)`` takes an extra reference first in the success case, so the
/// handle's own reference stays valid whatever libzip does.
final class ZipSourceHandle {
  /// The `zip_source_t *`.
  let pointer: OpaquePointer

  /// Takes ownership of one reference to `pointer`.
  init(owning pointer: OpaquePointer) {
    self.pointer = pointer
  }

  deinit {
    zip_source_free(pointer)
  }

  /// Passes the source to a libzip function that takes ownership of a reference on success
  /// (signalled by a non-nil result); the handle keeps its own reference either way.
  func handOver<T>(_ body: (OpaquePointer) -> T?) -> T? {
    zip_source_keep(pointer)
    guard let result = body(pointer) else {
      zip_source_free(pointer)
      return nil
    }
    return result
  }

  /// Reads the whole content of the source (used for an in-memory archive once closed).
  func readAll(file: String) throws -> [UInt8] {
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    guard zip_source_stat(pointer, &stat) == 0, stat.valid & UInt64(ZIP_STAT_SIZE) != 0,
      let size = Int(exactly: stat.size)
    else {
      throw LibZipError.make(zip_source_error(pointer), file: file, action: ArchivePhrase.cannotMeasureArchive.phrase())
    }
    guard zip_source_open(pointer) == 0 else {
      throw LibZipError.make(zip_source_error(pointer), file: file, action: ArchivePhrase.cannotReadBack.phrase())
    }
    defer { zip_source_close(pointer) }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size, let base = buffer.baseAddress {
        let n = zip_source_read(pointer, base + count, UInt64(size - count))
        if n <= 0 {
          failed = true
          return
        }
        count += Int(n)
      }
    }
    if failed {
      throw LibZipError.make(zip_source_error(pointer), file: file, action: ArchivePhrase.cannotReadBack.phrase())
    }
    return bytes
  }
}
