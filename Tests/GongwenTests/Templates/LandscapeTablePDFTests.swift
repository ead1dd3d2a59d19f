import Foundation
import Testing

@testable import Gongwen

/// A table with `横排: true` on landscape pages of its own, through LibreOffice to PDF: the table's page
/// is A4 across with the same 156 × 225 mm type area, it keeps its page number and the numbering runs
/// on (at the page's side in both formats: Word's turned text box, ODT's turned shape); the pages before
/// and after stay portrait with the usual margins.
struct LandscapeTablePDFTests {
  typealias Layout = NoticePDFLayoutTests
  static let mm = Layout.mm

  /// The notice sample with its 时间安排 table on landscape pages.
  static func data() throws -> Value {
    let yaml = String(decoding: try FileBytes.read(ShippedTemplateTests.repository.appendingPathComponent("samples/notice.yaml").path), as: UTF8.self)
      .replacingOccurrences(of: "      - 表格:\n          表头: [阶段", with: "      - 表格:\n          横排: true\n          表头: [阶段")
    #expect(yaml.contains("横排: true"))
    return try DataLoader.parseYAMLValue(yaml)
  }

  static func pageSizes(_ pdf: String) throws -> [(width: Double, height: Double)] {
    let info = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdfinfo")), ["-f", "1", "-l", "99", pdf]).stdout
    return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.compactMap { line in
      let numbers = line.split(separator: " ").compactMap { Double($0) }
      return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
    }
  }

  @Test(.enabled(if: Layout.runs, "needs soffice, pdftotext and pdfinfo (make test installs them)"), arguments: ["docx", "odt"])
  func landscapeTablePageKeepsItsNumberAndTheOthersStayPortrait(_ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let bytes = try NoticeTemplateTests.render(format, try Self.data())
    try PackageValidation.expectValid(bytes)
    let pdf = dir.path("landscape.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let mm = Self.mm
    let sizes = try Self.pageSizes(pdf)
    let landscape = sizes.indices.filter { sizes[$0].width > sizes[$0].height }.map { $0 + 1 }
    try #require(landscape.count == 1, "\(format): landscape pages \(landscape) of \(sizes)")
    let page = landscape[0]
    #expect(page > 1 && page < sizes.count, "\(format): the table's page stands between portrait pages")

    // the table on the landscape page, inside its type area: left 35 mm, top 28 mm, 225 mm wide
    let words = try Layout.words(pdf, page: page)
    let header = try #require(words.first { $0.text == "阶段" }, "\(format): the table is not on page \(page)")
    #expect(header.yMin > 28 * mm && header.yMin < 45 * mm, "\(format): the table starts \(header.yMin / mm) mm from the top")
    let right = try #require(words.filter { $0.yMin < 184 * mm }.map(\.xMax).max())
    #expect(right <= 262 * mm + 1 * mm && right > 200 * mm, "\(format): the table reaches \(right / mm) mm across")

    // its page number, and the numbering runs on
    let number = try #require(words.first { $0.text == "\(page)" }, "\(format): page \(page) shows no number")
    // at the page's side, where portrait pages have it: odd pages on the left, its end 1 字 (4号) from the type area's edge
    #expect(number.xMax < 35 * mm && number.xMin > 20 * mm, "\(format): number at \(number.xMin / mm)–\(number.xMax / mm) mm across")
    let dashes = words.filter { $0.text == "—" && $0.xMax < 35 * mm }
    let end = try #require(dashes.map(\.yMax).max())
    #expect(abs(end - (210 - 26 - 4.94) * mm) <= 1 * mm, "\(format): the number ends \(end / mm) mm down")
    let after = try Layout.words(pdf, page: page + 1)
    #expect(after.contains { $0.text == "\(page + 1)" && $0.yMin > 262 * mm }, "\(format): page \(page + 1) numbered below its type area")

    // the pages around it: portrait, the body's lines starting 28 mm from the left and 37 mm from the top
    for portrait in [page - 1, page + 1] {
      let body = try Layout.words(pdf, page: portrait).filter { $0.yMin < 262 * mm }
      let left = try #require(body.map(\.xMin).min()), top = try #require(body.map(\.yMin).min())
      #expect(abs(left - 28 * mm) <= 1 * mm, "\(format) page \(portrait): text from \(left / mm) mm")
      #expect(top > 37 * mm && top < 37 * mm + 28.95, "\(format) page \(portrait): first line at \(top / mm) mm")
    }
  }
}
