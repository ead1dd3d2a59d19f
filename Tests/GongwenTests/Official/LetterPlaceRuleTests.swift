import Foundation
import Testing

@testable import Gongwen

/// The 信函's places (GB/T 9704-2012 10.1) broken one at a time in both formats: the first double
/// line 3 mm lower under the 标志, the second 3 mm higher than 20 mm above the page's bottom, and the
/// first page ending at the 35 mm bottom margin (its last line 10 mm, not 7/8 字, above the second
/// double line) are each named with their id.
struct LetterPlaceRuleTests {
  typealias Case = BrokenRuleTests.Case

  static let cases: [Case] = ["docx", "odt"].flatMap { format in
    [Case(id: "letter_lines", format: format, change: "first double line 3 mm lower"),
     Case(id: "letter_lines", format: format, change: "second double line 3 mm higher"),
     Case(id: "margin_bottom", format: format, change: "first page's bottom margin 35 mm")]
  }

  /// The named shapes moved by `millimetres` (down when positive).
  static func moved(_ bytes: [UInt8], _ format: String, _ names: [String], by millimetres: Double) throws -> [UInt8] {
    if format == "docx" {
      return try PackageEditing.edit(bytes, part: "word/document.xml") { root in
        for anchor in PackageEditing.elements(root, XMLName(W.drawingNS, "anchor")) {
          guard let name = anchor.child(XMLName(W.drawingNS, "docPr"))?.attribute(XMLName("", "name")), names.contains(name) else { continue }
          let offset = try #require(anchor.child(XMLName(W.drawingNS, "positionV"))?.child(XMLName(W.drawingNS, "posOffset")))
          let value = try #require(Int(offset.text))
          try #require(offset.children.first).remove()
          offset.append(try #require(offset.document.makeText(String(value + Int(millimetres * 36_000)))))
        }
      }
    }
    return try PackageEditing.edit(bytes, part: "content.xml") { root in
      for name in names {
        let shape = try #require(PackageEditing.elements(root, XMLName(ODF.drawNS, "rect"), where: XMLName(ODF.drawNS, "name"), is: name).first)
        let y = try #require(OpenDocumentStyleSheet.millimetres(shape.attribute(XMLName(ODF.svgNS, "y"))))
        shape.setAttribute(XMLName(ODF.svgNS, "y"), String(format: "%.3fcm", (y + millimetres) / 10))
      }
    }
  }

  static func broken(_ rule: Case, _ good: [UInt8]) throws -> [UInt8] {
    switch rule.change {
    case "first double line 3 mm lower": return try moved(good, rule.format, ["红色双线（上粗）", "红色双线（下细）"], by: 3)
    case "second double line 3 mm higher": return try moved(good, rule.format, ["红色双线（上细）", "红色双线（下粗）"], by: -3)
    default:
      if rule.format == "docx" {
        return try PackageEditing.edit(good, part: "word/document.xml") { root in
          try #require(PackageEditing.elements(root, W.name("pgMar")).first).setAttribute(W.name("bottom"), "1984")
        }
      }
      return try PackageEditing.edit(good, part: "styles.xml") { root in
        let layout = try #require(PackageEditing.elements(root, XMLName(ODF.styleNS, "page-layout"), where: XMLName(ODF.styleNS, "name"), is: "pm2").first)
        try #require(layout.child(XMLName(ODF.styleNS, "page-layout-properties"))).setAttribute(XMLName(OpenDocumentStyleSheet.foNS, "margin-bottom"), "3.5cm")
      }
    }
  }

  @Test(arguments: cases)
  func oneBrokenPlaceIsNamed(_ rule: Case) throws {
    let good = try LetterRuleTests.letter(rule.format)
    #expect(try FormatCheck.check(bytes: good, name: "letter.\(rule.format)") == [])
    let deviations = try FormatCheck.check(bytes: try Self.broken(rule, good), name: "broken.\(rule.format)")
    #expect(deviations.map(\.id) == [rule.id], "\(deviations)")
    BrokenRuleTests.expectChinese(deviations)
  }

  /// The first page's gap is computed from the properties as LibreOffice lays the lines out: 4.99 mm
  /// (its PDF: 5.0 mm).
  @Test(arguments: ["docx", "odt"])
  func firstPageGapIsSevenEighthsOfACharacter(_ format: String) throws {
    let layout = try FormatCheck.layout(bytes: try LetterRuleTests.letter(format), name: "letter.\(format)")
    let lower = try #require(GBT9704Check.letterLines(layout).lower.map(\.top).min())
    let gap = try #require(GBT9704Check.firstPageGap(layout, lowerLineTop: lower))
    #expect(abs(gap - 14 / GBT9704Check.pointsPerMillimetre) < 0.2, "\(gap) mm")
  }

  /// A landscape table in a 信函: its page turns the 35 mm type-area bottom of the pages after the
  /// first (their footer sets it), not the first page's lower margin, and the letter still passes.
  @Test(arguments: ["docx", "odt"])
  func landscapeTableInALetterTurnsTheTypeArea(_ format: String) throws {
    guard case .object(var data) = try LetterPDFLayoutTests.sample() else { throw CocoaError(.fileReadCorruptFile) }
    data["正文"] = try DataLoader.parseYAMLValue("- 正文。\n- 表格: {横排: true, 表头: [甲], 行: [[乙]]}\n- 正文。\n")
    let bytes = try LetterPDFLayoutTests.render(format, .object(data))
    #expect(try FormatCheck.check(bytes: bytes, name: "letter.\(format)") == [])
    guard format == "docx" else { return }
    let margins = try LandscapeTableTests.sections(bytes).compactMap { $0.child(W.name("pgMar")) }
    #expect(margins.map { $0.attribute(W.name("left")) } == ["1587", "1984", "1587"])
  }

  /// On paper with a printed letterhead (no 标志, no lines drawn) the first page's lower margin is the
  /// letter's, measured against the printed line's place; a first page that holds one line less is
  /// named. (Its first page at the usual 35 mm passes: nothing then tells it from another document.)
  @Test(arguments: ["docx", "odt"])
  func preprintedLetterhead(_ format: String) throws {
    guard case .object(var data) = try LetterPDFLayoutTests.sample() else { throw CocoaError(.fileReadCorruptFile) }
    data["发文机关标志"] = nil
    let good = try LetterPDFLayoutTests.render(format, .object(data))
    #expect(try FormatCheck.check(bytes: good, name: "letter.\(format)") == [])
    // its first page ending 4 mm higher leaves its last line 15 mm above the printed line
    let lower: [UInt8]
    if format == "docx" {
      lower = try PackageEditing.edit(good, part: "word/document.xml") { root in
        try #require(PackageEditing.elements(root, W.name("pgMar")).first).setAttribute(W.name("bottom"), "1701")
      }
    } else {
      lower = try PackageEditing.edit(good, part: "styles.xml") { root in
        let layout = try #require(PackageEditing.elements(root, XMLName(ODF.styleNS, "page-layout"), where: XMLName(ODF.styleNS, "name"), is: "pm2").first)
        try #require(layout.child(XMLName(ODF.styleNS, "page-layout-properties"))).setAttribute(XMLName(OpenDocumentStyleSheet.foNS, "margin-bottom"), "3cm")
      }
    }
    #expect(try FormatCheck.check(bytes: lower, name: "lower.\(format)").map(\.id) == ["margin_bottom"])
  }
}
