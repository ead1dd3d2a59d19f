import Foundation

/// Small but real picture files built from bytes: a PNG with valid CRCs and zlib data (so office
/// suites draw it), a baseline-JPEG skeleton, a GIF and an uncompressed BMP.
enum TestImages {
  /// An RGB PNG of `width` × `height` filled with `color`; with `dpi`, a `pHYs` chunk says so.
  static func png(width: Int, height: Int, dpi: Double? = nil, color: (UInt8, UInt8, UInt8) = (200, 40, 40)) -> [UInt8] {
    var raw: [UInt8] = []
    for _ in 0..<height {
      raw.append(0)
      for _ in 0..<width { raw += [color.0, color.1, color.2] }
    }
    var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    out += chunk("IHDR", be32(width) + be32(height) + [8, 2, 0, 0, 0])
    if let dpi {
      let perMetre = Int((dpi / 0.0254).rounded())
      out += chunk("pHYs", be32(perMetre) + be32(perMetre) + [1])
    }
    out += chunk("IDAT", zlibStored(raw))
    out += chunk("IEND", [])
    return out
  }

  /// A JPEG's marker structure (JFIF density, SOF0 size, empty scan) ending in EOI.
  static func jpeg(width: Int, height: Int, dpi: Int? = 300) -> [UInt8] {
    var out: [UInt8] = [0xFF, 0xD8]
    out += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, dpi == nil ? 0 : 1]
    out += be16(dpi ?? 1) + be16(dpi ?? 1) + [0, 0]
    out += [0xFF, 0xC0, 0x00, 0x0B, 8] + be16(height) + be16(width) + [1, 1, 0x11, 0]
    out += [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0, 0x12, 0x34]
    return out + [0xFF, 0xD9]
  }

  /// A one-colour GIF89a of the given size (no resolution: 96 dpi).
  static func gif(width: Int, height: Int) -> [UInt8] {
    var out = Array("GIF89a".utf8) + le16(width) + le16(height) + [0x80, 0, 0]
    out += [0, 0, 0, 255, 255, 255]
    out += [0x2C, 0, 0, 0, 0] + le16(width) + le16(height) + [0]
    out += [2, 2, 0x4C, 0x01, 0]
    return out + [0x3B]
  }

  /// A 24-bit BMP with `dpi` in its header.
  static func bmp(width: Int, height: Int, dpi: Double = 72) -> [UInt8] {
    let rowBytes = (width * 3 + 3) / 4 * 4
    let pixels = rowBytes * height
    let perMetre = Int((dpi / 0.0254).rounded())
    var out = Array("BM".utf8) + le32(54 + pixels) + [0, 0, 0, 0] + le32(54)
    out += le32(40) + le32(width) + le32(height) + le16(1) + le16(24) + le32(0) + le32(pixels)
    out += le32(perMetre) + le32(perMetre) + le32(0) + le32(0)
    return out + [UInt8](repeating: 0x80, count: pixels)
  }

  static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  // MARK: Encoding helpers

  private static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
  private static func be16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
  private static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
  private static func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }

  private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    return be32(data.count) + body + be32(Int(crc32(body)))
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// zlib with stored (uncompressed) deflate blocks.
  private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
      let length = min(65_535, data.count - offset)
      let final: UInt8 = offset + length >= data.count ? 1 : 0
      out += [final] + le16(length) + le16(~length & 0xFFFF) + data[offset..<offset + length]
      offset += length
    } while offset < data.count
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return out + be32(Int(b << 16 | a))
  }
}
