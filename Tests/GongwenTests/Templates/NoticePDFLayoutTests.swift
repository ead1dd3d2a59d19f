import Foundation
import Testing

@testable import Gongwen

/// The full notice through LibreOffice to PDF, measured as a 文秘 would with a ruler: word boxes from
/// `pdftotext -bbox`, colours from `pdftoppm` pixels. Positions are from the page's top-left corner in
/// points; the type area runs from 37 mm to 262 mm down and 28 mm to 184 mm across.
struct NoticePDFLayoutTests {
  static let tools = ["soffice", "pdftotext", "pdftoppm", "pdfinfo"].allSatisfy { PackageValidation.findExecutable($0) != nil }
  /// In CI the tools must be there: a missing one fails the test instead of skipping it.
  static let runs = tools || ProcessInfo.processInfo.environment["CI"] == "true"
  static let mm = 72 / 25.4
  static let typeAreaTop = 37 * mm, typeAreaBottom = 262 * mm, typeAreaLeft = 28 * mm

  struct Word {
    let text: String
    let xMin, yMin, xMax, yMax: Double
  }

  /// A row of pixels of one colour class spanning `x0…x1` at height `y` (points).
  struct Row {
    let y, x0, x1: Double
    var width: Double { x1 - x0 }
  }

  static func words(_ pdf: String, page: Int) throws -> [Word] {
    let output = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdftotext")),
                                       ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf, "-"]).stdout
    let pattern = #/<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>/#
    return output.matches(of: pattern).compactMap { match in
      guard let x0 = Double(match.1), let y0 = Double(match.2), let x1 = Double(match.3), let y1 = Double(match.4) else { return nil }
      return Word(text: String(match.5), xMin: x0, yMin: y0, xMax: x1, yMax: y1)
    }
  }

  /// The page as RGB pixels at 144 dpi.
  struct Pixels {
    let width, height: Int
    let bytes: [UInt8]
    static let scale = 144.0 / 72

    init(_ pdf: String, page: Int, in dir: TestDirectory) throws {
      let prefix = dir.path("page\(page)")
      _ = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdftoppm")),
                                ["-f", "\(page)", "-l", "\(page)", "-r", "144", "-singlefile", pdf, prefix])
      let data = try FileBytes.read(prefix + ".ppm")
      // P6 header: magic, width, height, maximum, each followed by one white space
      var fields: [String] = [], field = "", offset = 0
      while fields.count < 4, offset < data.count {
        let byte = data[offset]
        offset += 1
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
          if !field.isEmpty { fields.append(field); field = "" }
        } else {
          field.append(Character(UnicodeScalar(byte)))
        }
      }
      width = Int(fields[1]) ?? 0
      height = Int(fields[2]) ?? 0
      bytes = Array(data[offset...])
    }

    func pixel(_ x: Int, _ y: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
      let i = (y * width + x) * 3
      return (bytes[i], bytes[i + 1], bytes[i + 2])
    }

    static func isRed(_ p: (r: UInt8, g: UInt8, b: UInt8)) -> Bool { p.r > 200 && p.g < 80 && p.b < 80 }
    static func isDark(_ p: (r: UInt8, g: UInt8, b: UInt8)) -> Bool { p.r < 90 && p.g < 90 && p.b < 90 }

    /// Rows where pixels of the class span more than `minimum` points.
    func rows(minimum: Double, _ matches: ((r: UInt8, g: UInt8, b: UInt8)) -> Bool) -> [Row] {
      var rows: [Row] = []
      for y in 0..<height {
        var first = -1, last = -1, count = 0
        for x in 0..<width where matches(pixel(x, y)) {
          if first < 0 { first = x }
          last = x
          count += 1
        }
        if Double(count) / Self.scale > minimum {
          rows.append(Row(y: Double(y) / Self.scale, x0: Double(first) / Self.scale, x1: Double(last + 1) / Self.scale))
        }
      }
      return rows
    }

    /// How many pixels of the class lie in a box given in points.
    func count(in box: (x0: Double, y0: Double, x1: Double, y1: Double), _ matches: ((r: UInt8, g: UInt8, b: UInt8)) -> Bool) -> Int {
      var count = 0
      for y in Int(box.y0 * Self.scale)..<min(height, Int(box.y1 * Self.scale)) {
        for x in Int(box.x0 * Self.scale)..<min(width, Int(box.x1 * Self.scale)) where matches(pixel(x, y)) { count += 1 }
      }
      return count
    }
  }

  /// Rows closer than 2 pt belong to one line; the first row of each.
  static func lines(_ rows: [Row]) -> [Row] {
    rows.reduce(into: [Row]()) { lines, row in
      if let last = lines.last, row.y - last.y < 2 { return }
      lines.append(row)
    }
  }

  @Test(.enabled(if: runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func fullNoticeMeasuresAsTheStandardSays(_ format: String) throws {
    #expect(Self.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let bytes = try NoticeTemplateTests.render(format, try NoticeTemplateTests.sample())
    let pdf = dir.path("notice.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let mm = Self.mm

    // 版头: the 标志's top 35 mm below the type area's top, red
    let first = try Self.words(pdf, page: 1)
    let issuer = try #require(first.first { $0.text.contains("某市人民政府办公室文件") })
    #expect(abs(issuer.yMin - Self.typeAreaTop - 35 * mm) <= 1 * mm, "标志 top \((issuer.yMin - Self.typeAreaTop) / mm) mm below the type area")
    let page1 = try Pixels(pdf, page: 1, in: dir)
    let issuerBox = (x0: issuer.xMin, y0: issuer.yMin, x1: issuer.xMax, y1: issuer.yMax)
    #expect(page1.count(in: issuerBox, Pixels.isRed) > 2000, "the 标志 is red")
    #expect(page1.count(in: issuerBox, Pixels.isDark) < 50, "the 标志 has no black")
    // the red line: 4 mm below the 发文字号, as wide as the type area
    let number = try #require(first.first { $0.text.hasPrefix("某政办发") })
    let red = Self.lines(page1.rows(minimum: 150 * mm, Pixels.isRed))
    #expect(red.count == 1, "one red line on page 1: \(red)")
    let line = try #require(red.first)
    #expect(abs(line.y - number.yMax - 4 * mm) <= 1 * mm, "red line \((line.y - number.yMax) / mm) mm below the 发文字号")
    #expect(abs(line.width - 156 * mm) <= 1 * mm && abs(line.x0 - Self.typeAreaLeft) <= 1 * mm, "red line \(line.width / mm) mm wide")
    // the 发文字号 two lines (2 × 28.95 pt) below the 标志's line, the title two lines below the red line
    let title = try #require(first.first { $0.text.hasPrefix("某市人民政府办公室关于") })
    #expect(title.yMin - line.y > 1.5 * 28.95 && title.yMin - line.y < 2.5 * 28.95, "title \((title.yMin - line.y) / 28.95) lines below the red line")

    // the sealed signature: on a page with body text above it, the seal's red over the name
    let pdfinfo = try #require(PackageValidation.findExecutable("pdfinfo"))
    let info = try ProcessRunner.run(pdfinfo, [pdf]).stdout
    let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.flatMap { Int($0) })
    var signaturePage = 0
    for page in 1...pages where try Self.words(pdf, page: page).contains(where: { $0.text == "（此件公开发布）" }) { signaturePage = page }
    #expect(signaturePage > 0)
    let signatureWords = try Self.words(pdf, page: signaturePage)
    let name = try #require(signatureWords.last { $0.text == "某市人民政府办公室" })
    let date = try #require(signatureWords.first { $0.text.hasPrefix("2023") && $0.yMin > name.yMin })
    #expect(signatureWords.contains { $0.text.hasPrefix("附件：") && $0.yMax < name.yMin }, "the signature is kept with the lines before it")
    let dateRight = try #require(signatureWords.filter { abs($0.yMin - date.yMin) < 1 }.map(\.xMax).max())
    #expect(abs(184 * mm - dateRight - 4 * 16) <= 1 * mm + 1, "date \((184 * mm - dateRight) / 16) 字 from the right")
    let signature = try Pixels(pdf, page: signaturePage, in: dir)
    let around = (x0: name.xMin - 10, y0: name.yMin - 60, x1: name.xMax + 10, y1: date.yMax + 40)
    #expect(signature.count(in: around, Pixels.isRed) > 3000, "the seal is printed over the signature")

    // 附件 pages: 附件N on the first line, the title on the third
    for (label, heading) in [("附件1", "2023年度机关作风建设专项检查评分表"), ("附件2", "自查报告提纲")] {
      var found = false
      for page in 1...pages {
        let words = try Self.words(pdf, page: page)
        // Word's spacing between CJK and digits may split "附件 1" into two words: read the line
        guard let labelWord = words.first(where: { word in
          words.filter { abs($0.yMin - word.yMin) < 1 }.map(\.text).joined() == label
        }) else { continue }
        found = true
        #expect(labelWord.yMin - Self.typeAreaTop < 28.95, "\(label) on the first line")
        let headingWord = try #require(words.first { $0.text.hasPrefix(String(heading.prefix(4))) })
        let lines = (headingWord.yMin - labelWord.yMin) / 28.95
        #expect(lines > 1.6 && lines < 2.4, "\(label): title \(lines) lines below the label")
      }
      #expect(found, "no page starts with \(label)")
    }

    // 版记 on the last page: three rules across the type area, the last on its bottom edge
    let last = try Pixels(pdf, page: pages, in: dir)
    let rules = Self.lines(last.rows(minimum: 150 * mm, Pixels.isDark))
    #expect(rules.count == 3, "\(rules)")
    if let bottom = rules.last {
      #expect(abs(bottom.y - Self.typeAreaBottom) <= 1 * mm, "last rule \((bottom.y - Self.typeAreaBottom) / mm) mm from the type area's bottom")
    }
    let lastWords = try Self.words(pdf, page: pages)
    #expect(lastWords.contains { $0.text.hasPrefix("抄送") })
    #expect(lastWords.contains { $0.text.hasSuffix("印发") })
  }

  /// The 请示's 发文字号 line: the number one 字 in from the left, 签发人 ending one 字 in from the right.
  @Test(.enabled(if: runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func requestDocumentNumberLine(_ format: String) throws {
    #expect(Self.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let options = TemplateOptions(baseDirectory: ShippedTemplateTests.repository.appendingPathComponent("samples").path)
    let template = try Template(path: ShippedTemplateTests.repository.appendingPathComponent("templates/request.\(format)").path, options: options)
    let bytes = try template.render(try DataLoader.load(path: ShippedTemplateTests.repository.appendingPathComponent("samples/request.yaml").path))
    let pdf = dir.path("request.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let words = try Self.words(pdf, page: 1)
    let number = try #require(words.first { $0.text.hasPrefix("某政") })
    let signer = try #require(words.first { $0.text.hasPrefix("签发人") })
    #expect(abs(number.xMin - Self.typeAreaLeft - 16) <= 1 * Self.mm, "发文字号 \((number.xMin - Self.typeAreaLeft) / 16) 字 in")
    #expect(abs(184 * Self.mm - signer.xMax - 16) <= 1 * Self.mm, "签发人 \((184 * Self.mm - signer.xMax) / 16) 字 from the right")
    #expect(abs(number.yMin - signer.yMin) < 1, "on one line")
    let red = Self.lines(try Pixels(pdf, page: 1, in: dir).rows(minimum: 150 * Self.mm, Pixels.isRed))
    #expect(red.count == 1 && abs((red.first?.y ?? 0) - number.yMax - 4 * Self.mm) <= 1 * Self.mm, "\(red)")
  }

  /// 命令（令）格式: the 标志 20 mm below the type area's top, 令号 two lines below it, no red line.
  @Test(.enabled(if: runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func orderHeader(_ format: String) throws {
    #expect(Self.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let samples = ShippedTemplateTests.repository.appendingPathComponent("samples")
    let template = try Template(path: ShippedTemplateTests.repository.appendingPathComponent("templates/order.\(format)").path,
                                options: TemplateOptions(baseDirectory: samples.path))
    let bytes = try template.render(try DataLoader.load(path: samples.appendingPathComponent("order.yaml").path))
    #expect(try FormatCheck.check(bytes: bytes, name: "order.\(format)") == [])
    let pdf = dir.path("order.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let words = try Self.words(pdf, page: 1)
    let issuer = try #require(words.first { $0.text == "某市人民政府令" })
    #expect(abs(issuer.yMin - Self.typeAreaTop - 20 * Self.mm) <= 1 * Self.mm, "标志 \((issuer.yMin - Self.typeAreaTop) / Self.mm) mm below the type area")
    let number = try #require(words.first { $0.text.hasPrefix("第") })
    let lines = (number.yMin - issuer.yMax) / 28.95
    #expect(lines > 1.5 && lines < 3, "令号 \(lines) lines below the 标志")
    let pixels = try Pixels(pdf, page: 1, in: dir)
    #expect(pixels.rows(minimum: 150 * Self.mm, Pixels.isRed).isEmpty, "no red line")
    #expect(pixels.count(in: (x0: issuer.xMin, y0: issuer.yMin, x1: issuer.xMax, y1: issuer.yMax), Pixels.isRed) > 1000)
  }
}
