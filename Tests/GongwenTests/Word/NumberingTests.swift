import Foundation
import Testing

@testable import Gongwen

/// Word-specific behaviour of rendering: numbering, drawings, bookmarks, parts, value encoding,
/// packaging. Filter with `--filter WordTests`.
@Suite struct WordTests {}

extension WordTests {
  @Suite("Numbering") struct Numbering {
    /// Abstract 0 starts at 1, abstract 1 starts at 3; instances 1 → 0 and 2 → 1.
    static let numbering = WordML.abstractNum(0) + WordML.abstractNum(1, start: 3)
      + WordML.num(1, abstract: 0) + WordML.num(2, abstract: 1)

    private func builder(_ body: String, numbering: String = Numbering.numbering) -> WordPackageBuilder {
      var builder = WordPackageBuilder(body: body)
      builder.numbering = numbering
      return builder
    }

    @Test func eachRepetitionOneItemKeepsOneListThatContinues() throws {
      let body = WordML.para("{{#items}}") + WordML.para("{{.}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/items}}")
      let builder = builder(body)
      let output = try DocxHarness.render(builder, #"{"items": ["甲", "乙", "丙"]}"#)
      let paragraphs = try output.paragraphs()
      #expect(paragraphs.map(\.text) == ["甲", "乙", "丙"])
      #expect(paragraphs.map(\.numID) == ["1", "1", "1"])
      // numbering.xml is not touched.
      let original = try RenderedPackage(try builder.build())
      #expect(try output.data("word/numbering.xml") == original.data("word/numbering.xml"))
    }

    @Test func listStartingInsideTheRepeatedBlockRestartsInEveryRepetition() throws {
      let body = WordML.para("{{#sections}}") + WordML.para("{{title}}")
        + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 1))
        + WordML.para("{{/sections}}")
      let data = #"{"sections": [{"title": "一", "a": "1a", "b": "1b"}, {"title": "二", "a": "2a", "b": "2b"}, {"title": "三", "a": "3a", "b": "3b"}]}"#
      let output = try DocxHarness.render(builder(body), data)
      let items = try output.paragraphs().filter { $0.numID != nil }
      #expect(items.map(\.text) == ["1a", "1b", "2a", "2b", "3a", "3b"])
      let ids = items.map { $0.numID ?? "" }
      #expect(ids[0] == ids[1] && ids[2] == ids[3] && ids[4] == ids[5])
      #expect(Set([ids[0], ids[2], ids[4]]).count == 3, "each repetition needs its own list instance: \(ids)")
      #expect(!ids.contains("1") && !ids.contains("2"), "new instances must not reuse existing ids: \(ids)")

      // numbering.xml gets one w:num per new instance, pointing at abstract 0 with a restart at 1.
      let nums = try output.elements(W.num, in: "word/numbering.xml")
      #expect(nums.count == 2 + 3)
      for id in Set(ids) {
        let num = try #require(nums.first { $0.attribute(W.name("numId")) == id }, "no w:num for \(id)")
        #expect(num.child(W.abstractNumId)?.attribute(W.val) == "0")
        let override = num.child(W.name("lvlOverride"))
        #expect(override?.attribute(W.name("ilvl")) == "0")
        #expect(override?.child(W.name("startOverride"))?.attribute(W.val) == "1")
      }
      // The original instances are kept.
      #expect(nums.prefix(2).map { $0.attribute(W.name("numId")) } == ["1", "2"])
    }

    @Test func restartUsesTheStartValueOfTheAbstractNumbering() throws {
      let body = WordML.para("{{#sections}}")
        + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 2)) + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 2))
        + WordML.para("{{/sections}}")
      let output = try DocxHarness.render(builder(body), #"{"sections": [{"a": "x", "b": "y"}, {"a": "z", "b": "w"}]}"#)
      let added = try output.elements(W.num, in: "word/numbering.xml").dropFirst(2)
      #expect(added.count == 2)
      for num in added {
        #expect(num.child(W.abstractNumId)?.attribute(W.val) == "1")
        #expect(num.child(W.name("lvlOverride"))?.child(W.name("startOverride"))?.attribute(W.val) == "3")
      }
    }

    @Test func newInstancesGoBeforeNumIdMacAtCleanup() throws {
      let numbering = Self.numbering + "<w:numIdMacAtCleanup w:val=\"1\"/>"
      let body = WordML.para("{{#s}}") + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1))
        + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/s}}")
      let output = try DocxHarness.render(builder(body, numbering: numbering), #"{"s": [{"a": 1, "b": 2}]}"#)
      let root = try #require(try output.xml("word/numbering.xml").root)
      let names = root.elementChildren.map(\.localName)
      #expect(names == ["abstractNum", "abstractNum", "num", "num", "num", "numIdMacAtCleanup"])
    }

    @Test func listWithItemsOutsideTheLoopContinues() throws {
      let body = WordML.para("第一项", pPr: WordML.listPPr(numId: 1))
        + WordML.para("{{#items}}") + WordML.para("{{.}}", pPr: WordML.listPPr(numId: 1))
        + WordML.para("{{.}}补充", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/items}}")
      let output = try DocxHarness.render(builder(body), #"{"items": ["甲", "乙"]}"#)
      #expect(try output.paragraphs().map(\.numID) == ["1", "1", "1", "1", "1"])
    }

    @Test func singleItemListInNestedLoopRestartsPerOuterRepetition() throws {
      let body = WordML.para("{{#groups}}") + WordML.para("{{name}}")
        + WordML.para("{{#items}}") + WordML.para("{{.}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/items}}")
        + WordML.para("{{/groups}}")
      let output = try DocxHarness.render(builder(body), #"{"groups": [{"name": "A", "items": ["a1", "a2"]}, {"name": "B", "items": ["b1", "b2", "b3"]}]}"#)
      let items = try output.paragraphs().filter { $0.numID != nil }
      #expect(items.map(\.text) == ["a1", "a2", "b1", "b2", "b3"])
      let ids = items.compactMap(\.numID)
      #expect(ids[0] == ids[1])
      #expect(ids[2] == ids[3] && ids[3] == ids[4])
      #expect(ids[0] != ids[2])
    }

    @Test func emptyLoopAddsNoNumberingInstance() throws {
      let body = WordML.para("{{#s}}") + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1))
        + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{/s}}")
      let output = try DocxHarness.render(builder(body), #"{"s": []}"#)
      #expect(try output.elements(W.num, in: "word/numbering.xml").count == 2)
    }
  }
}

extension WordTests.Numbering {
  @Test func listInsideARepeatedRowRestartsPerRow() throws {
    let cell = WordML.tc(WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{b}}{{/rows}}", pPr: WordML.listPPr(numId: 1)))
    let table = WordML.table(WordML.tr(WordML.cell("{{#rows}}{{name}}") + cell))
    var builder = WordPackageBuilder(body: table + WordML.para(""))
    builder.numbering = Self.numbering
    let output = try DocxHarness.render(builder, #"{"rows": [{"name": "甲", "a": 1, "b": 2}, {"name": "乙", "a": 3, "b": 4}]}"#)
    let ids = try output.paragraphs().compactMap(\.numID)
    #expect(ids.count == 4)
    #expect(ids[0] == ids[1] && ids[2] == ids[3] && ids[0] != ids[2], "\(ids)")
    #expect(try output.elements(W.num, in: "word/numbering.xml").count == 4)
  }
}
