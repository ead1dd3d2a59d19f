import Foundation
import Testing

@testable import Gongwen

/// The unsealed signature through LibreOffice to PDF (GB/T 9704-2012 7.3.5.2), measured with
/// `pdftotext -bbox`: the name 2 字 from the type area's right edge, the date's first character 2 字
/// right of the name's; a date longer than the name 2 字 from the edge and the name moved left by as much.
struct SignaturePDFLayoutTests {
  typealias Layout = NoticePDFLayoutTests
  static let mm = Layout.mm, right = 184 * Layout.mm

  @Test(.enabled(if: Layout.runs, "needs soffice and pdftotext (make test installs them)"), arguments: ["docx", "odt"])
  func unsealedSignatureFollowsTheNamesLength(_ format: String) throws {
    #expect(Layout.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    // 9 字 over a date of 6 字 (4 and 2 half-width digits): the name 2 字 in, the date 3 字 in;
    // 2 字 over a date of 7 字: the date 2 字 in, the name 2 + 7 + 2 − 2 = 9 字 in (less the letter spacing)
    for (name, date, nameRight, dateRight) in [("某市人民政府办公室", "2023年3月6日", 2.0, 3.0), ("某局", "2024年12月31日", 8.86, 2.0)] {
      let data = try NoticeTemplateTests.sample(["印章": nil, "附件": nil, "抄送机关": nil, "印发机关": nil, "印发日期": nil, "发文机关署名": .string(name), "成文日期": .string(date)])
      let pdf = dir.path("signature.pdf")
      try Data(try OfficeConverter.convert(try NoticeTemplateTests.render(format, data), from: format == "docx" ? .docx : .odt, to: .pdf))
        .write(to: URL(fileURLWithPath: pdf))
      let pages = try LetterPDFLayoutTests.pageCount(pdf)
      let words = try Layout.words(pdf, page: pages)
      let nameWord = try #require(words.last { $0.text == name }, "\(format): no \(name) on page \(pages)")
      // Word's spacing between CJK and digits may split the date into words: its line's ends
      let dateLine = words.filter { $0.yMin > nameWord.yMin + 14 && $0.yMin < nameWord.yMin + 43 }
      let dateStart = try #require(dateLine.map(\.xMin).min(), "\(format): no date below \(name)")
      let dateEnd = try #require(dateLine.map(\.xMax).max())
      #expect(abs(Self.right - nameWord.xMax - nameRight * 16) <= 1 * Self.mm,
              "\(format) \(name): \((Self.right - nameWord.xMax) / 16) 字 from the right, not \(nameRight)")
      #expect(abs(dateStart - nameWord.xMin - 2 * 16) <= 1 * Self.mm,
              "\(format) \(name): the date starts \((dateStart - nameWord.xMin) / 16) 字 right of the name")
      #expect(abs(Self.right - dateEnd - dateRight * 16) <= 1 * Self.mm,
              "\(format) \(name): the date \((Self.right - dateEnd) / 16) 字 from the right, not \(dateRight)")
    }
  }
}
