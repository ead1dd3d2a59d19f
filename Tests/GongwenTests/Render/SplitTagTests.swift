import Foundation
import Testing

@testable import Gongwen

/// The format-agnostic compiler on Word packages. Filter with `--filter RenderTests`.
@Suite struct RenderTests {}

extension RenderTests {
  /// Word splits typed text into runs at every edit session (rsid), spelling mark and bookmark; a tag
  /// must be found across them, the value must take the first run's formatting, and runs the tag
  /// emptied must go while every other run stays byte-identical.
  @Suite("Tags split across runs") struct SplitTags {
    static let bold = "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hint=\"eastAsia\"/><w:b/><w:sz w:val=\"32\"/>"
    static let italic = "<w:i/><w:sz w:val=\"32\"/>"
    static let underline = "<w:u w:val=\"single\"/><w:sz w:val=\"32\"/>"

    /// `尊敬的{{` | spellStart | `姓` | bookmark | `名}}` | spellEnd | `同志：` — three rsids, three formats.
    static let threeRunParagraph = WordML.p(
      WordML.r("尊敬的{{", rsid: "00A1B2C3", rPr: bold)
        + "<w:proofErr w:type=\"spellStart\"/>"
        + WordML.r("姓", rsid: "00B2C3D4", rPr: italic)
        + "<w:bookmarkStart w:id=\"3\" w:name=\"收件人\"/><w:bookmarkEnd w:id=\"3\"/>"
        + WordML.r("名}}", rsid: "00C3D4E5", rPr: underline)
        + "<w:proofErr w:type=\"spellEnd\"/>"
        + WordML.r("同志：", rsid: "00D4E5F6", rPr: WordML.fangsong))

    @Test func valueTakesTheFirstRunsFormatting() throws {
      let builder = WordPackageBuilder(body: Self.threeRunParagraph)
      let output = try DocxHarness.render(builder, #"{"姓名": "张三"}"#)
      let paragraph = try #require(try output.paragraphs().first)
      #expect(paragraph.text == "尊敬的张三同志：")
      let valueRun = try #require(paragraph.runs.first { $0.text.contains("张三") })
      #expect(valueRun.text == "尊敬的张三")
      #expect(valueRun.properties == "<w:rPr>\(Self.bold)</w:rPr>")
      #expect(valueRun.rsid == "00A1B2C3")
    }

    @Test func runsEmptiedByTheTagAreRemoved() throws {
      let builder = WordPackageBuilder(body: Self.threeRunParagraph)
      let output = try DocxHarness.render(builder, #"{"姓名": "张三"}"#)
      let paragraph = try #require(try output.paragraphs().first)
      #expect(paragraph.runs.count == 2)
      #expect(!paragraph.xml.contains("<w:i/>"))
      #expect(!paragraph.xml.contains("w:u "))
      #expect(!paragraph.xml.contains("00B2C3D4"))
      #expect(!paragraph.xml.contains("<w:t/>"))
      // Proofing marks and the bookmark between the runs stay where they were (valid, harmless).
      #expect(paragraph.xml.contains("<w:proofErr w:type=\"spellStart\"/>"))
      #expect(paragraph.xml.contains("<w:bookmarkStart w:id=\"3\" w:name=\"收件人\"/><w:bookmarkEnd w:id=\"3\"/>"))
    }

    @Test func runsOutsideTagsAreUntouched() throws {
      let builder = WordPackageBuilder(body: Self.threeRunParagraph)
      let before = try DocxHarness.templateRuns(builder)
      let output = try DocxHarness.render(builder, #"{"姓名": "张三"}"#)
      let after = try output.paragraphs().flatMap(\.runs)
      #expect(after.last?.xml == before.last?.xml)
      #expect(after.last?.xml == "<w:r w:rsidR=\"00D4E5F6\" w:rsidRPr=\"00D4E5F6\"><w:rPr>\(WordML.fangsong)</w:rPr><w:t>同志：</w:t></w:r>")
    }

    @Test func tagInFourRunsWithPageBreakMarkAndSmartTag() throws {
      // `{{` | lastRenderedPageBreak + `客户` | smartTag(`.`) | `名称}}` then text in its own run.
      let paragraph = WordML.p(
        WordML.r("单位：{{", rsid: "00A1B2C3", rPr: Self.bold)
          + "<w:r w:rsidR=\"00B2C3D4\"><w:rPr><w:i/></w:rPr><w:lastRenderedPageBreak/><w:t>客户</w:t></w:r>"
          + "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"PersonName\">"
          + "<w:r w:rsidR=\"00C3D4E5\"><w:t>.</w:t></w:r></w:smartTag>"
          + WordML.r("名称}}", rsid: "00D4E5F6", rPr: Self.underline)
          + WordML.r("（盖章）", rsid: "00E5F6A7"))
      let builder = WordPackageBuilder(body: paragraph)
      let output = try DocxHarness.render(builder, #"{"客户": {"名称": "某某局"}}"#)
      let rendered = try #require(try output.paragraphs().first)
      #expect(rendered.text == "单位：某某局（盖章）")
      #expect(rendered.runs.first?.properties == "<w:rPr>\(Self.bold)</w:rPr>")
      #expect(rendered.runs.first?.text == "单位：某某局")
      // The run with the page-break mark keeps the mark (it is not text) but loses its text.
      #expect(!rendered.xml.contains(">客户<"))
      #expect(!rendered.xml.contains("w:u "))
      #expect(rendered.runs.last?.xml == "<w:r w:rsidR=\"00E5F6A7\"><w:t>（盖章）</w:t></w:r>")
    }

    @Test func twoTagsInOneRunAndTextBetween() throws {
      let builder = WordPackageBuilder(body: WordML.p(WordML.r("{{年}}年{{月}}月", rsid: "00A1B2C3", rPr: WordML.fangsong)))
      let output = try DocxHarness.render(builder, #"{"年": 2024, "月": 3}"#)
      let paragraph = try #require(try output.paragraphs().first)
      #expect(paragraph.text == "2024年3月")
      #expect(paragraph.runs.count == 1)
    }

    @Test func tagSplitWhereTheRemainingTextStartsWithASpaceKeepsTheSpace() throws {
      // Word writes `<w:t>me}} 同志</w:t>` without xml:space (no space at either end). Once the tag
      // text is cut, the remaining " 同志" starts with a space and needs xml:space="preserve",
      // or Word drops the space.
      let builder = WordPackageBuilder(body: WordML.p(WordML.r("{{na", rsid: "00A1B2C3") + WordML.r("me}} 同志", rsid: "00B2C3D4")))
      let output = try DocxHarness.render(builder, #"{"name": "张三"}"#)
      for t in try output.elements(W.t) where t.text.first?.isWhitespace == true || t.text.last?.isWhitespace == true {
        #expect(t.attribute(W.space) == "preserve", "<w:t> with '\(t.text)' lost xml:space=\"preserve\"")
      }
    }

    @Test func removedRowTagLeavesTrailingSpaceThatMustBePreserved() throws {
      // `合计 {{/rows}}` in one `w:t` (no space at its ends, so no xml:space): the close tag is cut
      // without a marker and "合计 " is left with a trailing space.
      let rows = WordML.tr(WordML.cell("{{#rows}}{{name}}") + WordML.cell("合计 {{/rows}}"))
      let builder = WordPackageBuilder(body: WordML.table(rows) + WordML.para(""))
      let output = try DocxHarness.render(builder, #"{"rows": [{"name": "甲"}]}"#)
      for t in try output.elements(W.t) where t.text.last?.isWhitespace == true {
        #expect(t.attribute(W.space) == "preserve", "<w:t> with '\(t.text)' lost xml:space=\"preserve\"")
      }
    }

    @Test func valueWithSpacesGetsPreserve() throws {
      let builder = WordPackageBuilder(body: WordML.para("{{x}}"))
      let output = try DocxHarness.render(builder, #"{"x": "  两端空格  "}"#)
      let t = try #require(try output.elements(W.t).first)
      #expect(t.text == "  两端空格  ")
      #expect(t.attribute(W.space) == "preserve")
    }

    @Test func tagsInsideFieldCodesAreNotTemplateText() throws {
      // instrText is a field's code, not text a reader sees: braces there are left alone.
      let paragraph = WordML.p(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> QUOTE \"{{x}}\" </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + WordML.r("{{x}}") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
      let builder = WordPackageBuilder(body: paragraph)
      let output = try DocxHarness.render(builder, #"{"x": "值"}"#, validate: false)
      let xml = try output.string("word/document.xml")
      #expect(xml.contains("<w:instrText xml:space=\"preserve\"> QUOTE \"{{x}}\" </w:instrText>"))
      #expect(try output.paragraphTexts() == ["值"])
    }

    @Test func customDelimiters() throws {
      let builder = WordPackageBuilder(body: WordML.p(WordML.r("【", rsid: "00A1B2C3") + WordML.r("单位】{{不是标签}}", rsid: "00B2C3D4")))
      let options = TemplateOptions(delimiters: Delimiters(open: "【", close: "】"))
      let output = try DocxHarness.render(builder, #"{"单位": "某某局"}"#, validate: false, options: options)
      #expect(try output.paragraphTexts() == ["某某局{{不是标签}}"])
    }
  }
}
