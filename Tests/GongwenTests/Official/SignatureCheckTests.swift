import Testing

@testable import Gongwen

/// The signature rules on layouts built by hand: an A4 page with the standard margins (type area
/// 442.2 pt wide), 3号 characters with −0.25 pt letter spacing (15.75 pt a character, a digit 7.75 pt);
/// indents in 字 of 16 pt.
struct SignatureCheckTests {
  static func paragraph(_ index: Int, _ text: String, alignment: String = "justify", left: Double = 0, right: Double = 0,
                        keep: Bool = true, title: Bool = false) -> DocumentLayout.Paragraph {
    var paragraph = DocumentLayout.Paragraph(index: index, runs: text.isEmpty ? [] : [DocumentLayout.Run(text: text, font: "仿宋_GB2312", size: 16, letterSpacing: -0.25)],
                                             lineSpacing: .exact(28.95), isTitle: title, firstLineIndent: 0, leftIndent: left, alignment: alignment)
    paragraph.rightIndent = right
    paragraph.keepWithNext = keep
    return paragraph
  }

  /// Title, a body line, a blank line, the name and the date.
  static func layout(name: String, nameRight: Double, date: String, dateRight: Double, bodyKept: Bool = true) -> DocumentLayout {
    var layout = DocumentLayout()
    layout.pages = [DocumentLayout.Page(name: .document, width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26)]
    layout.paragraphs = [paragraph(1, "关于某事的通知", alignment: "center", title: true), paragraph(2, "特此通知。", keep: bodyKept),
                         paragraph(3, "", keep: bodyKept), paragraph(4, name, alignment: "right", right: nameRight),
                         paragraph(5, date, alignment: "right", right: dateRight)]
    return layout
  }

  @Test func unsealedDateStartsTwoCharactersRightOfTheName() {
    // name 9 字 ending 2 字 in (left edge at 268.45 pt); the date 93.75 pt wide must start at 300.45 pt
    #expect(GBT9704Check.checkSignature(Self.layout(name: "某市人民政府办公室", nameRight: 32, date: "2024年3月6日", dateRight: 48)) == [])
    let fixed = GBT9704Check.checkSignature(Self.layout(name: "某市人民政府办公室", nameRight: 32, date: "2024年3月6日", dateRight: 64))
    #expect(fixed.map(\.id) == ["signature_position"])
    #expect(fixed.first?.found == "name 2 字 from the right, date starting 1 字 right of the name")
    // the name too far in
    #expect(GBT9704Check.checkSignature(Self.layout(name: "某市人民政府办公室", nameRight: 63, date: "2024年3月6日", dateRight: 79.5)).map(\.id)
      == ["signature_position"])
  }

  @Test func aDateLongerThanTheNameStandsTwoCharactersIn() {
    // name 某局 (31.5 pt), date 93.75 pt: the date ends 2 字 in, the name starts 2 字 left of it
    #expect(GBT9704Check.checkSignature(Self.layout(name: "某局", nameRight: 126.25, date: "2024年3月6日", dateRight: 32)) == [])
    #expect(GBT9704Check.checkSignature(Self.layout(name: "某局", nameRight: 32, date: "2024年3月6日", dateRight: 32)).map(\.id)
      == ["signature_position"])
  }

  @Test func bodyNotKeptWithTheSignatureIsReported() {
    let found = GBT9704Check.checkSignature(Self.layout(name: "某市人民政府办公室", nameRight: 32, date: "2024年3月6日", dateRight: 48, bodyKept: false))
    #expect(found.map(\.id) == ["signature_alone"])
    #expect(found.first?.found == "¶2 ¶3 not kept with the next paragraph")
  }

  @Test func sealedNameCentredOverTheDate() {
    var layout = Self.layout(name: "某市人民政府办公室", nameRight: 0, date: "2024年3月6日", dateRight: 64)
    // date from 284.45 to 378.2 pt: centre 331.33; a centred name between left indent L and the right edge
    // is centred at (L + 442.2) / 2
    layout.paragraphs[3].alignment = "center"
    layout.paragraphs[3].leftIndent = 2 * 331.33 - 442.2
    layout.paragraphs[3].picture = DocumentLayout.Picture(behindText: true, width: 119, centre: 331.33)
    #expect(GBT9704Check.checkSignature(layout) == [])
    layout.paragraphs[3].picture?.behindText = false
    #expect(GBT9704Check.checkSignature(layout).map(\.id) == ["seal_placement"])
    layout.paragraphs[3].picture?.behindText = true
    layout.paragraphs[4].rightIndent = 32
    #expect(Set(GBT9704Check.checkSignature(layout).map(\.id)) == ["signature_position", "seal_placement"])
  }
}
