import Foundation
import Testing

@testable import Gongwen

/// Tracked changes, move ranges and content controls inside a loop get fresh ids in every copy: no
/// annotation id repeats in the output, and a range's start and end keep sharing theirs.
@Suite("Annotation ids in loops")
struct RepeatedAnnotationIDTests {
  static let tracked = "w:author=\"张三\" w:date=\"2024-03-01T09:30:00Z\""

  static var body: String {
    WordML.para("{{#单位}}")
      + WordML.p("<w:ins w:id=\"11\" \(tracked)>" + WordML.r("{{名称}}") + "</w:ins>"
        + "<w:del w:id=\"12\" \(tracked)><w:r><w:delText>旧名称</w:delText></w:r></w:del>"
        + "<w:moveFromRangeStart w:id=\"13\" w:name=\"move1\" \(tracked)/><w:moveFrom w:id=\"14\" \(tracked)>"
        + WordML.r("移走") + "</w:moveFrom><w:moveFromRangeEnd w:id=\"13\"/>"
        + "<w:sdt><w:sdtPr><w:id w:val=\"-1730417365\"/></w:sdtPr><w:sdtContent>" + WordML.r("（{{负责人}}）")
        + "</w:sdtContent></w:sdt>")
      + WordML.para("{{/单位}}")
      + WordML.p("<w:ins w:id=\"20\" \(tracked)>" + WordML.r("完") + "</w:ins>")
  }

  @Test func everyAnnotationIDIsUnique() throws {
    let output = try DocxHarness.render(WordPackageBuilder(body: Self.body),
                                        #"{"单位": [{"名称": "甲局", "负责人": "王五"}, {"名称": "乙局", "负责人": "赵六"}, {"名称": "丙局", "负责人": "孙七"}]}"#)
    #expect(try output.paragraphTexts() == ["甲局移走（王五）", "乙局移走（赵六）", "丙局移走（孙七）", "完"])
    var ids: [String] = []
    for name in ["ins", "del", "moveFrom", "moveFromRangeStart"] {
      ids += try output.attributeValues(W.name(name), W.annotationID)
    }
    ids += try output.attributeValues(W.annotationID, W.val)
    #expect(ids.count == 16)
    #expect(Set(ids).count == ids.count, "\(ids)")
    // Each copy's move range ends with the id it started with.
    #expect(try output.attributeValues(W.name("moveFromRangeStart"), W.annotationID)
      == (try output.attributeValues(W.name("moveFromRangeEnd"), W.annotationID)))
    // Outside the loop the id stays.
    #expect(try output.attributeValues(W.name("ins"), W.annotationID).last == "20")
  }
}
