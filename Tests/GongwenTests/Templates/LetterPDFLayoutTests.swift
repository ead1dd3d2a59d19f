import Foundation
import Testing

@testable import Gongwen

/// 信函格式 (GB/T 9704-2012 10.1) through LibreOffice to PDF, measured from the page's top-left corner:
/// the 标志 30 mm from the page's top, a red double line (thick over thin) 4 mm below it and another
/// (thin over thick) 20 mm above the page's bottom, both 170 mm long and centred; 紧急程度 flush left and
/// the 发文字号 flush right 7/8 of a 3号 character below the first double line; no page number on page 1;
/// a 版记 of 抄送 alone at the foot of the last page, without rules or 印发 line.
struct LetterPDFLayoutTests {
  typealias Layout = NoticePDFLayoutTests
  static let mm = Layout.mm

  /// One printed line: red rows longer than 160 mm that touch each other.
  struct Band {
    var top, height, x0, x1: Double
    var bottom: Double { top + height }
  }

  static func redBands(_ pixels: Layout.Pixels) -> [Band] {
    let pixel = 1 / Layout.Pixels.scale
    var bands: [Band] = []
    for row in pixels.rows(minimum: 160 * mm, Layout.Pixels.isRed) {
      if let last = bands.last, row.y - last.bottom < pixel / 2 {
        bands[bands.count - 1].height += pixel
        bands[bands.count - 1].x0 = min(last.x0, row.x0)
        bands[bands.count - 1].x1 = max(last.x1, row.x1)
      } else {
        bands.append(Band(top: row.y, height: pixel, x0: row.x0, x1: row.x1))
      }
    }
    return bands
  }

  static func render(_ format: String, _ data: Value) throws -> [UInt8] {
    let samples = ShippedTemplateTests.repository.appendingPathComponent("samples")
    let template = try Template(path: ShippedTemplateTests.repository.appendingPathComponent("templates/letter.\(format)").path,
                                options: TemplateOptions(baseDirectory: samples.path))
    return try template.render(data)
  }

  static func sample() throws -> Value {
    try DataLoader.load(path: ShippedTemplateTests.repository.appendingPathComponent("samples/letter.yaml").path)
  }

  @Test(.enabled(if: Layout.runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func letterMeasuresAsTheStandardSays(_ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let bytes = try Self.render(format, try Self.sample())
    #expect(try FormatCheck.check(bytes: bytes, name: "letter.\(format)") == [])
    let pdf = dir.path("letter.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let mm = Self.mm

    let words = try Layout.words(pdf, page: 1)
    let issuer = try #require(words.first { $0.text == "某市人民政府办公室" && $0.yMin < 60 * mm })
    let page1 = try Layout.Pixels(pdf, page: 1, in: dir)
    #expect(page1.count(in: (x0: issuer.xMin, y0: issuer.yMin, x1: issuer.xMax, y1: issuer.yMax), Layout.Pixels.isRed) > 2000, "the 标志 is red")
    // a ruler reads the printed characters' edges: the rows of red ink across the 标志's box
    let ink = page1.rows(minimum: 2, Layout.Pixels.isRed).filter { $0.y >= issuer.yMin - 5 && $0.y <= issuer.yMax && $0.x1 - $0.x0 < 150 * mm }
    let inkTop = try #require(ink.first?.y), inkBottom = try #require(ink.last.map { $0.y + 1 / Layout.Pixels.scale })
    #expect(abs(inkTop - 30 * mm) <= 1 * mm, "标志 top \(inkTop / mm) mm from the page's top")
    #expect(abs((issuer.xMin + issuer.xMax) / 2 - 105 * mm) <= 2 * mm, "标志 centred")

    // four red bands: thick over thin under the 标志, thin over thick 20 mm above the page's bottom
    let bands = Self.redBands(page1)
    try #require(bands.count == 4, "red lines on page 1: \(bands.map { ($0.top / mm, $0.height / mm) })")
    for band in bands {
      #expect(abs(band.x1 - band.x0 - 170 * mm) <= 1 * mm, "double line \((band.x1 - band.x0) / mm) mm long")
      #expect(abs((band.x0 + band.x1) / 2 - 105 * mm) <= 1 * mm, "double line centred on the page")
    }
    #expect(abs(bands[0].top - inkBottom - 4 * mm) <= 1 * mm, "first double line \((bands[0].top - inkBottom) / mm) mm below the 标志")
    #expect(bands[0].height > bands[1].height * 1.5, "the upper line is thick over thin: \(bands.map(\.height))")
    #expect(bands[3].height > bands[2].height * 1.5, "the lower line is thin over thick: \(bands.map(\.height))")
    #expect(abs(bands[3].bottom - 277 * mm) <= 1 * mm, "second double line \((297 * mm - bands[3].bottom) / mm) mm above the page's bottom")

    // 紧急程度 flush left, 发文字号 flush right, 7/8 of a 3号 character (14 pt) below the first double line
    let firstLineBottom = bands[1].bottom
    let urgency = try #require(words.first { $0.text == "加急" })
    let number = try #require(words.first { $0.text.hasPrefix("某政办函") })
    #expect(abs(urgency.xMin - Layout.typeAreaLeft) <= 1 * mm, "紧急程度 \((urgency.xMin - Layout.typeAreaLeft) / mm) mm from the type area's left")
    // Word's spacing between CJK and digits may split the number into words: its line's right end
    let numberRight = try #require(words.filter { abs($0.yMin - number.yMin) < 1 }.map(\.xMax).max())
    #expect(abs(184 * mm - numberRight) <= 1 * mm, "发文字号 \((184 * mm - numberRight) / mm) mm from the type area's right")
    #expect(abs(urgency.yMin - number.yMin) < 1, "紧急程度 and 发文字号 on one line")
    #expect(abs(urgency.yMin - firstLineBottom - 14) <= 1 * mm, "\((urgency.yMin - firstLineBottom) / mm) mm below the double line")
    let title = try #require(words.first { $0.text.hasPrefix("某市人民政府办公室关于") })
    let lines = (title.yMin - urgency.yMin) / 28.95
    #expect(lines > 2.5 && lines < 3.5, "title \(lines) line pitches below the last element")

    // page 1 full: its last line 7/8 of a 3号 character (14 pt) above the second double line
    let full = try Self.render(format, try Self.longSample())
    try Data(try OfficeConverter.convert(full, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: dir.path("full.pdf")))
    #expect(try FormatCheck.check(bytes: full, name: "full.\(format)") == [])
    let fullWords = try Layout.words(dir.path("full.pdf"), page: 1)
    let lastLine = try #require(fullWords.filter { $0.yMax < bands[2].top }.map(\.yMax).max())
    #expect(abs(bands[2].top - lastLine - 14) <= 1 * mm, "last line of a full page 1 \((bands[2].top - lastLine) / mm) mm above the second double line")
    #expect(try Layout.words(dir.path("full.pdf"), page: 2).contains { $0.yMin < 45 * mm }, "the text runs on to page 2's first line")

    // no page number on page 1; page 2 numbered
    #expect(!words.contains { $0.text == "—" || $0.yMin > 262 * mm }, "nothing below the type area on page 1")
    let page2 = try Layout.words(pdf, page: 2)
    #expect(page2.contains { $0.text == "2" && $0.yMin > 262 * mm }, "page 2 numbered")

    // 版记: 抄送 at the foot of the last page's type area, no rules, no 印发 line
    let pages = try Self.pageCount(pdf)
    let last = try Layout.words(pdf, page: pages)
    let copyTo = try #require(last.first { $0.text.hasPrefix("抄送") })
    #expect(abs(copyTo.yMax - Layout.typeAreaBottom) <= 3 * mm, "抄送 \((Layout.typeAreaBottom - copyTo.yMax) / mm) mm above the type area's bottom")
    #expect(!last.contains { $0.text.hasSuffix("印发") })
    let dark = Layout.lines(try Layout.Pixels(pdf, page: pages, in: dir).rows(minimum: 150 * mm, Layout.Pixels.isDark))
    #expect(dark.isEmpty, "no 版记 rules in a 信函: \(dark)")
  }

  /// Without 发文机关标志 (paper with a printed letterhead) nothing red is printed and the first line stays.
  @Test(.enabled(if: Layout.runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func preprintedPaperKeepsThePlaces(_ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    guard case .object(var data) = try Self.sample() else { throw CocoaError(.fileReadCorruptFile) }
    data["发文机关标志"] = nil
    let pdf = dir.path("letter.pdf")
    try Data(try OfficeConverter.convert(try Self.render(format, .object(data)), from: format == "docx" ? .docx : .odt, to: .pdf))
      .write(to: URL(fileURLWithPath: pdf))
    let mm = Self.mm
    let words = try Layout.words(pdf, page: 1)
    #expect(!words.contains { $0.yMin < 45 * mm }, "nothing printed in the letterhead's place")
    let urgency = try #require(words.first { $0.text == "加急" })
    #expect(urgency.yMin > 50 * mm && urgency.yMin < 60 * mm, "紧急程度 at \(urgency.yMin / mm) mm as on letterhead paper")
    #expect(Self.redBands(try Layout.Pixels(pdf, page: 1, in: dir)).isEmpty)
  }

  /// The sample with enough body text to fill page 1.
  static func longSample() throws -> Value {
    guard case .object(var data) = try sample(), case .list(let body)? = data["正文"] else { throw CocoaError(.fileReadCorruptFile) }
    let paragraph = Value.string("为做好年度考核评价工作，准确反映各单位党建工作开展情况，现商请贵局协助提供有关数据，并请按时报送。")
    data["正文"] = .list(body + Array(repeating: paragraph, count: 8))
    return .object(data)
  }

  static func pageCount(_ pdf: String) throws -> Int {
    let info = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdfinfo")), [pdf]).stdout
    return try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.flatMap { Int($0) })
  }
}
