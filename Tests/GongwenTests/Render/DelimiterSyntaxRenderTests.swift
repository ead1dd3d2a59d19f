import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Delimiter switches, identical delimiters and lenient options in Word documents whose tags Word split
  /// into runs.
  @Suite("Delimiter syntax in documents") struct DelimiterSyntax {
    static let bold = "<w:b/><w:sz w:val=\"32\"/>"

    @Test func switchSplitAcrossRunsHoldsIntoLaterParagraphs() throws {
      // `{{=<%` | `%>=}}致<` | `%单位%` | `>：` — a switch and a tag each cut by run boundaries.
      let first = WordML.p(
        WordML.r("{{=<", rsid: "00A1B2C3") + WordML.r("% %>=}}致<", rsid: "00B2C3D4", rPr: Self.bold)
          + "<w:proofErr w:type=\"spellStart\"/>" + WordML.r("%单位", rsid: "00C3D4E5")
          + WordML.r("%>：", rsid: "00D4E5F6"))
      let body = first + WordML.para("<%#项目%>") + WordML.para("<%.%>（{{不是标签）") + WordML.para("<%/%>")
        + WordML.para("<%={{ }}=%>共{{项目 | len}}项。")
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"单位": "市教育局", "项目": ["甲", "乙"]}"#)
      #expect(try output.paragraphTexts() == ["致市教育局：", "甲（{{不是标签）", "乙（{{不是标签）", "共2项。"])
      let valueRun = try #require(try output.paragraphs().first?.runs.first { $0.text.contains("市教育局") })
      #expect(valueRun.properties == "<w:rPr>\(Self.bold)</w:rPr>")
    }

    @Test func docxtemplaterSwitchWithBraces() throws {
      let body = WordML.p(WordML.r("Hi {=[[ ]]") + WordML.r("=}[[user]][[={ }=]] and {us") + WordML.r("er2}"))
      let options = TemplateOptions(delimiters: Delimiters(open: "{", close: "}"))
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"user": "John", "user2": "Jane"}"#,
                                          options: options)
      #expect(try output.paragraphTexts() == ["Hi John and Jane"])
    }

    @Test func identicalDelimitersSplitAcrossRuns() throws {
      let body = WordML.p(WordML.r("致%") + WordML.r("单位名") + WordML.r("称%：")) + WordML.para("%#有附件%附件：%附件%%/%")
      let options = TemplateOptions(delimiters: try #require(Delimiters(parsing: "% %")))
      let output = try DocxHarness.render(WordPackageBuilder(body: body),
                                          #"{"单位名称": "各区县", "有附件": true, "附件": "名单"}"#, options: options)
      #expect(try output.paragraphTexts() == ["致各区县：", "附件：名单"])
    }

    @Test func invalidSwitchIsATemplateErrorAtItsPlace() {
      let errors = DocxHarness.compileErrors(WordPackageBuilder(body: WordML.para("前文{{=a b c=}}后文")))
      #expect(errors.map(\.kind.id) == ["invalid_delimiters"])
      #expect(errors.first?.location?.offset == "前文".utf8.count)
    }

    @Test func lenientOptionsKeepLoneDelimitersAsText() throws {
      let body = WordML.p(WordML.r("Hello {{") + WordML.r("lastName") + WordML.r("}} and 5 } 3"))
      var options = TemplateOptions(delimiters: Delimiters(open: "{", close: "}"))
      options.allowUnclosedTag = true
      options.allowUnopenedTag = true
      let output = try DocxHarness.render(WordPackageBuilder(body: body), #"{"lastName": "Doe"}"#, options: options)
      #expect(try output.paragraphTexts() == ["Hello {Doe} and 5 } 3"])
      let strict = TemplateOptions(delimiters: Delimiters(open: "{", close: "}"))
      #expect(throws: TemplateErrors.self) { try DocxHarness.template(WordPackageBuilder(body: body), options: strict) }
    }

    @Test func switchesCanBeTurnedOff() throws {
      var options = TemplateOptions()
      options.changeDelimiterPrefix = nil
      let builder = WordPackageBuilder(body: WordML.para("{{=<% %>=}}"))
      #expect(throws: TemplateErrors.self) { try DocxHarness.template(builder, options: options) }
    }
  }
}

extension RenderTests.DelimiterSyntax {
  @Test func outlineNamesTheSwitch() throws {
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{=<% %>=}}致<%单位%>")))
    #expect(template.outline.tags.map(\.kind) == ["delimiters", "value"])
    #expect(template.outline.tags.last?.names == ["单位"])
  }
}
