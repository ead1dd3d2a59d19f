import Testing

@testable import Gongwen
@testable import GongwenTemplate

/// Picture headers: size and resolution from the file itself, and refusals of bad files.
struct ImageHeaderTests {
  @Test func pngSizeAndResolutionFromPHYs() throws {
    let header = try ImageHeader.read(TestImages.png(width: 40, height: 30, dpi: 300))
    #expect(header.format == .png)
    #expect(header.pixelWidth == 40 && header.pixelHeight == 30)
    #expect(abs(header.dpiX - 300) < 0.1 && abs(header.dpiY - 300) < 0.1)
  }

  @Test func pngWithoutPHYsIs96DPI() throws {
    let header = try ImageHeader.read(TestImages.png(width: 3, height: 2))
    #expect(header.dpiX == 96 && header.dpiY == 96)
  }

  @Test func jpegSizeFromFrameAndDensityFromJFIF() throws {
    let header = try ImageHeader.read(TestImages.jpeg(width: 1200, height: 800, dpi: 150))
    #expect(header.format == .jpeg)
    #expect(header.pixelWidth == 1200 && header.pixelHeight == 800)
    #expect(header.dpiX == 150)
    #expect(try ImageHeader.read(TestImages.jpeg(width: 10, height: 5, dpi: nil)).dpiX == 96)
  }

  @Test func gifAndBMP() throws {
    let gif = try ImageHeader.read(TestImages.gif(width: 321, height: 123))
    #expect(gif.format == .gif && gif.pixelWidth == 321 && gif.pixelHeight == 123 && gif.dpiX == 96)
    let bmp = try ImageHeader.read(TestImages.bmp(width: 7, height: 5, dpi: 72))
    #expect(bmp.format == .bmp && bmp.pixelWidth == 7 && bmp.pixelHeight == 5)
    #expect(abs(bmp.dpiX - 72) < 0.1)
  }

  @Test(arguments: ["png", "jpeg", "gif", "bmp"])
  func truncatedFilesAreRefused(_ kind: String) {
    let whole: [UInt8]
    switch kind {
    case "png": whole = TestImages.png(width: 20, height: 20)
    case "jpeg": whole = TestImages.jpeg(width: 20, height: 20)
    case "gif": whole = TestImages.gif(width: 20, height: 20)
    default: whole = TestImages.bmp(width: 20, height: 20)
    }
    #expect(throws: FigureError.self) { try ImageHeader.read(Array(whole.prefix(whole.count - 3))) }
    #expect(throws: FigureError.self) { try ImageHeader.read(Array(whole.prefix(12))) }
  }

  @Test func unknownSignatureIsRefused() {
    #expect(throws: FigureError.self) { try ImageHeader.read(Array("%PDF-1.7 not a picture".utf8)) }
    #expect(throws: FigureError.self) { try ImageHeader.read([]) }
  }

  @Test func pngWithoutIHDRIsCorrupt() {
    var bytes = TestImages.png(width: 2, height: 2)
    bytes[12] = UInt8(ascii: "X")
    #expect(throws: FigureError(.corruptPNG)) { try ImageHeader.read(bytes) }
  }
}

/// Lengths with units and the size a figure gets on the page.
struct FigureSizeTests {
  @Test func lengthsInEveryUnit() throws {
    #expect(try EMU.parse(.string("2.54cm"), field: "width").value == 914_400)
    #expect(try EMU.parse(.string("25.4 mm"), field: "width").value == 914_400)
    #expect(try EMU.parse(.string("72pt"), field: "width").value == 914_400)
    #expect(try EMU.parse(.string("1in"), field: "width").value == 914_400)
    #expect(try EMU.parse(.string("96px"), field: "width").value == 914_400)
    #expect(try EMU.parse(.string("5CM"), field: "width").value == 1_800_000)
  }

  @Test func lengthsWithoutUnitOrNotPositiveAreRefused() {
    #expect(throws: FigureError.self) { try EMU.parse(.number("5"), field: "width") }
    #expect(throws: FigureError.self) { try EMU.parse(.string("-3cm"), field: "width") }
    #expect(throws: FigureError.self) { try EMU.parse(.string("cm"), field: "width") }
    #expect(throws: FigureError.self) { try EMU.parse(.list([]), field: "width") }
  }

  private let wide = EMU(100 * 360_000)

  @Test func intrinsicSizeFollowsTheFilesResolution() throws {
    let header = try ImageHeader.read(TestImages.png(width: 300, height: 150, dpi: 150))
    let size = FigureSize.fit(header, width: nil, height: nil, maxWidth: wide)
    #expect(size == FigureSize(width: EMU(inches: 2), height: EMU(inches: 1)))
  }

  @Test func oneSideKeepsTheAspectRatioBothSidesAreTaken() throws {
    let header = try ImageHeader.read(TestImages.png(width: 400, height: 300))
    #expect(FigureSize.fit(header, width: EMU(8 * 360_000), height: nil, maxWidth: wide).height == EMU(6 * 360_000))
    #expect(FigureSize.fit(header, width: nil, height: EMU(3 * 360_000), maxWidth: wide).width == EMU(4 * 360_000))
    let both = FigureSize.fit(header, width: EMU(1000), height: EMU(5000), maxWidth: wide)
    #expect(both == FigureSize(width: EMU(1000), height: EMU(5000)))
  }

  @Test func capAtTheTextWidthKeepsTheAspectRatio() throws {
    let header = try ImageHeader.read(TestImages.png(width: 400, height: 200))
    let size = FigureSize.fit(header, width: EMU(30 * 360_000), height: nil, maxWidth: EMU(15 * 360_000))
    #expect(size == FigureSize(width: EMU(15 * 360_000), height: EMU(Int(7.5 * 360_000))))
  }
}
