import Foundation
import Testing

@testable import Gongwen

/// The rest of the full notice's elements, measured in LibreOffice's PDF against GB/T 9704-2012:
/// 份号, 密级, 紧急程度 flush left on the first lines; 主送 flush left; body 2 字 in; the 附件说明's names
/// aligned; the sealed signature centred over its date; 附注 2 字 in; the 版记's lines one 4号 character in
/// from each side; page numbers one 4号 character in, their dashes 7 mm below the type area.
extension NoticePDFLayoutTests {
  /// One 3号 character (16 pt) and one 4号 character (14 pt).
  static let character = 16.0, smallCharacter = 14.0
  static let typeAreaRight = 184 * mm

  @Test(.enabled(if: runs, "needs soffice, pdftotext and pdftoppm (make test installs them)"), arguments: ["docx", "odt"])
  func everyElementStandsInItsPlace(_ format: String) throws {
    #expect(Self.tools, "soffice, pdftotext or pdftoppm is missing")
    let dir = try TestDirectory()
    defer { dir.remove() }
    let pdf = dir.path("notice.pdf")
    try Data(try OfficeConverter.convert(try NoticeTemplateTests.render(format, try NoticeTemplateTests.sample()),
                                         from: format == "docx" ? .docx : .odt, to: .pdf)).write(to: URL(fileURLWithPath: pdf))
    let mm = Self.mm, pitch = 28.95
    func near(_ value: Double, _ expected: Double) -> Bool { abs(value - expected) <= 1 * mm }

    // 版头: 份号, 密级★保密期限, 紧急程度 flush left on lines 1, 2, 3 of the type area
    let first = try Self.words(pdf, page: 1)
    for (line, text) in ["000123", "秘密★1年", "特急"].enumerated() {
      let word = try #require(first.first { $0.text == text }, "\(format): no \(text)")
      #expect(near(word.xMin, Self.typeAreaLeft), "\(format) \(text): \((word.xMin - Self.typeAreaLeft) / mm) mm from the left")
      let row = (word.yMin - Self.typeAreaTop) / pitch
      #expect(row >= Double(line) && row < Double(line + 1), "\(format) \(text) on line \(row + 1), not \(line + 1)")
    }
    // 发文字号 centred; 主送 flush left; the body's first line 2 字 in
    let number = try #require(first.first { $0.text.hasPrefix("某政办发") })
    #expect(near((number.xMin + number.xMax) / 2, 106 * mm), "\(format): 发文字号 centred on the type area")
    let recipient = try #require(first.first { $0.text.hasPrefix("各县") })
    #expect(near(recipient.xMin, Self.typeAreaLeft), "\(format): 主送 \((recipient.xMin - Self.typeAreaLeft) / mm) mm in")
    let body = try #require(first.first { $0.text.hasPrefix("为深入") })
    #expect(near(body.xMin - Self.typeAreaLeft, 2 * Self.character), "\(format): body \((body.xMin - Self.typeAreaLeft) / 16) 字 in")

    let pages = try LetterPDFLayoutTests.pageCount(pdf)
    var signaturePage = 0
    for page in 1...pages where try Self.words(pdf, page: page).contains(where: { $0.text == "（此件公开发布）" }) { signaturePage = page }
    let words = try Self.words(pdf, page: try #require(signaturePage > 0 ? signaturePage : nil))
    // 附件说明: "附件：" 2 字 in, the second name under the first name's number
    let note = try #require(words.first { $0.text.hasPrefix("附件：1.") })
    let second = try #require(words.first { $0.text.hasPrefix("2.") && $0.yMin > note.yMin })
    #expect(near(note.xMin - Self.typeAreaLeft, 2 * Self.character), "\(format): 附件说明 \((note.xMin - Self.typeAreaLeft) / 16) 字 in")
    #expect(near(second.xMin - note.xMin, 3 * Self.character), "\(format): the second name \((second.xMin - note.xMin) / 16) 字 after 附件")
    // sealed signature: the name centred over the date, the date 4 字 from the right; 附注 2 字 in below it
    let name = try #require(words.last { $0.text == "某市人民政府办公室" })
    let dateLine = words.filter { $0.yMin > name.yMin + 14 && $0.yMin < name.yMin + 43 }
    let dateStart = try #require(dateLine.map(\.xMin).min()), dateEnd = try #require(dateLine.map(\.xMax).max())
    #expect(near((name.xMin + name.xMax) / 2, (dateStart + dateEnd) / 2), "\(format): the name centred over the date")
    #expect(near(Self.typeAreaRight - dateEnd, 4 * Self.character), "\(format): date \((Self.typeAreaRight - dateEnd) / 16) 字 from the right")
    let remark = try #require(words.first { $0.text == "（此件公开发布）" })
    #expect(near(remark.xMin - Self.typeAreaLeft, 2 * Self.character) && remark.yMin > dateLine[0].yMax, "\(format): 附注")

    // 版记: 抄送 and 印发机关 one 4号 character in from the left, the 印发 date one in from the right
    let last = try Self.words(pdf, page: pages)
    let copyTo = try #require(last.first { $0.text.hasPrefix("抄送：") })
    let printer = try #require(last.last { $0.text == "某市人民政府办公室" })
    let printed = try #require(last.first { $0.text.hasSuffix("印发") })
    #expect(near(copyTo.xMin - Self.typeAreaLeft, Self.smallCharacter), "\(format): 抄送 \((copyTo.xMin - Self.typeAreaLeft) / mm) mm in")
    #expect(near(printer.xMin - Self.typeAreaLeft, Self.smallCharacter), "\(format): 印发机关 \((printer.xMin - Self.typeAreaLeft) / mm) mm in")
    #expect(near(Self.typeAreaRight - printed.xMax, Self.smallCharacter), "\(format): 印发日期 \((Self.typeAreaRight - printed.xMax) / mm) mm from the right")

    // page numbers: odd pages one 4号 character in from the right, even ones from the left; the dashes 7 mm below the type area
    for page in 1...min(pages, 2) {
      let dashes = try Self.words(pdf, page: page).filter { $0.text == "—" && $0.yMin > Self.typeAreaBottom }
      try #require(dashes.count == 2, "\(format) page \(page): \(dashes)")
      if page % 2 == 1 {
        #expect(near(Self.typeAreaRight - dashes[1].xMax, Self.smallCharacter), "\(format) page \(page): \((Self.typeAreaRight - dashes[1].xMax) / mm) mm from the right")
      } else {
        #expect(near(dashes[0].xMin - Self.typeAreaLeft, Self.smallCharacter), "\(format) page \(page): \((dashes[0].xMin - Self.typeAreaLeft) / mm) mm from the left")
      }
      // the dash's stroke: the dark rows inside its box
      let dash = dashes[0]
      let strokes = try Pixels(pdf, page: page, in: dir).rows(minimum: 0, Pixels.isDark)
        .filter { $0.y >= dash.yMin && $0.y <= dash.yMax && $0.x0 <= dash.xMax && $0.x1 >= dash.xMin }
      let stroke = try #require(strokes.first, "\(format) page \(page): no dash drawn")
      #expect(near(stroke.y - Self.typeAreaBottom, 7 * mm), "\(format) page \(page): dash \((stroke.y - Self.typeAreaBottom) / mm) mm below the type area")
    }
  }
}
