import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// Copies of repeated content must stay valid: unique drawing ids, no duplicate bookmarks.
  @Suite("Repeated content") struct RepeatedContent {
    @Test func drawingIDsAreUniqueInEveryCopy() throws {
      var builder = WordPackageBuilder(
        body: WordML.p(WordML.drawing(id: 7)) + WordML.para("{{#items}}")
          + WordML.p(WordML.drawing(id: 1) + WordML.r("{{.}}")) + WordML.para("{{/items}}"))
      builder.includeImage = true
      let output = try DocxHarness.render(builder, #"{"items": ["甲", "乙", "丙"]}"#)
      let ids = try output.attributeValues(W.docPr, W.id)
      #expect(ids.count == 4)
      #expect(Set(ids).count == 4, "duplicate wp:docPr ids: \(ids)")
      #expect(ids.first == "7", "the drawing outside the loop keeps its id")
      #expect(ids.dropFirst().allSatisfy { (Int($0) ?? 0) > 7 }, "copies get ids above every id in use: \(ids)")
      #expect(try output.paragraphTexts() == ["", "甲", "乙", "丙"])
    }

    @Test func drawingIDsAreUniqueAcrossRowCopiesAndHeaders() throws {
      var builder = WordPackageBuilder(
        body: WordML.table(WordML.tr(WordML.cell("{{#rows}}{{.}}") + WordML.tc(WordML.p(WordML.drawing(id: 2) + WordML.r("{{/rows}}")))))
          + WordML.para(""))
      builder.headers = [WordML.p(WordML.drawing(id: 3))]
      builder.includeImage = true
      // The header's own relationship part is absent, so its drawing points nowhere: only check the ids.
      let output = try DocxHarness.render(builder, #"{"rows": ["a", "b"]}"#, validate: false)
      let body = try output.attributeValues(W.docPr, W.id)
      let header = try output.attributeValues(W.docPr, W.id, in: "word/header1.xml")
      let all = body + header
      #expect(all.count == 3)
      #expect(Set(all).count == 3, "duplicate wp:docPr ids: \(all)")
    }

    @Test func bookmarksInsideALoopRepeatWithFreshIDsAndNames() throws {
      let body = WordML.p("<w:bookmarkStart w:id=\"0\" w:name=\"开头\"/>" + WordML.r("正文") + "<w:bookmarkEnd w:id=\"0\"/>")
        + WordML.para("{{#items}}")
        + WordML.p("<w:bookmarkStart w:id=\"1\" w:name=\"条目\"/>" + WordML.r("{{.}}") + "<w:bookmarkEnd w:id=\"1\"/>")
        + WordML.para("{{/items}}")
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"items": ["甲", "乙", "丙"]}"#)
      let names = try output.attributeValues(W.bookmarkStart, W.name("name"))
      let startIDs = try output.attributeValues(W.bookmarkStart, W.annotationID)
      let endIDs = try output.attributeValues(W.bookmarkEnd, W.annotationID)
      #expect(names == ["开头", "条目", "条目_2", "条目_3"])
      #expect(startIDs.first == "0" && Set(startIDs).count == 4, "\(startIDs)")
      #expect(endIDs == startIDs, "every end follows its start's id")
      #expect(try output.paragraphTexts() == ["正文", "甲", "乙", "丙"])
    }

    @Test func bookmarksInsideARowLoopRepeatWithTheRow() throws {
      let row = WordML.tr(WordML.tc(WordML.p("<w:bookmarkStart w:id=\"5\" w:name=\"行\"/>" + WordML.r("{{#rows}}{{.}}")
        + "<w:bookmarkEnd w:id=\"5\"/>")) + WordML.cell("{{/rows}}"))
      let output = try DocxHarness.render(WordPackageBuilder(body: WordML.table(row) + WordML.para("")), #"{"rows": ["a", "b"]}"#)
      #expect(try output.attributeValues(W.bookmarkStart, W.name("name")) == ["行", "行_2"])
      let ids = try output.attributeValues(W.bookmarkStart, W.annotationID)
      let endIDs = try output.attributeValues(W.bookmarkEnd, W.annotationID)
      #expect(Set(ids).count == 2 && ids == endIDs)
    }

    /// A bookmark that starts before a loop and ends inside it is kept once: its end moves after the loop.
    @Test func aBookmarkAcrossTheLoopsEdgeIsKeptOnce() throws {
      let body = WordML.p("<w:bookmarkStart w:id=\"3\" w:name=\"名单\"/>" + WordML.r("名单："))
        + WordML.para("{{#items}}")
        + WordML.p(WordML.r("{{.}}") + "<w:bookmarkEnd w:id=\"3\"/>")
        + WordML.para("{{/items}}") + WordML.para("完")
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"items": ["甲", "乙"]}"#)
      #expect(try output.attributeValues(W.bookmarkStart, W.name("name")) == ["名单"])
      #expect(try output.attributeValues(W.bookmarkEnd, W.annotationID) == ["3"])
      let body_ = try #require(try output.xml("word/document.xml").root?.child(W.name("body")))
      let order = body_.elementChildren.map(\.localName)
      #expect(order.prefix(4) == ["p", "p", "p", "bookmarkEnd"], "the end stands after the repeated paragraphs: \(order)")
      #expect(try output.paragraphTexts() == ["名单：", "甲", "乙", "完"])
    }
  }
}
