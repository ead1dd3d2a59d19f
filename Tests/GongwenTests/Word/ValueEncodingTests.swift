import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// How a value's text becomes run markup.
  @Suite("Value encoding") struct ValueEncoding {
    private func render(_ value: Value, rPr: String? = WordML.fangsong) throws -> (paragraph: WordParagraph, xml: String) {
      let builder = WordPackageBuilder(body: WordML.p(WordML.r("前{{v}}后", rsid: "00A1B2C3", rPr: rPr)))
      let output = try DocxHarness.render(builder, value: DocxHarness.object(["v": value]))
      let paragraph = try #require(try output.paragraphs().first)
      return (paragraph, paragraph.xml)
    }

    @Test func lineBreaksBecomeBreaksInTheSameRun() throws {
      let (paragraph, xml) = try render(.string("第一行\n第二行\r\n第三行\r第四行"))
      #expect(paragraph.text == "前第一行\n第二行\n第三行\n第四行后")
      #expect(paragraph.runs.count == 1)
      #expect(xml.contains("第一行</w:t><w:br/><w:t xml:space=\"preserve\">第二行</w:t><w:br/><w:t xml:space=\"preserve\">第三行"))
    }

    @Test func tabsBecomeTabElements() throws {
      let (paragraph, xml) = try render(.string("甲\t乙"))
      #expect(paragraph.text == "前甲\t乙后")
      #expect(xml.contains("甲</w:t><w:tab/><w:t xml:space=\"preserve\">乙"))
      #expect(paragraph.runs.count == 1)
    }

    @Test func leadingAndTrailingSpacesArePreserved() throws {
      let (paragraph, xml) = try render(.string("  两端  "))
      #expect(paragraph.text == "前  两端  后")
      #expect(xml.contains("<w:t xml:space=\"preserve\">前  两端  后</w:t>"))
    }

    @Test func valueOnlyOfSpacesIsPreserved() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{v}}"))
      let output = try DocxHarness.render(builder, value: DocxHarness.object(["v": .string("   ")]))
      let t = try #require(try output.elements(W.t).first)
      #expect(t.text == "   ")
      #expect(t.attribute(W.space) == "preserve")
    }

    @Test func markupCharactersAreEscaped() throws {
      let (paragraph, xml) = try render(.string("<w:b/> & \"x\" 'y' ]]>"))
      #expect(paragraph.text == "前<w:b/> & \"x\" 'y' ]]>后")
      #expect(xml.contains("前&lt;w:b/&gt; &amp; \"x\" 'y' ]]&gt;后"))
      #expect(paragraph.runs.count == 1)
    }

    @Test func charactersIllegalInXMLAreDropped() throws {
      let (paragraph, _) = try render(.string("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i\u{1F600}"))
      #expect(paragraph.text == "前abcdefghi\u{1F600}后")
    }

    @Test func numbersAreWrittenAsInTheData() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{a}}|{{b}}|{{c}}|{{d}}|{{e}}|{{f}}"))
      let output = try DocxHarness.render(builder, #"{"a": 1.50, "b": 1e3, "c": -0.0, "d": 12345678901234567890, "e": 0.1, "f": 100}"#)
      #expect(try output.paragraphTexts() == ["1.50|1e3|-0.0|12345678901234567890|0.1|100"])
    }

    @Test func booleansNullAndListsOfTexts() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{t}}|{{f}}|{{n}}|{{l}}"))
      let output = try DocxHarness.render(builder, #"{"t": true, "f": false, "n": null, "l": ["甲", "乙"]}"#)
      #expect(try output.paragraphTexts() == ["true|false||甲、乙"])
    }

    @Test func filtersApplyInWordParts() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{amount | number:\"#,##0.00\"}}元（{{amount | cnmoney}}）{{date | date:\"yyyy年M月d日\"}}"))
      let output = try DocxHarness.render(builder, #"{"amount": 1234.5, "date": "2024-03-01"}"#)
      #expect(try output.paragraphTexts() == ["1,234.50元（壹仟贰佰叁拾肆元伍角）2024年3月1日"])
    }

    @Test func valueInAPrefixedNamespaceOtherThanW() throws {
      // A document whose WordprocessingML prefix is not `w` (some generators write `ns0:`).
      let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<ns0:document xmlns:ns0=\"\(WordML.w)\"><ns0:body><ns0:p><ns0:r><ns0:t>{{v}}</ns0:t></ns0:r></ns0:p>"
        + "<ns0:sectPr/></ns0:body></ns0:document>"
      var builder = WordPackageBuilder(body: "")
      builder.documentXML = document
      let output = try DocxHarness.render(builder, value: DocxHarness.object(["v": .string("一\n二")]))
      let xml = try output.string("word/document.xml")
      #expect(xml.contains("<ns0:t xml:space=\"preserve\">一</ns0:t><ns0:br/><ns0:t xml:space=\"preserve\">二</ns0:t>"))
    }
  }
}

extension WordTests.ValueEncoding {
  @Test func tagsInsideValuesAreNotEvaluated() throws {
    let builder = WordPackageBuilder(body: WordML.para("前{{v}}后"))
    let output = try DocxHarness.render(builder, #"{"v": "{{secret}}{{#x}}", "secret": "机密"}"#, validate: false)
    #expect(try output.paragraphTexts() == ["前{{secret}}{{#x}}后"])
  }
}
