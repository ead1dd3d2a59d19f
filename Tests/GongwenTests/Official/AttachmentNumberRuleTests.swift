import Foundation
import Testing

@testable import Gongwen

/// A 附件说明's later numbers (`2.` under `1.`) in the full notice, both formats: the shipped tab stop
/// passes; moved one 字 to the right it is named `attachment_note`.
struct AttachmentNumberRuleTests {
  @Test(arguments: ["docx", "odt"])
  func movedTabStopIsNamed(_ format: String) throws {
    let good = try #require(BrokenRuleTests.rendered[format])
    let layout = try FormatCheck.layout(bytes: good, name: "notice.\(format)")
    let items = layout.paragraphs.filter { $0.text.hasPrefix("\t2.") || $0.text.hasPrefix("附件：1.") }
    try #require(items.count == 2, "\(layout.paragraphs.map(\.text))")
    #expect(try FormatCheck.check(bytes: good, name: "notice.\(format)") == [])
    let moved = format == "docx"
      ? try PackageEditing.edit(good, part: "word/styles.xml") { root in
        let tabs = try PackageEditing.wordStyle(root, "GongwenAttachment", "pPr").child(W.name("tabs"))
        try #require(tabs?.child(W.name("tab"))).setAttribute(W.name("pos"), "1920")
      }
      : try PackageEditing.edit(good, part: "styles.xml") { root in
        let stops = try PackageEditing.odfStyle(root, "GongwenAttachment", "paragraph-properties").child(XMLName(ODF.styleNS, "tab-stops"))
        try #require(stops?.child(XMLName(ODF.styleNS, "tab-stop"))).setAttribute(XMLName(ODF.styleNS, "position"), "0.5pt")
      }
    let deviations = try FormatCheck.check(bytes: moved, name: "moved.\(format)")
    #expect(deviations.map(\.id) == ["attachment_note"], "\(deviations)")
    BrokenRuleTests.expectChinese(deviations)
  }
}
