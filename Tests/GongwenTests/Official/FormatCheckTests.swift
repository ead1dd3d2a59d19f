import Foundation
import Testing

@testable import Gongwen

/// `FormatCheck`: the shipped templates and what they render and convert follow GB/T 9704; documents
/// with wrong margins, fonts, line pitch or page numbers are reported deviation by deviation.
struct FormatCheckTests {
  static let repository = ShippedTemplateTests.repository

  static func check(_ bytes: [UInt8], _ name: String) throws -> [FormatDeviation] {
    try FormatCheck.check(bytes: bytes, name: name)
  }

  @Test(arguments: ShippedTemplateTests.shipped)
  func shippedTemplatesConform(_ file: String) throws {
    #expect(try FormatCheck.check(path: Self.repository.appendingPathComponent("templates/\(file)").path) == [])
  }

  /// Where the shipped templates still depart from the standard (templates/README.md, "Where the
  /// templates depart"): the unsealed date's fixed right indent of 4 字, and no keep-with-next on
  /// the lines before the signature of the party-building and activity reports. The checker names
  /// exactly these; a template that is put right must come off this list.
  @Test(arguments: [("report", "report.yaml"), ("notice", "notice.yaml"), ("request", "request.yaml"), ("minutes", "minutes.yaml"), ("order", "order.yaml"), ("letter", "letter.yaml"),
                    ("party-building-report", "party-building-2022.yaml"), ("activity-report", "activity-report.yaml")])
  func renderedSamplesConform(_ template: String, _ sample: String) throws {
    let data = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/\(sample)").path)
    for format in ["docx", "odt"] {
      let options = TemplateOptions(baseDirectory: Self.repository.appendingPathComponent("samples").path)
      let bytes = try Template(path: Self.repository.appendingPathComponent("templates/\(template).\(format)").path, options: options)
        .render(data)
      let deviations = try Self.check(bytes, "\(template).\(format)")
      #expect(deviations.map(\.id) == [], "\(template).\(format): \(deviations)")
    }
  }

  @Test(.enabled(if: ConvertSeedEndToEndTests.hasSeed), arguments: [DocumentFormat.docx, .odt])
  func convertedSeedConforms(_ format: DocumentFormat) throws {
    #expect(try Self.check(try ConvertSeedEndToEndTests.convert(format), "seed.\(format.fileExtension)") == [])
  }

  /// The report template's sources with `edits` (file → [(old, new)]) applied, packed.
  static func edited(_ format: String, _ edits: [String: [(String, String)]]) throws -> [UInt8] {
    let dir = try TestDirectory()
    defer { dir.remove() }
    let copy = dir.path("t")
    try FileManager.default.copyItem(atPath: repository.appendingPathComponent("templates/source/report/\(format)").path, toPath: copy)
    for (file, replacements) in edits {
      var text = try String(contentsOfFile: copy + "/" + file, encoding: .utf8)
      for (old, new) in replacements {
        #expect(text.contains(old), "\(file) has no \(old)")
        text = text.replacingOccurrences(of: old, with: new)
      }
      try text.write(toFile: copy + "/" + file, atomically: true, encoding: .utf8)
    }
    return try PackageFolder.pack(folder: copy)
  }

  @Test func wrongWordDocumentIsReportedItemByItem() throws {
    let bytes = try Self.edited("docx", [
      "word/document.xml": [("w:top=\"2098\"", "w:top=\"1440\""), ("w:eastAsia=\"方正小标宋简体\"", "w:eastAsia=\"黑体\""),
                            ("w:w=\"11906\" w:h=\"16838\"", "w:w=\"12240\" w:h=\"15840\"")],
      "word/styles.xml": [("w:line=\"579\" w:lineRule=\"exact\"", "w:line=\"360\" w:lineRule=\"auto\"")],
      "word/settings.xml": [("<w:evenAndOddHeaders/>", "")],
    ])
    let deviations = try Self.check(bytes, "wrong.docx")
    let ids = Set(deviations.map(\.id))
    // on Letter paper the 版记 box, placed from the page's top, no longer ends on the type area's bottom
    #expect(ids == ["page_size", "margin_top", "font", "line_pitch", "characters_per_line", "even_pages", "imprint_position"], "\(deviations)")
    #expect(deviations.contains { $0.id == "characters_per_line" && $0.found == "29 (16 pt characters, letter spacing -0.25 pt)" })
    #expect(deviations.contains(FormatDeviation(id: "margin_top", location: "page", expected: "top margin 37 ± 1 mm", found: "25.4 mm")))
    #expect(deviations.contains(FormatDeviation(id: "page_size", location: "page", expected: "A4 210 × 297 mm", found: "215.9 mm × 279.4 mm")))
    #expect(deviations.contains { $0.id == "font" && $0.location.hasSuffix("(标题)") && $0.found.hasPrefix("黑体") && $0.expected == "方正小标宋简体" })
    #expect(deviations.contains { $0.id == "line_pitch" && $0.found == "1.5 lines" })
    BrokenRuleTests.expectChinese(deviations)
  }

  @Test func wrongOpenDocumentIsReportedItemByItem() throws {
    let bytes = try Self.edited("odt", [
      "styles.xml": [("fo:margin-left=\"2.8cm\" fo:margin-right=\"2.6cm\"", "fo:margin-left=\"3.18cm\" fo:margin-right=\"3.18cm\""),
                     ("style:font-name-asian=\"宋体\" style:font-size-asian=\"14pt\"", "style:font-name-asian=\"宋体\" style:font-size-asian=\"10.5pt\""),
                     ("<text:p text:style-name=\"GongwenPageNumberOdd\">— <text:page-number text:select-page=\"current\">1</text:page-number> —</text:p>",
                      "<text:p text:style-name=\"GongwenPageNumberEven\">第<text:page-number text:select-page=\"current\">1</text:page-number>页</text:p>")],
    ])
    let deviations = try Self.check(bytes, "wrong.odt")
    let footer = "footer (odd pages)"
    #expect(deviations.contains(FormatDeviation(id: "margin_left", location: "page style 'Standard'", expected: "left margin 28 ± 1 mm", found: "31.8 mm")))
    #expect(deviations.contains(FormatDeviation(id: "margin_right", location: "page style 'Standard'", expected: "right margin 26 ± 1 mm (type area 156 mm wide)", found: "31.8 mm")))
    #expect(deviations.contains(FormatDeviation(id: "page_number_format", location: footer, expected: "“— 1 —” with a page-number field", found: "“第#页”")))
    #expect(deviations.contains(FormatDeviation(id: "page_number_placement", location: footer, expected: "right", found: "left")))
    // one message for both footers
    #expect(deviations.contains(FormatDeviation(id: "page_number_size", location: footer + ", footer (even pages)",
                                                expected: "14 pt (4号)", found: "10.5 pt")))
    #expect(deviations.contains { $0.id == "characters_per_line" && $0.found.hasPrefix("26 (16 pt characters") })
    #expect(deviations.count == 6, "\(deviations)")
    BrokenRuleTests.expectChinese(deviations)
  }

  /// LibreOffice's footers: `fo:min-height` includes the spacing, content can make them taller, and
  /// with dynamic spacing (Word documents opened in LibreOffice) the spacing gives way to the content.
  @Test(arguments: [("true", nil), ("false", "40.35 mm")])
  func footerHeightFollowsLibreOffice(_ dynamic: String, _ bottom: String?) throws {
    let original = "fo:min-height=\"0.7cm\" fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:margin-top=\"0.3cm\" style:dynamic-spacing=\"false\""
    let imported = "fo:min-height=\"1cm\" fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:margin-top=\"0.9cm\" style:dynamic-spacing=\"\(dynamic)\""
    let deviations = try Self.check(try Self.edited("odt", ["styles.xml": [(original, imported)]]), "footer.odt")
    #expect(deviations.map(\.found) == (bottom.map { [$0] } ?? []), "\(deviations)")
  }

  @Test func documentWithoutOfficialStylesDeviatesInFontsSizesAndPageNumbers() throws {
    let output = try DocxHarness.render(WordPackageBuilder(body: WordML.para("标题") + WordML.para("一、情况") + WordML.para("正文。")),
                                        value: DocxHarness.object([:]))
    let deviations = try Self.check(output.bytes, "plain.docx")
    BrokenRuleTests.expectChinese(deviations)
    let ids = Set(deviations.map(\.id))
    // WordML's section has a 579-twip line grid, so the line pitch conforms
    #expect(ids == ["font", "font_size", "characters_per_line", "page_number_format"], "\(ids)")
  }
}

/// Word theme fonts resolve to their East Asian face.
struct WordThemeFontTests {
  @Test func eastAsianThemeFontResolvesThroughTheTheme() throws {
    let theme = try XMLDocument(parsing: Array("""
      <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="Office">
      <a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>
      <a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="仿宋"/><a:font script="Hans" typeface="等线"/></a:minorFont>
      </a:fontScheme></a:themeElements></a:theme>
      """.utf8), part: "word/theme/theme1.xml")
    let styles = try XMLDocument(parsing: Array(WordPackageBuilder.styles.utf8), part: "word/styles.xml")
    var sheet = WordStyleSheet(root: styles.root)
    sheet.readThemeFonts(theme.root)
    #expect(sheet.themeFonts == ["majorEastAsia": "等线 Light", "minorEastAsia": "仿宋"])
    let paragraph = try #require(try RenderedPackage(try WordPackageBuilder(body: WordML.para("正文")).build()).paragraphs().first)
    #expect(sheet.eastAsianFont(try #require(paragraph.runs.first).element, paragraph: paragraph.element).name == "仿宋")
  }
}
