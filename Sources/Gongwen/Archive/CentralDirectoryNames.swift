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
    guard let (offset, length) = centralDirectory(), length <= 64 << 20 else { return nil }
    let directory = read(offset, Int(length))
    var position = 0
    var index = 0
    while position + 46 <= directory.count, le32(directory, position) == 0x0201_4B50 {
      let nameLength = Int(le16(directory, position + 28))
      let extraLength = Int(le16(directory, position + 30))
      let commentLength = Int(le16(directory, position + 32))
      let nameEnd = position + 46 + nameLength
      guard nameEnd <= directory.count else { return nil }
      let name = Array(directory[(position + 46)..<nameEnd])
      if name.contains(0) { return (index, name) }
      position = nameEnd + extraLength + commentLength
      index += 1
    }
    return nil
  }

  /// Offset and length of the central directory, from the (ZIP64) end of central directory record.
  private func centralDirectory() -> (UInt64, UInt64)? {
    let tailLength = Int(min(size, 22 + 0xFFFF))
    let tailStart = size - UInt64(tailLength)
    let tail = read(tailStart, tailLength)
    guard tail.count >= 22,
      let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { le32(tail, $0) == 0x0605_4B50 })
    else { return nil }
    let length = UInt64(le32(tail, end + 12))
    let offset = UInt64(le32(tail, end + 16))
    guard length == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else { return (offset, length) }
    // ZIP64: the locator sits right before the end record and points at the ZIP64 end record.
    let locatorAt = tailStart + UInt64(end)
    guard locatorAt >= 20 else { return nil }
    let locator = read(locatorAt - 20, 20)
    guard locator.count == 20, le32(locator, 0) == 0x0706_4B50 else { return nil }
    let record = read(le64(locator, 8), 56)
    guard record.count == 56, le32(record, 0) == 0x0606_4B50 else { return nil }
    return (le64(record, 48), le64(record, 40))
  }

  private func le16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
  private func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(le16(bytes, at)) | UInt32(le16(bytes, at + 2)) << 16
  }
  private func le64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    UInt64(le32(bytes, at)) | UInt64(le32(bytes, at + 4)) << 32
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
  /// Scans the file at `path`; nil when it cannot be read (libzip reports that on its own).
  static func firstNameWithNUL(path: String) -> (index: Int, name: [UInt8])? {
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
    return reader.firstNameWithNUL()
  }
}
