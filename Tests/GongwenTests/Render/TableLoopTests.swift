import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Sections whose tags stand in different cells repeat table rows; tables left without rows go.
  @Suite("Table rows") struct TableRows {
    static let header = WordML.tr(WordML.cell("序号") + WordML.cell("名称"))
    static let data = #"{"rows": [{"name": "甲"}, {"name": "乙"}, {"name": "丙"}]}"#

    @Test func rowLoopWithTagsInOneRow() throws {
      let row = WordML.tr(WordML.cell("{{#rows}}{{$index}}") + WordML.cell("{{name}}{{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.table(Self.header + row) + WordML.para("表后"))
      let output = try DocxHarness.render(builder, Self.data)
      #expect(try output.tables() == [[["序号", "名称"], ["1", "甲"], ["2", "乙"], ["3", "丙"]]])
      #expect(try output.paragraphTexts().last == "表后")
    }

    @Test func rowLoopAcrossTwoRows() throws {
      let first = WordML.tr(WordML.cell("{{#rows}}{{name}}") + WordML.cell("主"))
      let second = WordML.tr(WordML.cell("{{note}}") + WordML.cell("次{{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.table(Self.header + first + second) + WordML.para(""))
      let output = try DocxHarness.render(builder, #"{"rows": [{"name": "甲", "note": "a"}, {"name": "乙", "note": "b"}]}"#)
      #expect(try output.tables() == [[["序号", "名称"], ["甲", "主"], ["a", "次"], ["乙", "主"], ["b", "次"]]])
    }

    @Test func rowLoopOverEmptyListKeepsTheHeaderRow() throws {
      let row = WordML.tr(WordML.cell("{{#rows}}{{$index}}") + WordML.cell("{{name}}{{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.table(Self.header + row) + WordML.para(""))
      let output = try DocxHarness.render(builder, #"{"rows": []}"#)
      #expect(try output.tables() == [[["序号", "名称"]]])
    }

    @Test func tableWhoseRowsAreAllRepeatedDisappearsWhenEmpty() throws {
      let row = WordML.tr(WordML.cell("{{#rows}}{{$index}}") + WordML.cell("{{name}}{{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.para("表前") + WordML.table(row) + WordML.para("表后"))
      let empty = try DocxHarness.render(builder, #"{"rows": []}"#)
      #expect(try empty.tables().isEmpty)
      #expect(try empty.paragraphTexts() == ["表前", "表后"])
      let full = try DocxHarness.render(builder, Self.data)
      #expect(try full.tables() == [[["1", "甲"], ["2", "乙"], ["3", "丙"]]])
    }

    @Test func tableWhoseRowsAreAllInvertedShowsOnlyWhenEmpty() throws {
      let row = WordML.tr(WordML.cell("{{^rows}}无") + WordML.cell("数据{{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.table(row) + WordML.para(""))
      #expect(try DocxHarness.render(builder, #"{"rows": []}"#).tables() == [[["无", "数据"]]])
      #expect(try DocxHarness.render(builder, Self.data).tables().isEmpty)
    }

    @Test func mergedCellsAreRepeatedWithTheirRows() throws {
      // Row 1 of each record: a cell spanning two columns, then a cell that starts a vertical merge;
      // row 2: two cells, then the merge's continuation.
      let first = WordML.tr(
        WordML.cell("{{#rows}}{{name}}", width: 4000, properties: "<w:gridSpan w:val=\"2\"/>")
          + WordML.cell("{{note}}", properties: "<w:vMerge w:val=\"restart\"/>"))
      let second = WordML.tr(
        WordML.cell("{{a}}") + WordML.cell("{{b}}") + WordML.cell("{{/rows}}", properties: "<w:vMerge/>"))
      let table = WordML.table(first + second, columns: [2000, 2000, 2000])
      let builder = WordPackageBuilder(body: table + WordML.para(""))
      let output = try DocxHarness.render(
        builder, #"{"rows": [{"name": "甲", "note": "n1", "a": "1", "b": "2"}, {"name": "乙", "note": "n2", "a": "3", "b": "4"}]}"#)
      #expect(try output.tables() == [[["甲", "n1"], ["1", "2", ""], ["乙", "n2"], ["3", "4", ""]]])
      let merges = try output.elements(W.name("vMerge")).map { $0.attribute(W.val) ?? "continue" }
      #expect(merges == ["restart", "continue", "restart", "continue"])
      #expect(try output.attributeValues(W.name("gridSpan"), W.val) == ["2", "2"])
    }

    @Test func cellWhoseOnlyContentIsAParagraphLoopKeepsAParagraph() throws {
      let loopCell = WordML.tc(WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}"))
      let table = WordML.table(WordML.tr(WordML.cell("事项") + loopCell))
      let builder = WordPackageBuilder(body: table + WordML.para(""))
      let empty = try DocxHarness.render(builder, #"{"items": []}"#)
      let cells = try empty.elements(W.tc)
      #expect(cells.count == 2)
      #expect(cells.allSatisfy { cell in cell.elementChildren.filter { $0.is(W.p) }.count == 1 })
      #expect(try empty.tables() == [[["事项", ""]]])
    }

    @Test func cellParagraphLoopWithItemsLeavesNoBlankParagraph() throws {
      let loopCell = WordML.tc(WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}"))
      let table = WordML.table(WordML.tr(WordML.cell("事项") + loopCell))
      let builder = WordPackageBuilder(body: table + WordML.para(""))
      let output = try DocxHarness.render(builder, #"{"items": ["甲", "乙"]}"#)
      #expect(try output.tables() == [[["事项", "甲\n乙"]]])
    }

    @Test func nestedTableRowLoopInsideAnOuterRowLoop() throws {
      let inner = WordML.table(WordML.tr(WordML.cell("{{#items}}{{.}}") + WordML.cell("{{$index}}{{/items}}")))
      let outerRow = WordML.tr(WordML.cell("{{#groups}}{{name}}") + WordML.tc(inner + WordML.para("{{/groups}}")))
      let builder = WordPackageBuilder(body: WordML.table(outerRow, columns: [2000, 4000]) + WordML.para(""))
      let output = try DocxHarness.render(builder, #"{"groups": [{"name": "A", "items": ["x", "y"]}, {"name": "B", "items": ["z"]}]}"#)
      let tables = try output.tables()
      #expect(tables.count == 3)
      #expect(tables[0].map { $0[0] } == ["A", "B"])
      #expect(tables[1] == [["x", "1"], ["y", "2"]])
      #expect(tables[2] == [["z", "1"]])
    }
  }
}

extension RenderTests.TableRows {
  @Test func cellLoopKeepsItsParagraphWhenAnEarlierInvertedSectionUsesTheSamePath() throws {
    // The guard on the kept closing paragraph must come from this loop's own opening tag, not from
    // the first section in the part that happens to use the same path (here an inverted one).
    let loopCell = WordML.tc(WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}"))
    let body = WordML.para("{{^items}}（暂无事项）{{/items}}") + WordML.table(WordML.tr(WordML.cell("事项") + loopCell)) + WordML.para("")
    let builder = WordPackageBuilder(body: body)
    let empty = try DocxHarness.render(builder, #"{"items": []}"#)
    #expect(try empty.elements(W.tc).allSatisfy { cell in cell.elementChildren.contains { $0.is(W.p) } },
            "a cell was left without a paragraph")
    #expect(try empty.tables() == [[["事项", ""]]])
    let full = try DocxHarness.render(builder, #"{"items": ["甲", "乙"]}"#)
    #expect(try full.tables() == [[["事项", "甲\n乙"]]])
  }
}

extension RenderTests.TableRows {
  @Test func tableWhoseRowsAreAllInTwoEmptyLoopsLeavesNoRowlessTable() throws {
    // Word treats a w:tbl without any w:tr as a corrupt document.
    let rows = WordML.tr(WordML.cell("{{#a}}{{.}}") + WordML.cell("{{/a}}")) + WordML.tr(WordML.cell("{{#b}}{{.}}") + WordML.cell("{{/b}}"))
    let builder = WordPackageBuilder(body: WordML.para("前") + WordML.table(rows) + WordML.para("后"))
    let output = try DocxHarness.render(builder, #"{"a": [], "b": []}"#)
    let tables = try output.elements(W.tbl)
    #expect(tables.allSatisfy { table in table.elementChildren.contains { $0.is(W.tr) } }, "a table without rows was written")
    let full = try DocxHarness.render(builder, #"{"a": ["1"], "b": ["2", "3"]}"#)
    #expect(try full.tables() == [[["1", ""], ["2", ""], ["3", ""]]])
  }
}
