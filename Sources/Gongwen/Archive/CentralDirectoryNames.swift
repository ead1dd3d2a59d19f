/// Reads entry names straight from an archive's central directory, as raw bytes.
///
/// libzip replaces a NUL byte inside a name by a space before handing the name out, so a name such
/// as `word/document.xml\0.png` can only be seen here. The archive has already been opened (and its
/// structure checked) by libzip; anything this reader does not understand is left to libzip.
struct CentralDirectoryNames {
  /// Reads `count` bytes at `offset`, or fewer at the end of the data.
  let read: (_ offset: UInt64, _ count: Int) -> [UInt8]
  /// The total size of the archive.
  let size: UInt64

  /// The index and raw bytes of the first name that holds a NUL byte, or nil.
  func firstNameWithNUL() -> (index: Int, name: [UInt8])? {
    guard let end = endRecord(), end.directoryLength <= 64 << 20 else { return nil }
    let directory = read(end.directoryOffset, Int(end.directoryLength))
    var position = 0
    var index = 0
    while position + 46 <= directory.count, LE.u32(directory, position) == 0x0201_4B50 {
      let nameLength = Int(LE.u16(directory, position + 28))
      let extraLength = Int(LE.u16(directory, position + 30))
      let commentLength = Int(LE.u16(directory, position + 32))
      let nameEnd = position + 46 + nameLength
      guard nameEnd <= directory.count else { return nil }
      let name = Array(directory[(position + 46)..<nameEnd])
      if name.contains(0) { return (index, name) }
      position = nameEnd + extraLength + commentLength
      index += 1
    }
    return nil
  }

  /// Where the end record says the central directory is, and where the records really are.
  struct EndRecord {
    /// Offset and length of the central directory, as the (ZIP64) end record gives them.
    let directoryOffset: UInt64
    let directoryLength: UInt64
    /// Where the directory must end: the ZIP64 end record, or the end record.
    let directoryEnd: UInt64
    /// The first byte after the end record and its comment.
    let recordEnd: UInt64
  }

  /// The last end of central directory record (and its ZIP64 record), or nil when there is none.
  func endRecord() -> EndRecord? {
    let tailLength = Int(min(size, 22 + 0xFFFF))
    let tailStart = size - UInt64(tailLength)
    let tail = read(tailStart, tailLength)
    guard tail.count >= 22,
      let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { LE.u32(tail, $0) == 0x0605_4B50 })
    else { return nil }
    let endAt = tailStart + UInt64(end)
    let recordEnd = endAt + 22 + UInt64(LE.u16(tail, end + 20))
    let length = UInt64(LE.u32(tail, end + 12))
    let offset = UInt64(LE.u32(tail, end + 16))
    guard length == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else {
      return EndRecord(directoryOffset: offset, directoryLength: length, directoryEnd: endAt, recordEnd: recordEnd)
    }
    // ZIP64: the locator sits right before the end record and points at the ZIP64 end record.
    guard endAt >= 20 else { return nil }
    let locator = read(endAt - 20, 20)
    guard locator.count == 20, LE.u32(locator, 0) == 0x0706_4B50 else { return nil }
    let recordAt = LE.u64(locator, 8)
    let record = read(recordAt, 56)
    guard record.count == 56, LE.u32(record, 0) == 0x0606_4B50 else { return nil }
    return EndRecord(directoryOffset: LE.u64(record, 48), directoryLength: LE.u64(record, 40),
                     directoryEnd: recordAt, recordEnd: recordEnd)
  }
}

extension CentralDirectoryNames {
  /// A reader over bytes in memory.
  init(bytes: [UInt8]) {
    self.init(read: { offset, count in
      guard offset < UInt64(bytes.count) else { return [] }
      let start = Int(offset)
      return Array(bytes[start..<min(bytes.count, start + count)])
    }, size: UInt64(bytes.count))
  }
}

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

extension CentralDirectoryNames {
  /// Runs `body` with a reader over the file at `path`; nil when it cannot be read (libzip reports that).
  static func withFile<T>(path: String, _ body: (CentralDirectoryNames) throws -> T) rethrows -> T? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
    let reader = CentralDirectoryNames(read: { offset, count in
      var buffer = [UInt8](repeating: 0, count: count)
      let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(clamping: offset)) }
      return got > 0 ? Array(buffer.prefix(got)) : []
    }, size: UInt64(info.st_size))
    return try body(reader)
  }
}
