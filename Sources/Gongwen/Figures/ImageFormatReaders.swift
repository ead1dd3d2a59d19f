/// PNG: `IHDR` gives the size, `pHYs` the resolution; every chunk must lie inside the file up to `IEND`.
enum PNGHeader {
  static func read(_ r: ByteReader) throws -> ImageHeader {
    guard try r.ascii(12, 4) == "IHDR" else { throw FigureError(.corruptPNG) }
    let width = try r.u32be(16), height = try r.u32be(20)
    var dpiX = ImageHeader.defaultDPI, dpiY = ImageHeader.defaultDPI
    var offset = 8
    var sawEnd = false
    while offset + 8 <= r.count {
      let length = try r.u32be(offset)
      let type = try r.ascii(offset + 4, 4)
      let next = offset + 12 + length
      guard length <= Int(Int32.max), next <= r.count else { throw FigureError.truncated }
      if type == "pHYs", length >= 9, try r.byte(offset + 16) == 1 {
        dpiX = ImageHeader.dpi(Double(try r.u32be(offset + 8)) * 0.0254)
        dpiY = ImageHeader.dpi(Double(try r.u32be(offset + 12)) * 0.0254)
      }
      if type == "IEND" {
        sawEnd = true
        break
      }
      offset = next
    }
    guard sawEnd else { throw FigureError.truncated }
    return ImageHeader(format: .png, pixelWidth: width, pixelHeight: height, dpiX: dpiX, dpiY: dpiY)
  }
}

/// JPEG: markers up to the first start-of-frame give the size, a JFIF `APP0` the resolution; the file
/// must end with the end-of-image marker.
enum JPEGHeader {
  private static let frameMarkers: Set<Int> = [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF]

  static func read(_ r: ByteReader) throws -> ImageHeader {
    var offset = 2
    var dpiX = ImageHeader.defaultDPI, dpiY = ImageHeader.defaultDPI
    var size: (Int, Int)?
    while size == nil {
      guard try r.byte(offset) == 0xFF else { throw FigureError(.corruptJPEGMarker) }
      let marker = try r.byte(offset + 1)
      if marker == 0xFF { offset += 1; continue }
      if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { offset += 2; continue }
      if marker == 0xD9 || marker == 0xDA { break }
      let length = try r.u16be(offset + 2)
      guard length >= 2 else { throw FigureError(.corruptJPEGSegment) }
      if marker == 0xE0, length >= 14, try r.ascii(offset + 4, 5) == "JFIF\0" {
        let unit = try r.byte(offset + 11)
        let x = Double(try r.u16be(offset + 12)), y = Double(try r.u16be(offset + 14))
        if unit == 1 { dpiX = ImageHeader.dpi(x); dpiY = ImageHeader.dpi(y) }
        if unit == 2 { dpiX = ImageHeader.dpi(x * 2.54); dpiY = ImageHeader.dpi(y * 2.54) }
      }
      if frameMarkers.contains(marker) { size = (try r.u16be(offset + 7), try r.u16be(offset + 5)) }
      offset += 2 + length
    }
    guard let (width, height) = size else { throw FigureError(.corruptJPEGFrame) }
    var end = r.count
    while end > 2, r.bytes[end - 1] == 0 { end -= 1 }
    guard end >= 4, r.bytes[end - 2] == 0xFF, r.bytes[end - 1] == 0xD9 else { throw FigureError.truncated }
    return ImageHeader(format: .jpeg, pixelWidth: width, pixelHeight: height, dpiX: dpiX, dpiY: dpiY)
  }
}

/// GIF: the logical screen size; the file must end with the trailer byte. GIF has no resolution.
enum GIFHeader {
  static func read(_ r: ByteReader) throws -> ImageHeader {
    let width = try r.u16le(6), height = try r.u16le(8)
    guard r.count > 13, r.bytes[r.count - 1] == 0x3B else { throw FigureError.truncated }
    return ImageHeader(format: .gif, pixelWidth: width, pixelHeight: height,
                       dpiX: ImageHeader.defaultDPI, dpiY: ImageHeader.defaultDPI)
  }
}

/// BMP: the DIB header gives size and pixels per metre; the file must be as long as it says.
enum BMPHeader {
  static func read(_ r: ByteReader) throws -> ImageHeader {
    let declared = try r.u32le(2), pixelOffset = try r.u32le(10), dibSize = try r.u32le(14)
    guard declared <= r.count, pixelOffset < r.count else { throw FigureError.truncated }
    var dpiX = ImageHeader.defaultDPI, dpiY = ImageHeader.defaultDPI
    let width: Int, height: Int
    if dibSize == 12 {
      width = try r.u16le(18)
      height = try r.u16le(20)
    } else if dibSize >= 40 {
      width = try r.i32le(18)
      height = abs(try r.i32le(22))
      dpiX = ImageHeader.dpi(Double(try r.i32le(38)) * 0.0254)
      dpiY = ImageHeader.dpi(Double(try r.i32le(42)) * 0.0254)
    } else {
      throw FigureError(.corruptBMPHeader, ["size": .text(String(dibSize))])
    }
    return ImageHeader(format: .bmp, pixelWidth: width, pixelHeight: height, dpiX: dpiX, dpiY: dpiY)
  }
}
