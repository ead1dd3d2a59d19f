import Foundation
import Testing

@testable import Gongwen

/// A 横排 table over landscape pages of both parities in both formats, through LibreOffice to PDF: each
/// page's number stands at its side, turned with the page: the odd page's at the left edge reading top
/// to bottom and ending 1 字 (4号) inside the type area's edge (210 − 26 − 4.94 = 179.06 mm down), the
/// even page's at the right edge reading bottom to top from 177 mm down.
struct LandscapeNumberPDFTests {
  typealias Layout = NoticePDFLayoutTests
  static let mm = Layout.mm

  @Test(.enabled(if: Layout.runs, "needs soffice, pdftotext and pdfinfo (make test installs them)"), arguments: ["docx", "odt"])
  func numbersStandAtTheSideOfBothLandscapePages(_ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    guard case .object(var data) = try LetterPDFLayoutTests.sample() else { throw CocoaError(.fileReadCorruptFile) }
    let rows = (1...40).map { "[单位\($0), \($0)]" }.joined(separator: ", ")
    data["正文"] = try DataLoader.parseYAMLValue("- 正文。\n- 表格: {横排: true, 表头: [单位, 人数], 行: [\(rows)]}\n- 正文。\n")
    let bytes = try LetterPDFLayoutTests.render(format, .object(data))
    #expect(try FormatCheck.check(bytes: bytes, name: "letter.\(format)") == [])
    let pdf = dir.path("landscape.pdf")
    try Data(try OfficeConverter.convert(bytes, from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let sizes = try LandscapeTablePDFTests.pageSizes(pdf)
    let landscape = sizes.indices.filter { sizes[$0].width > sizes[$0].height }.map { $0 + 1 }
    let oddPage = try #require(landscape.first { $0 % 2 == 1 }, "\(format): \(sizes)")
    let evenPage = try #require(landscape.first { $0 % 2 == 0 }, "\(format): \(sizes)")
    let mm = Self.mm

    let odd = try Layout.words(pdf, page: oddPage).filter { $0.xMax < 35 * mm && ["—", "\(oddPage)"].contains($0.text) }
    try #require(odd.count == 3, "\(format): page \(oddPage)'s side: \(odd.map(\.text))")
    let oddOrder = odd.sorted { $0.yMin < $1.yMin }.map(\.text)
    #expect(oddOrder == ["—", "\(oddPage)", "—"] && odd.allSatisfy { $0.xMin > 20 * mm }, "\(format): page \(oddPage) \(oddOrder)")
    let oddEnd = try #require(odd.map(\.yMax).max())
    #expect(abs(oddEnd - 179.06 * mm) <= 1 * mm, "\(format): page \(oddPage)'s number ends \(oddEnd / mm) mm down")

    let even = try Layout.words(pdf, page: evenPage).filter { $0.xMin > 262 * mm && ["—", "\(evenPage)"].contains($0.text) }
    try #require(even.count == 3, "\(format): page \(evenPage)'s side: \(even.map(\.text))")
    #expect(even.allSatisfy { $0.xMax < 280 * mm }, "\(format): page \(evenPage)'s number \(even.map { $0.xMin / mm }) mm across")
    let evenStart = try #require(even.map(\.yMax).max())
    #expect(abs(evenStart - 177.06 * mm) <= 1 * mm, "\(format): page \(evenPage)'s number starts \(evenStart / mm) mm down")
  }
}
