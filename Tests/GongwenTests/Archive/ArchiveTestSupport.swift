import Foundation
import Testing

@testable import Gongwen

/// Helpers shared by the archive tests: temporary directories, Python's zipfile as an
/// independent reader/writer, and small archive builders.
enum ArchiveTestSupport {
  /// A fresh empty directory under the system temporary directory.
  static func makeTemporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "gongwen-archive-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Runs a Python 3 script with arguments and returns its standard output.
  static func python(_ script: String, _ arguments: [String] = []) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw PythonFailure(message: String(decoding: errorData, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
  }

  struct PythonFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { "python3 failed: \(message)" }
  }

  /// What Python's zipfile sees in an archive, entry by entry.
  struct PyEntry: Decodable, Equatable {
    let name: String
    let method: Int
    let compressedSize: Int
    let size: Int
    let crc: Int
    let extra: String
    let localExtra: String
    let dateTime: [Int]
    let flags: Int
    /// SHA-256 of the entry's compressed bytes, read from behind its local header.
    let rawSHA256: String
  }

  /// Lists an archive with Python's zipfile (an implementation independent of libzip).
  static func pythonList(_ bytes: [UInt8]) throws -> [PyEntry] {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/a.zip"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let script = """
      import hashlib, json, struct, sys, zipfile
      out = []
      with open(sys.argv[1], 'rb') as f, zipfile.ZipFile(sys.argv[1]) as z:
          if z.testzip() is not None: raise SystemExit('bad CRC')
          for i in z.infolist():
              f.seek(i.header_offset)
              h = f.read(30)
              n, m = struct.unpack('<HH', h[26:30])
              f.read(n)
              local_extra = f.read(m)
              raw = f.read(i.compress_size)
              out.append(dict(name=i.filename, method=i.compress_type, compressedSize=i.compress_size,
                              size=i.file_size, crc=i.CRC, extra=i.extra.hex(), localExtra=local_extra.hex(),
                              dateTime=list(i.date_time), flags=i.flag_bits,
                              rawSHA256=hashlib.sha256(raw).hexdigest()))
      print(json.dumps(out))
      """
    let json = try python(script, [path])
    return try JSONDecoder().decode([PyEntry].self, from: Data(json.utf8))
  }

  /// Builds an archive with ZipWriter.
  static func makeZip(_ entries: [(String, [UInt8], ZipWriter.Compression)]) throws -> [UInt8] {
    let writer = try ZipWriter()
    for (name, bytes, compression) in entries {
      try writer.add(name: name, bytes: bytes, compression: compression)
    }
    return try writer.finish()
  }

  /// Some XML-like text of about `size` bytes, compressible like a real document part
  /// (varied words from a small vocabulary, deterministic).
  static func sampleXML(size: Int) -> [UInt8] {
    let words = [
      "合同", "甲方", "乙方", "金额", "日期", "the", "contract", "party", "amount", "shall", "within",
      "days", "of", "payment", "notice", "agreement", "本", "条款", "约定", "履行", "义务", "and", "or",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document><w:body>"
    while text.utf8.count < size {
      text +=
        "<w:p w:rsidR=\"00\(next(900_000) + 100_000)\"><w:r><w:rPr><w:sz w:val=\"\(20 + next(12))\"/></w:rPr><w:t>"
      for _ in 0..<(4 + next(20)) {
        text += words[next(words.count)] + " "
      }
      text += "\(next(100_000))</w:t></w:r></w:p>"
    }
    return Array(text.utf8.prefix(size))
  }

  /// Reads a whole file.
  static func readFile(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Writes a whole file.
  static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// Replaces every occurrence of `old` by `new` (same length) in `bytes`; fails the test when absent.
  static func patch(
    _ bytes: [UInt8], _ old: [UInt8], _ new: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> [UInt8] {
    precondition(old.count == new.count && !old.isEmpty)
    var out = bytes
    var found = 0
    var index = 0
    while index + old.count <= out.count {
      if out[index..<index + old.count].elementsEqual(old) {
        out.replaceSubrange(index..<index + old.count, with: new)
        found += 1
        index += old.count
      } else {
        index += 1
      }
    }
    #expect(found > 0, "pattern not found", sourceLocation: sourceLocation)
    return out
  }

  /// Offsets of every occurrence of a 4-byte zip signature.
  static func offsets(of signature: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard bytes.count >= signature.count else { return [] }
    return (0...(bytes.count - signature.count)).filter { bytes[$0..<$0 + signature.count].elementsEqual(signature) }
  }

  static let localHeaderSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
  static let centralHeaderSignature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]

  /// Expects `body` to throw an ``ArchiveError`` of the given kind, and returns it.
  @discardableResult
  static func expectArchiveError(
    _ kind: ArchiveError.Kind, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void
  ) -> ArchiveError? {
    do {
      try body()
      Issue.record("expected ArchiveError.\(kind), nothing thrown", sourceLocation: sourceLocation)
    } catch let error as ArchiveError {
      #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
      return error
    } catch {
      Issue.record("expected ArchiveError.\(kind), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
  }
}
