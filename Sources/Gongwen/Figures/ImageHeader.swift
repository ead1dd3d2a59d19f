/// The kinds of picture files figures accept; none is ever re-encoded.
enum ImageFormat: String, Sendable, CaseIterable {
  case png, jpeg, gif, bmp

  /// The file extension used for stored media.
  var fileExtension: String { rawValue }
  /// The MIME type, for `[Content_Types].xml` and the ODF manifest.
  var mediaType: String { "image/" + rawValue }
}

/// What a picture file's own header says: its format, pixel size and resolution.
struct ImageHeader: Sendable, Equatable {
  let format: ImageFormat
  let pixelWidth: Int
  let pixelHeight: Int
  /// Dots per inch across and down; 96 when the file does not say.
  let dpiX: Double
  let dpiY: Double

  static let defaultDPI = 96.0

  /// Reads the header of `bytes`; throws `FigureError` for unknown, corrupt or truncated files.
  static func read(_ bytes: [UInt8]) throws -> ImageHeader {
    let reader = ByteReader(bytes)
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return try PNGHeader.read(reader) }
    if bytes.starts(with: [0xFF, 0xD8]) { return try JPEGHeader.read(reader) }
    if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
      return try GIFHeader.read(reader)
    }
    if bytes.starts(with: Array("BM".utf8)) { return try BMPHeader.read(reader) }
    throw FigureError(.unknownSignature)
  }

  /// A resolution as read, or the default when it is missing or absurd. Pixels per metre are whole
  /// numbers, so 150 dpi is stored as 5906 (150.01 dpi): values that close to a whole dpi are rounded.
  static func dpi(_ value: Double) -> Double {
    guard value >= 10 && value <= 10_000 else { return defaultDPI }
    return abs(value - value.rounded()) < 0.1 ? value.rounded() : value
  }
}

/// Bounds-checked big- and little-endian reads; every read past the end is a truncated file.
struct ByteReader {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var count: Int { bytes.count }

  func byte(_ at: Int) throws -> Int {
    guard at >= 0, at < bytes.count else { throw FigureError.truncated }
    return Int(bytes[at])
  }
  func u16be(_ at: Int) throws -> Int { try byte(at) << 8 | byte(at + 1) }
  func u16le(_ at: Int) throws -> Int { try byte(at + 1) << 8 | byte(at) }
  func u32be(_ at: Int) throws -> Int { try u16be(at) << 16 | u16be(at + 2) }
  func u32le(_ at: Int) throws -> Int { try u16le(at + 2) << 16 | u16le(at) }
  /// A signed 32-bit little-endian integer.
  func i32le(_ at: Int) throws -> Int { Int(Int32(truncatingIfNeeded: UInt32(try u32le(at)))) }
  func ascii(_ at: Int, _ length: Int) throws -> String {
    guard at >= 0, length >= 0, at + length <= bytes.count else { throw FigureError.truncated }
    return String(decoding: bytes[at..<at + length], as: UTF8.self)
  }
}
