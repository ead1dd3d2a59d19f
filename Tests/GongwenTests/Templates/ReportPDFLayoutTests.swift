import Foundation
import Testing

@testable import Gongwen

/// The reports (上行文) carry the 请示's 版头 and the 版记: measured in LibreOffice's PDF as the notice is.
struct ReportPDFLayoutTests {
  typealias Layout = NoticePDFLayoutTests
  static let repository = ShippedTemplateTests.repository

  /// The 版头 and 版记 keys added to a sample that has none of them.
  static let header: [String: Value] = [
    "发文机关标志": .string("某市某局文件"), "发文字号": .string("某局发〔2023〕3号"), "签发人": .list([.string("李某")]),
    "抄送机关": .list([.string("市委办公室")]), "印发机关": .string("某市某局办公室"), "印发日期": .string("2023-01-16"),
  ]

  static func data(_ sample: String, adding: [String: Value]) throws -> Value {
    guard case .object(var data) = try DataLoader.load(path: repository.appendingPathComponent("samples/\(sample).yaml").path) else {
      throw CocoaError(.fileReadCorruptFile)
    }
    for (key, value) in adding where data[key] == nil { data[key] = value }
    return .object(data)
  }

  @Test(.enabled(if: Layout.runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"),
        arguments: [("report", "report"), ("party-building-report", "party-building-2022"), ("activity-report", "activity-report")],
        ["docx", "odt"])
  func reportHeaderAndImprint(_ template: (name: String, sample: String), _ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let mm = Layout.mm
    let options = TemplateOptions(baseDirectory: Self.repository.appendingPathComponent("samples").path)
    let bytes = try Template(path: Self.repository.appendingPathComponent("templates/\(template.name).\(format)").path, options: options)
      .render(try Self.data(template.sample, adding: Self.header))
    let deviations = try FormatCheck.check(bytes: bytes, name: "\(template.name).\(format)")
    #expect(deviations.map(\.id) == [], "\(deviations)")
    let pdf = dir.path("report.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))

    let words = try Layout.words(pdf, page: 1)
    let issuer = try #require(words.first { $0.text.hasSuffix("文件") && $0.yMin < 100 * mm })
    #expect(abs(issuer.yMin - Layout.typeAreaTop - 35 * mm) <= 1 * mm, "标志 \((issuer.yMin - Layout.typeAreaTop) / mm) mm below the type area")
    let page1 = try Layout.Pixels(pdf, page: 1, in: dir)
    #expect(page1.count(in: (x0: issuer.xMin, y0: issuer.yMin, x1: issuer.xMax, y1: issuer.yMax), Layout.Pixels.isRed) > 1000, "the 标志 is red")
    // 上行文: the 发文字号 one 字 in from the left, 签发人 on its line ending one 字 in from the right
    let number = try #require(words.first { $0.text.hasPrefix("某") && $0.text.contains("〔") })
    let signer = try #require(words.first { $0.text.hasPrefix("签发人") })
    #expect(abs(number.xMin - Layout.typeAreaLeft - 16) <= 1 * mm, "发文字号 \((number.xMin - Layout.typeAreaLeft) / 16) 字 in")
    #expect(abs(184 * mm - signer.xMax - 16) <= 1 * mm, "签发人 \((184 * mm - signer.xMax) / 16) 字 from the right")
    #expect(abs(number.yMin - signer.yMin) < 1, "on one line")
    let red = Layout.lines(page1.rows(minimum: 150 * mm, Layout.Pixels.isRed))
    #expect(red.count == 1 && abs((red.first?.y ?? 0) - number.yMax - 4 * mm) <= 1 * mm, "red line \(red)")

    // 版记 on the last page: three rules, the last on the type area's bottom edge; 抄送 and 印发
    let pages = try LetterPDFLayoutTests.pageCount(pdf)
    let rules = Layout.lines(try Layout.Pixels(pdf, page: pages, in: dir).rows(minimum: 150 * mm, Layout.Pixels.isDark))
    #expect(rules.count == 3, "\(rules)")
    #expect(abs((rules.last?.y ?? 0) - Layout.typeAreaBottom) <= 1 * mm, "last rule \(((rules.last?.y ?? 0) - Layout.typeAreaBottom) / mm) mm off")
    let last = try Layout.words(pdf, page: pages).map(\.text).joined()
    #expect(last.contains("抄送：市委办公室。") && last.contains("2023年1月16日印发"), "\(last.suffix(60))")
  }
}
