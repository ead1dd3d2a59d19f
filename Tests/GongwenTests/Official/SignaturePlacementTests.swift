import Foundation
import Testing

@testable import Gongwen

/// The unsealed signature (GB/T 9704-2012 7.3.5.2): the name 2 字 from the right, the date's first
/// character 2 字 right of the name's, the date never closer than 2 字 to the edge.
struct SignaturePlacementTests {
  static let character = SignaturePlacement.character

  @Test func aLongNameKeepsTwoCharactersAndTheDateFollowsItsFirstCharacter() {
    let placement = SignaturePlacement(names: ["某市人民政府办公室"], date: "2023年3月6日")
    #expect(placement.nameRight == 32)
    // 9 字 of name, a date of 4 digits, 2 digits and 3 汉字: 6 字 less the letter spacing of 2 characters
    let name = SignaturePlacement.width("某市人民政府办公室"), date = SignaturePlacement.width("2023年3月6日")
    #expect(abs(name - 9 * (16 - 0.25)) < 0.001 && abs(date - (6 * 8 + 3 * 16 - 9 * 0.25)) < 0.001)
    #expect(abs(placement.dateRight - (name - date)) < 0.001)
    #expect(abs((placement.nameRight + name) - (placement.dateRight + date) - 2 * Self.character) < 0.001, "the date starts 2 字 right of the name")
  }

  @Test(arguments: [("某局", "2024年12月31日"), ("某市教育局", "2023年3月6日"), ("某市人民政府", "2024年10月16日")])
  func aDateLongerThanTheNameStandsTwoCharactersIn(_ name: String, _ date: String) {
    let placement = SignaturePlacement(names: [name], date: date)
    #expect(placement.dateRight == 32)
    let step = (placement.nameRight + SignaturePlacement.width(name)) - (placement.dateRight + SignaturePlacement.width(date))
    #expect(abs(step - 2 * Self.character) < 0.001, "\(name): first characters \(step / 16) 字 apart")
    #expect(placement.nameRight > 32)
  }

  /// 7.3.5.2 moves the date to 2 字 in only when it is longer than the name: a date a little shorter
  /// follows the name's first character and ends less than 2 字 from the edge.
  @Test func aDateALittleShorterThanTheNameFollowsTheName() {
    let placement = SignaturePlacement(names: ["某县统计局党组"], date: "2024年3月1日")
    #expect(placement.nameRight == 32)
    #expect(placement.dateRight > 0 && placement.dateRight < 32)
    let step = (placement.nameRight + SignaturePlacement.width("某县统计局党组")) - (placement.dateRight + SignaturePlacement.width("2024年3月1日"))
    #expect(abs(step - 2 * Self.character) < 0.001)
  }

  @Test func jointSignaturesTakeTheLongestName() {
    let joint = SignaturePlacement(names: ["某市财政局", "某市人民政府办公室"], date: "2023年3月6日")
    #expect(joint == SignaturePlacement(names: ["某市人民政府办公室"], date: "2023年3月6日"))
  }

  /// The notice without a seal, rendered: the indents stand in the paragraphs, computed from the texts.
  @Test(arguments: ["docx", "odt"])
  func renderedIndentsFollowTheTexts(_ format: String) throws {
    for (name, date) in [("某局", "2024年12月31日"), ("某市人民政府办公室", "2023年3月6日"), ("某县统计局党组", "2024年3月1日")] {
      let data = try NoticeTemplateTests.sample(["印章": nil, "发文机关署名": .string(name), "成文日期": .string(date)])
      let bytes = try NoticeTemplateTests.render(format, data)
      let expected = SignaturePlacement(names: [name], date: date)
      let indents = try Self.rightIndents(bytes, format)
      #expect(indents[name].map { abs($0 - expected.nameRight) < 0.06 } == true, "\(format) \(name): \(indents)")
      #expect(indents[date].map { abs($0 - expected.dateRight) < 0.06 } == true, "\(format) \(date): \(indents)")
      #expect(try FormatCheck.check(bytes: bytes, name: "notice.\(format)") == [])
      try PackageValidation.expectValid(bytes)
    }
  }

  /// The right indent (points) of each body paragraph, by its text, as the rendered XML states it.
  static func rightIndents(_ bytes: [UInt8], _ format: String) throws -> [String: Double] {
    let archive = try ZipArchive(bytes: bytes, name: "notice.\(format)")
    var result: [String: Double] = [:]
    if format == "docx" {
      let document = try XMLDocument(parsing: try #require(try archive.read(named: "word/document.xml")), part: "document.xml")
      for paragraph in try #require(document.root?.child(W.name("body"))).elementChildren where paragraph.is(W.p) {
        if let right = paragraph.child(W.pPr)?.child(W.name("ind"))?.attribute(W.name("right")).flatMap(Double.init) {
          result[WordSignatureLayout.text(of: paragraph)] = right / 20
        }
      }
    } else {
      let document = try XMLDocument(parsing: try #require(try archive.read(named: "content.xml")), part: "content.xml")
      let root = try #require(document.root)
      var margins: [String: Double] = [:]
      for style in root.child(XMLName(ODF.officeNS, "automatic-styles"))?.elementChildren ?? [] {
        let value = style.child(XMLName(ODF.styleNS, "paragraph-properties"))?.attribute(XMLName(ODF.foNS, "margin-right"))
        if let name = style.attribute(XMLName(ODF.styleNS, "name")), let value, value.hasSuffix("pt") {
          margins[name] = Double(value.dropLast(2))
        }
      }
      let text = try #require(root.child(XMLName(ODF.officeNS, "body"))?.child(XMLName(ODF.officeNS, "text")))
      for paragraph in text.elementChildren where paragraph.is(ODF.p) {
        if let style = paragraph.attribute(ODF.text("style-name")), let margin = margins[style] {
          result[OpenDocumentSignatureLayout.printed(paragraph)] = margin
        }
      }
    }
    return result
  }
}
