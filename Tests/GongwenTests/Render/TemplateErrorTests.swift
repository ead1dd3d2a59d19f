import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Structural errors found while compiling, and data errors found while rendering: all collected,
  /// each with its part, paragraph and tag.
  @Suite("Template errors") struct Errors {
    @Test func sectionFromBodyIntoTableIsRefusedWithItsLocation() throws {
      let body = WordML.para("说明") + WordML.para("{{#rows}}")
        + WordML.table(WordML.tr(WordML.cell("{{name}}") + WordML.cell("{{/rows}}"))) + WordML.para("")
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: body))
      #expect(errors.count == 1)
      let error = try #require(errors.first)
      #expect(error.kind == .sectionCrossesTable("{{#rows}}"))
      #expect(error.tagText == "{{#rows}}")
      #expect(error.location?.part == "word/document.xml")
      #expect(error.location?.paragraph == 2)
      #expect(error.location?.paragraphText == "{{#rows}}")
      #expect(error.location?.offset == 0)
      #expect(error.location?.length == "{{#rows}}".utf8.count)
      #expect(error.location?.file == "template.docx")
    }

    @Test func sectionCrossingTwoTablesIsRefused() throws {
      let first = WordML.table(WordML.tr(WordML.cell("表一") + WordML.cell("{{#rows}}{{name}}")))
      let second = WordML.table(WordML.tr(WordML.cell("{{note}}{{/rows}}") + WordML.cell("表二")))
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: first + WordML.para("") + second + WordML.para("")))
      let error = try #require(errors.first)
      #expect(errors.count == 1)
      #expect(error.kind == .sectionCrossesTable("{{#rows}}"))
      #expect(error.location?.paragraph == 2)
      #expect(error.location?.container == "table 1, row 1, cell 2")
      #expect(error.description.contains("word/document.xml ¶2 (table 1, row 1, cell 2): error: section '{{#rows}}' starts and ends in different tables"))
    }

    @Test func sectionFromTableCellOutToBodyIsRefused() throws {
      let body = WordML.table(WordML.tr(WordML.cell("{{#rows}}") + WordML.cell("x"))) + WordML.para("{{/rows}}")
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: body))
      #expect(errors.map(\.kind) == [.sectionCrossesTable("{{#rows}}")])
    }

    @Test func blockTagThatIsNotAloneIsRefused() throws {
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: WordML.para("正文：{{>content}}")))
      #expect(errors.map(\.kind) == [.blockTagNotAlone("{{>content}}")])
      #expect(errors.first?.location?.offset == "正文：".utf8.count)
    }

    @Test func compileErrorsOfAllPartsAreReportedTogether() throws {
      var builder = WordPackageBuilder(body: WordML.para("甲") + WordML.para("年内开展{{#activities}}活动"))
      builder.headers = [WordML.para("{{unit | nosuchfilter}}")]
      builder.footers = [WordML.para("第{{page")]
      let errors = DocxHarness.compileErrors(builder)
      let byPart = Dictionary(grouping: errors) { $0.location?.part ?? "" }
      #expect(errors.count == 3)
      #expect(byPart["word/document.xml"]?.map(\.kind) == [.unclosedSection("{{#activities}}")])
      #expect(byPart["word/header1.xml"]?.map(\.kind) == [.unknownFilter("nosuchfilter")])
      #expect(byPart["word/footer1.xml"]?.map(\.kind) == [.unclosedTag])
      let unclosed = try #require(byPart["word/document.xml"]?.first)
      #expect(unclosed.location?.paragraph == 2)
      #expect(unclosed.description == """
        template.docx: word/document.xml ¶2: error: unclosed section '{{#activities}}'
            2 | 年内开展{{#activities}}活动
              |         ^^^^^^^^^^^^^^^
        """)
    }

    @Test func severalErrorsInOnePartAreAllReported() throws {
      let body = WordML.para("{{#a}}") + WordML.para("{{}}") + WordML.para("x}}") + WordML.para("{{/b}}")
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: body))
      #expect(errors.count >= 3)
      let paragraphs = Set(errors.compactMap(\.location?.paragraph))
      #expect(paragraphs.isSuperset(of: [2, 3]))
    }

    @Test func missingValuesAreAllListedWithTheirLocations() throws {
      var builder = WordPackageBuilder(body: WordML.para("{{a}}") + WordML.para("前文{{b}}")
        + WordML.para("{{#items}}") + WordML.para("{{missing_in_loop}}") + WordML.para("{{/items}}"))
      builder.headers = [WordML.para("{{c.d}}")]
      let errors = DocxHarness.renderErrors(builder, #"{"items": [1, 2, 3]}"#)
      let missing = errors.compactMap { error -> String? in
        if case .missingValue(let path) = error.kind { return "\(error.location?.part ?? "?")¶\(error.location?.paragraph ?? 0) \(path)" }
        return nil
      }
      // One error per tag, not one per repetition.
      #expect(missing.sorted() == [
        "word/document.xml¶1 a", "word/document.xml¶2 b", "word/document.xml¶4 missing_in_loop", "word/header1.xml¶1 c.d",
      ])
      #expect(errors.count == 4)
      let b = try #require(errors.first { $0.kind == .missingValue("b") })
      #expect(b.location?.offset == "前文".utf8.count)
      #expect(b.tagText == "{{b}}")
    }

    @Test func allowMissingRendersMissingValuesAsEmptyText() throws {
      var builder = WordPackageBuilder(body: WordML.para("甲{{a}}乙") + WordML.para("{{b}}"))
      builder.headers = [WordML.para("【{{c.d}}】")]
      let output = try DocxHarness.render(builder, "{}", allowMissing: true)
      #expect(try output.paragraphTexts() == ["甲乙", ""])
      #expect(try output.paragraphTexts("word/header1.xml") == ["【】"])
    }

    @Test func wrongTypeIsReported() throws {
      let errors = DocxHarness.renderErrors(WordPackageBuilder(body: WordML.para("{{x}}")), #"{"x": {"y": 1}}"#)
      #expect(errors.map(\.kind.id) == ["wrong_type"])
    }

    @Test func nothingIsWrittenWhenRenderingFails() throws {
      let directory = try TestDirectory()
      defer { directory.remove() }
      let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{a}}")))
      let path = directory.path("out.docx")
      #expect(throws: TemplateErrors.self) { try template.render(try DocxHarness.json("{}"), to: path) }
      #expect(directory.contents().isEmpty)
    }
  }
}

extension RenderTests.Errors {
  @Test func errorInATableNamesTheCell() throws {
    let table = WordML.table(WordML.tr(WordML.cell("名称") + WordML.cell("金额")) + WordML.tr(WordML.cell("合计") + WordML.cell("{{total}}")))
    let errors = DocxHarness.renderErrors(WordPackageBuilder(body: WordML.para("表一") + table + WordML.para("")), "{}")
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.location?.container == "table 1, row 2, cell 2")
    #expect(error.location?.paragraph == 5)
    #expect(error.description.hasPrefix("template.docx: word/document.xml ¶5 (table 1, row 2, cell 2): error: missing value 'total'"))
  }

  /// Word stores a text box twice (mc:Choice for Word 2010+, mc:Fallback VML for older readers).
  static func textBox(_ content: String) -> String {
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
      + "<wp:extent cx=\"1828800\" cy=\"457200\"/><wp:docPr id=\"1\" name=\"文本框 1\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
      + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/>"
      + "<wps:txbx><w:txbxContent>\(content)</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
      + "<mc:Fallback><w:pict><v:shape id=\"文本框 1\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\" style=\"width:2in;height:36pt\"><v:textbox><w:txbxContent>\(content)</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
  }

  @Test func textBoxStoredTwiceByWordGetsTheValueInBothCopies() throws {
    let builder = WordPackageBuilder(body: WordML.p(Self.textBox(WordML.para("{{unit}}"))) + WordML.para("{{unit}}正文"))
    let output = try DocxHarness.render(builder, #"{"unit": "某局"}"#, validate: false)
    #expect(try output.paragraphTexts() == ["", "某局", "某局", "某局正文"])
    // The outer paragraph's own text leaves the text box out.
    #expect(try output.paragraphs()[0].runs.allSatisfy { $0.text.isEmpty })
  }

  @Test("a text box stored twice counts once: one error, one tag in the outline, later paragraphs numbered as readers see them")
  func textBoxStoredTwiceCountsOnce() throws {
    let builder = WordPackageBuilder(body: WordML.p(Self.textBox(WordML.para("甲") + WordML.para("{{unit}}")))
      + WordML.para("{{missing}}"))
    let errors = DocxHarness.renderErrors(builder, #"{}"#)
    #expect(errors.map { $0.location?.paragraph } == [3, 4], "\(errors)")
    let template = try DocxHarness.template(builder)
    #expect(template.check(try DocxHarness.json("{}")).errors.count == 2)
    #expect(template.outline.tags.map(\.paragraph) == [3, 4])
  }
}
