import GongwenTemplate
import Foundation

/// Reads a data file's bytes within the size limit and decodes them as text.
enum DataText {
  /// The file's bytes; refuses missing files, directories and files over `limits.maxFileBytes`.
  static func read(path: String, limits: DataLimits) throws(DataError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DataError(.unreadable, file: path, message: DataPhrase.noSuchDataFile.phrase())
    }
    if isDirectory.boolValue { throw DataError(.unreadable, file: path, message: DataPhrase.folderNotDataFile.phrase()) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw DataError(.unreadable, file: path, message: DataPhrase.cannotOpenDataFile.phrase())
    }
    defer { try? handle.close() }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxFileBytes
    {
      throw tooLarge(path, limits)
    }
    // Read in chunks so a file that grows, or a pipe, still stops at the limit.
    var data = Data()
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 20)
      } catch {
        throw DataError(.unreadable, file: path, message: DataPhrase.cannotReadDataFile.phrase(["cause": .phrase(.describing(error))]))
      }
      guard let chunk, !chunk.isEmpty else { break }
      data.append(chunk)
      if data.count > limits.maxFileBytes { throw tooLarge(path, limits) }
    }
    return data
  }

  private static func tooLarge(_ path: String, _ limits: DataLimits) -> DataError {
    DataError(.tooLarge, file: path, message: DataPhrase.dataFileTooLarge.phrase(["limit": .text(String(limits.maxFileBytes))]))
  }

  /// The text of `data`: UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark.
  static func decode(_ data: Data, file: String?) throws(DataError) -> String {
    if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      throw DataError(.encoding, file: file, message: DataPhrase.utf32.phrase())
    }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      return try decodeUTF16([UInt8](data), bigEndian: data.first == 0xFE, file: file)
    }
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    if let text = String(validating: body, as: UTF8.self) { return text }
    throw notUTF8([UInt8](body)[...], file: file)
  }

  private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, file: String?) throws(DataError) -> String {
    guard bytes.count % 2 == 0 else {
      throw DataError(.encoding, file: file, message: DataPhrase.utf16OddBytes.phrase())
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2 - 1)
    var index = 2
    while index + 1 < bytes.count {
      let high = UInt16(bytes[bigEndian ? index : index + 1])
      let low = UInt16(bytes[bigEndian ? index + 1 : index])
      units.append(high << 8 | low)
      index += 2
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw DataError(.encoding, file: file, message: DataPhrase.utf16Unpaired.phrase())
    }
    return text
  }

  /// An error naming the first byte that is not UTF-8, with its line and column.
  private static func notUTF8(_ bytes: ArraySlice<UInt8>, file: String?) -> DataError {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .error: break loop
      case .emptyInput: break loop
      }
    }
    let badByte = bytes[bytes.startIndex + min(offset, bytes.count - 1)]
    let valid = Array(bytes.prefix(offset))
    let position = valid.withUnsafeBufferPointer { TextPosition(utf8Offset: offset, in: $0) }
    let hex = String(badByte, radix: 16, uppercase: true)
    return DataError(.encoding,
      file: file, line: position.line, column: position.column,
      message: DataPhrase.notUTF8.phrase(["byte": .text(hex)]),
      sourceLine: position.sourceLine, sourceLineStart: position.sourceStart)
  }
}
