import GongwenTemplate
import CLibZip

/// A read-only, seekable libzip source over a Swift `[UInt8]`, without copying the bytes.
///
/// The array is kept alive by this object; the libzip source holds a retained
/// reference to it, released when libzip sends `ZIP_SOURCE_FREE`.
final class ByteArraySource {
  private let bytes: [UInt8]
  private var offset = 0
  private var error = zip_error_t()

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
    zip_error_init(&error)
  }

  deinit {
    zip_error_fini(&error)
  }

  /// Creates a libzip source reading `bytes`; the returned handle owns the source.
  static func make(_ bytes: [UInt8], file: String) throws -> ZipSourceHandle {
    let context = Unmanaged.passRetained(ByteArraySource(bytes))
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let source = zip_source_function_create(byteArraySourceCallback, context.toOpaque(), &error)
    else {
      context.release()
      throw LibZipError.make(&error, file: file, action: ArchivePhrase.cannotCreateZipSource.phrase())
    }
    return ZipSourceHandle(owning: source)
  }

  fileprivate func handle(
    _ data: UnsafeMutableRawPointer?, _ length: UInt64, _ command: zip_source_cmd_t
  ) -> Int64 {
    switch command {
    case ZIP_SOURCE_OPEN:
      offset = 0
      return 0
    case ZIP_SOURCE_READ:
      guard let data else { return fail(ZIP_ER_INVAL) }
      let count = min(Int(clamping: length), bytes.count - offset)
      bytes.withUnsafeBytes { source in
        if count > 0, let base = source.baseAddress {
          data.copyMemory(from: base + offset, byteCount: count)
        }
      }
      offset += count
      return Int64(count)
    case ZIP_SOURCE_CLOSE:
      return 0
    case ZIP_SOURCE_STAT:
      guard let data, length >= MemoryLayout<zip_stat_t>.size else { return fail(ZIP_ER_INVAL) }
      let stat = data.assumingMemoryBound(to: zip_stat_t.self)
      zip_stat_init(stat)
      stat.pointee.size = UInt64(bytes.count)
      stat.pointee.valid |= UInt64(ZIP_STAT_SIZE)
      return Int64(MemoryLayout<zip_stat_t>.size)
    case ZIP_SOURCE_ERROR:
      guard let data else { return fail(ZIP_ER_INVAL) }
      return zip_error_to_data(&error, data, length)
    case ZIP_SOURCE_SEEK:
      guard let data else { return fail(ZIP_ER_INVAL) }
      let target = zip_source_seek_compute_offset(UInt64(offset), UInt64(bytes.count), data, length, &error)
      guard target >= 0 else { return -1 }
      offset = Int(target)
      return 0
    case ZIP_SOURCE_TELL:
      return Int64(offset)
    case ZIP_SOURCE_ACCEPT_EMPTY:
      return 0  // an empty byte array is not a zip archive
    case ZIP_SOURCE_SUPPORTS:
      let commands = [
        ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
        ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS, ZIP_SOURCE_ACCEPT_EMPTY,
      ]
      return commands.reduce(Int64(0)) { $0 | (Int64(1) << Int64($1.rawValue)) }
    default:
      return fail(ZIP_ER_OPNOTSUPP)
    }
  }

  private func fail(_ code: Int32) -> Int64 {
    zip_error_set(&error, code, 0)
    return -1
  }
}

/// The C callback: dispatches to the `ByteArraySource` passed as user data.
private func byteArraySourceCallback(
  _ userdata: UnsafeMutableRawPointer?, _ data: UnsafeMutableRawPointer?, _ length: UInt64,
  _ command: zip_source_cmd_t
) -> Int64 {
  guard let userdata else { return -1 }
  let context = Unmanaged<ByteArraySource>.fromOpaque(userdata)
  if command == ZIP_SOURCE_FREE {
    context.release()
    return 0
  }
  return context.takeUnretainedValue().handle(data, length, command)
}
