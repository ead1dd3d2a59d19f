import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Where sections repeat: inside a paragraph, around whole paragraphs, and what is left when they
  /// render nothing.
  @Suite("Sections in paragraphs") struct Sections {
    @Test func inlineLoopRepeatsInsideTheParagraph() throws {
      let builder = WordPackageBuilder(body: WordML.para("参加人员：{{#people}}{{.}}{{^$last}}、{{/$last}}{{/people}}。"))
      let output = try DocxHarness.render(builder, #"{"people": ["甲", "乙", "丙"]}"#)
      #expect(try output.paragraphTexts() == ["参加人员：甲、乙、丙。"])
    }

    @Test func inlineLoopAcrossRunsRepeatsTheRunsBetweenTheTags() throws {
      let bold = "<w:b/><w:sz w:val=\"32\"/>"
      let paragraph = WordML.p(
        WordML.r("成员：{{#people}}", rsid: "00A1B2C3")
          + WordML.r("{{name}}", rsid: "00B2C3D4", rPr: bold)
          + WordML.r("{{^$last}}，{{/$last}}{{/people}}", rsid: "00C3D4E5"))
      let builder = WordPackageBuilder(body: paragraph)
      let output = try DocxHarness.render(builder, #"{"people": [{"name": "张三"}, {"name": "李四"}, {"name": "王五"}]}"#)
      let rendered = try #require(try output.paragraphs().first)
      #expect(rendered.text == "成员：张三，李四，王五")
      #expect(rendered.runs.filter { $0.properties == "<w:rPr>\(bold)</w:rPr>" }.map(\.text) == ["张三", "李四", "王五"])
    }

    @Test func paragraphLoopRemovesTheTagParagraphs() throws {
      let body = WordML.para("前言")
        + WordML.p(WordML.r("{{#it", rsid: "00A1B2C3") + "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
                   + WordML.r("ems}}", rsid: "00B2C3D4"))
        + WordML.para("{{name}}：{{amount}}元")
        + WordML.p(WordML.r(" {{/items}}  ", rsid: "00C3D4E5"))
        + WordML.para("结尾")
      let builder = WordPackageBuilder(body: body)
      let output = try DocxHarness.render(builder, #"{"items": [{"name": "甲", "amount": 1.50}, {"name": "乙", "amount": 2}]}"#)
      #expect(try output.paragraphTexts() == ["前言", "甲：1.50元", "乙：2元", "结尾"])
    }

    @Test func paragraphLoopOverEmptyListLeavesNoParagraph() throws {
      let body = WordML.para("前言") + WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}") + WordML.para("结尾")
      let builder = WordPackageBuilder(body: body)
      let output = try DocxHarness.render(builder, #"{"items": []}"#)
      #expect(try output.paragraphTexts() == ["前言", "结尾"])
      let missing = try DocxHarness.render(builder, #"{}"#)
      #expect(try missing.paragraphTexts() == ["前言", "结尾"])
    }

    @Test func paragraphMadeOfOneInlineSectionDisappearsWhenEmpty() throws {
      let body = WordML.para("前言") + WordML.para(" {{#note}}备注：{{note}}{{/note}} ") + WordML.para("结尾")
      let builder = WordPackageBuilder(body: body)
      let empty = try DocxHarness.render(builder, #"{"note": ""}"#)
      #expect(try empty.paragraphTexts() == ["前言", "结尾"])
      let full = try DocxHarness.render(builder, #"{"note": "无"}"#)
      #expect(try full.paragraphTexts() == ["前言", " 备注：无 ", "结尾"])
    }

    @Test func paragraphWithTextBesideAnEmptyInlineSectionStays() throws {
      let builder = WordPackageBuilder(body: WordML.para("附件：{{#files}}{{.}}{{/files}}"))
      let output = try DocxHarness.render(builder, #"{"files": []}"#)
      #expect(try output.paragraphTexts() == ["附件："])
    }

    @Test func invertedParagraphSectionShowsWhenEmpty() throws {
      let body = WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}")
        + WordML.para("{{^items}}") + WordML.para("（无）") + WordML.para("{{/items}}")
      let builder = WordPackageBuilder(body: body)
      #expect(try DocxHarness.render(builder, #"{"items": []}"#).paragraphTexts() == ["（无）"])
      #expect(try DocxHarness.render(builder, #"{"items": ["甲"]}"#).paragraphTexts() == ["甲"])
    }

    @Test func loopsNestThreeDeepAndLookUpTheScopeChain() throws {
      let body = WordML.para("{{unit}}")
        + WordML.para("{{#departments}}") + WordML.para("{{dept}}")
        + WordML.para("{{#teams}}") + WordML.para("{{team}}")
        + WordML.para("{{#members}}") + WordML.para("{{name}}（{{team}}，{{dept}}，{{unit}}）{{$index}}/{{$count}}")
        + WordML.para("{{/members}}") + WordML.para("{{/teams}}") + WordML.para("{{/departments}}")
      let data = #"""
        {"unit": "某局",
         "departments": [
           {"dept": "办公室", "teams": [
             {"team": "文秘组", "members": [{"name": "甲"}, {"name": "乙"}]},
             {"team": "综合组", "members": []}]},
           {"dept": "财务处", "teams": [
             {"team": "会计组", "members": [{"name": "丙", "unit": "分局"}]}]}]}
        """#
      let output = try DocxHarness.render(WordPackageBuilder(body: body), data)
      #expect(try output.paragraphTexts() == [
        "某局",
        "办公室", "文秘组", "甲（文秘组，办公室，某局）1/2", "乙（文秘组，办公室，某局）2/2", "综合组",
        "财务处", "会计组", "丙（会计组，财务处，分局）1/1",
      ])
    }

    @Test func sectionOverAnObjectOpensItsScope() throws {
      let body = WordML.para("{{#signer}}") + WordML.para("{{name}}　{{title}}") + WordML.para("{{/signer}}")
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"signer": {"name": "张三", "title": "局长"}}"#)
      #expect(try output.paragraphTexts() == ["张三　局长"])
    }

    @Test func inlineSectionSpanningParagraphsRepeatsThem() throws {
      // Open tag at the end of one paragraph, close tag at the start of another: not alone, so the
      // markup between the tags (the paragraph boundary included) repeats.
      let body = WordML.para("甲{{#items}}") + WordML.para("{{.}}{{/items}}乙")
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"items": ["1", "2"]}"#)
      #expect(try output.paragraphTexts() == ["甲", "1", "2乙"])
    }

    @Test func paragraphLoopInATextBox() throws {
      let textBox = "<w:r><w:pict><v:shape id=\"文本框 2\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\" "
        + "style=\"width:100pt;height:50pt\"><v:textbox><w:txbxContent>"
        + WordML.para("{{#items}}") + WordML.para("{{.}}") + WordML.para("{{/items}}")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
      let builder = WordPackageBuilder(body: WordML.p(textBox))
      let output = try DocxHarness.render(builder, #"{"items": ["甲", "乙"]}"#)
      // No blank paragraph is left behind when the list has items.
      #expect(try output.paragraphTexts() == ["", "甲", "乙"])
      // A text box must keep one paragraph when its list is empty.
      let empty = try DocxHarness.render(builder, #"{"items": []}"#)
      let contents = try empty.elements(W.txbxContent)
      #expect(contents.count == 1)
      #expect(contents.allSatisfy { $0.elementChildren.contains { $0.is(W.p) } })
    }
  }
}

extension RenderTests.Sections {
  @Test func paragraphIndentedWithIdeographicSpacesAndOnlyASectionDisappearsWhenEmpty() throws {
    // Chinese documents indent with two full-width spaces; such a paragraph holding nothing but an
    // inline section must vanish like one indented with ASCII spaces.
    let body = WordML.para("前言") + WordML.para("\u{3000}\u{3000}{{#note}}备注：{{note}}{{/note}}") + WordML.para("结尾")
    let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"note": ""}"#)
    #expect(try output.paragraphTexts() == ["前言", "结尾"])
  }

  @Test func sectionBreakInATagParagraphIsKept() throws {
    // The last paragraph of a section carries that section's w:sectPr in its w:pPr. When a loop's
    // closing tag stands alone there, removing the paragraph must not remove the section break.
    let landscape = "<w:sectPr w:rsidR=\"00A1B2C3\"><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
      + "<w:pgMar w:top=\"1588\" w:right=\"2098\" w:bottom=\"1474\" w:left=\"1984\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
      + "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"312\"/></w:sectPr>"
    let body = WordML.para("横向表格前") + WordML.para("{{#items}}") + WordML.para("{{.}}")
      + WordML.para("{{/items}}", pPr: landscape) + WordML.para("纵向页")
    let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"items": ["甲", "乙"]}"#)
    #expect(try output.elements(W.name("sectPr")).count == 2, "the landscape section break was lost")
    #expect(try output.xml("word/document.xml").root.map(XMLTestSupport.markup(of:))?.contains("w:orient=\"landscape\"") == true)
  }
}

extension RenderTests.Sections {
  @Test func inlineSectionAcrossAHyperlinkNeverGivesMalformedXML() throws {
    // Whatever the compiler decides (refuse, or repeat something sensible), the output must parse.
    let paragraph = WordML.p(WordML.r("{{#links}}前") + "<w:hyperlink r:id=\"rIdStyles\" w:history=\"1\">" + WordML.r("{{.}}{{/links}}") + "</w:hyperlink>")
    let builder = WordPackageBuilder(body: paragraph)
    guard let template = try? DocxHarness.template(builder) else { return }
    let output = try RenderedPackage(try template.render(try DocxHarness.json(#"{"links": ["a", "b"]}"#)))
    #expect(throws: Never.self) { _ = try output.xml("word/document.xml") }
  }
}

extension RenderTests.Sections {
  @Test func paragraphWithAPictureBesideAnEmptySectionKeepsThePicture() throws {
    // The section covers all of the paragraph's text, but not its picture: the paragraph is not
    // "nothing but the section" and must stay.
    var builder = WordPackageBuilder(body: WordML.p(WordML.drawing(id: 1) + WordML.r("{{#caption}}图：{{caption}}{{/caption}}")))
    builder.includeImage = true
    let output = try DocxHarness.render(builder, #"{"caption": ""}"#)
    #expect(try output.elements(W.docPr).count == 1, "the picture vanished with the empty section")
  }
}
