import Testing

@testable import GongwenTemplate

/// Plain-text templates, as used for output file names.
struct TextTemplateTests {
  @Test func rendersValuesSectionsAndFilters() throws {
    let pattern = try TextTemplate("{{单位}}{{#年度}}-{{年度 | cnyear}}{{/年度}}-{{$row}}.docx", part: "--name")
    #expect(try pattern.render(["单位": "市教育局", "年度": 2022, "$row": 7]) == "市教育局-二〇二二-7.docx")
    #expect(try pattern.render(["单位": "市教育局", "$row": 8]) == "市教育局-8.docx")
    #expect(pattern.rootNames == ["单位", "年度", "$row"])
  }

  @Test func malformedPatternsAndMissingValuesAreErrors() throws {
    #expect(throws: TemplateErrors.self) { try TextTemplate("{{#a}}x", part: "--name") }
    #expect(throws: TemplateErrors.self) { try TextTemplate("{{a | nosuchfilter}}", part: "--name") }
    let pattern = try TextTemplate("{{单位}}", part: "--name")
    do {
      _ = try pattern.render(["其他": "x"])
      Issue.record("a missing value must be an error")
    } catch let errors as TemplateErrors {
      #expect(errors.errors.first?.kind == .missingValue("单位"))
      #expect(errors.errors.first?.location?.part == "--name")
    }
  }
}
