import GongwenTemplate
import Foundation

/// Decodes a unit table's bytes: UTF-8 (a byte order mark is dropped) when they are valid UTF-8,
/// otherwise GB18030, the encoding Excel and WPS use for "CSV" on Chinese Windows.
enum UnitText {
  /// `CFStringConvertEncodingToNSStringEncoding(kCFStringEncodingGB_18030_2000)`: Foundation's
  /// GB18030 (a superset of GBK and GB2312), spelled out because Linux Foundation does not export the
  /// CoreFoundation names.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// The text of the file at `path`. UTF-8 is decoded a chunk at a time into a string of the file's
  /// size, so a big table is in memory once (not as bytes and text); other files are read whole.
  static func read(path: String, limits: DataLimits) throws -> String {
    var isFolder: ObjCBool = false
    let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
      let size, size <= limits.maxFileBytes, let handle = FileHandle(forReadingAtPath: path)
    else {
      // The whole-file reader words every refusal (missing, a folder, too large, unreadable).
      return try decode(try DataText.read(path: path, limits: limits), file: path)
    }
    defer { try? handle.close() }
    var text = ""
    text.reserveCapacity(size)
    var carry: [UInt8] = []
    var first = true
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 16)
      } catch {
        throw DataError(.unreadable, file: path, message: UnitTablePhrase.cannotReadTable.phrase(["cause": .phrase(.describing(error))]))
      }
      guard let chunk, !chunk.isEmpty else { break }
      var bytes = carry + chunk
      if first && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      first = false
      // Keep an incomplete sequence at the end for the next chunk.
      var end = bytes.count
      var back = 0
      while back < 3 && end - back > 0 && bytes[end - back - 1] & 0xC0 == 0x80 { back += 1 }
      if end - back > 0 {
        let lead = bytes[end - back - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if length > back + 1 { end = end - back - 1 }
      }
      guard let piece = String(validating: bytes[..<end], as: UTF8.self) else {
        return try decode(try DataText.read(path: path, limits: limits), file: path)
      }
      text += piece
      carry = Array(bytes[end...])
      if text.utf8.count > limits.maxFileBytes {
        throw DataError(.tooLarge, file: path, message: UnitTablePhrase.tableTooLarge.phrase(["limit": .text(String(limits.maxFileBytes))]))
      }
    }
    guard carry.isEmpty else { return try decode(try DataText.read(path: path, limits: limits), file: path) }
    return text
  }

  static func decode(_ data: Data, file: String) throws -> String {
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    if let text = String(validating: body, as: UTF8.self) { return text }
    if let text = String(data: Data(body), encoding: gb18030) { return text }
    throw DataError(.encoding, file: file, message: UnitTablePhrase.notUTF8OrGB18030.phrase())
  }
}
