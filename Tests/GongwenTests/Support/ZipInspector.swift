/// Reads a zip's central directory and local headers directly (no libzip), so tests can compare
/// what Gongwen wrote at the byte level: each entry's method, CRC-32, sizes, DOS time and its
/// compressed bytes exactly as stored.
///
/// ```swift
/// let before = try ZipInspector.entries(of: templateBytes)
/// let after = try ZipInspector.entries(of: renderedBytes)
/// #expect(before.map(\.rawData) == after.map(\.rawData))   // raw copies, not re-deflated
/// ```
/// Zip64 archives are not supported (test packages are small).
enum ZipInspector {
  struct Entry: Equatable {
    let name: String
    let method: UInt16
    let flags: UInt16
    let crc32: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let dosTime: UInt16
    let dosDate: UInt16
    let localHeaderOffset: UInt32
    /// The stored (compressed) bytes, read from behind the local header.
    let rawData: [UInt8]
  }

  struct Malformed: Error, CustomStringConvertible {
    let reason: String
    var description: String { "malformed zip: \(reason)" }
  }

  static func entries(of bytes: [UInt8]) throws -> [Entry] {
    guard bytes.count >= 22 else { throw Malformed(reason: "too short") }
    var end = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while end >= lowest, u32(bytes, end) != 0x0605_4B50 { end -= 1 }
    guard end >= lowest else { throw Malformed(reason: "no end of central directory") }
    let count = Int(u16(bytes, end + 10))
    var offset = Int(u32(bytes, end + 16))
    var result: [Entry] = []
    for _ in 0..<count {
      guard offset + 46 <= bytes.count, u32(bytes, offset) == 0x0201_4B50 else {
        throw Malformed(reason: "bad central directory record at \(offset)")
      }
      let nameLength = Int(u16(bytes, offset + 28)), extraLength = Int(u16(bytes, offset + 30))
      let commentLength = Int(u16(bytes, offset + 32))
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      let compressedSize = u32(bytes, offset + 20)
      let local = Int(u32(bytes, offset + 42))
      guard local + 30 <= bytes.count, u32(bytes, local) == 0x0403_4B50 else {
        throw Malformed(reason: "bad local header for \(name)")
      }
      let dataStart = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
      guard dataStart + Int(compressedSize) <= bytes.count else { throw Malformed(reason: "data of \(name) cut short") }
      result.append(
        Entry(
          name: name, method: u16(bytes, offset + 10), flags: u16(bytes, offset + 8), crc32: u32(bytes, offset + 16),
          compressedSize: compressedSize, size: u32(bytes, offset + 24), dosTime: u16(bytes, offset + 12),
          dosDate: u16(bytes, offset + 14), localHeaderOffset: UInt32(local),
          rawData: Array(bytes[dataStart..<(dataStart + Int(compressedSize))])))
      offset += 46 + nameLength + extraLength + commentLength
    }
    return result
  }

  private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
  }
}
