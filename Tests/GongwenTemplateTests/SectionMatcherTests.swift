import Testing

@testable import GongwenTemplate

@Suite struct SectionMatcherTests {
  func tags(_ texts: [String]) throws -> [GongwenTemplate.Tag] { try texts.map { try parsedTag($0) } }

  @Test func nestedSectionsPair() throws {
    let result = SectionMatcher.match(try tags(["{{#a}}", "{{x}}", "{{#b}}", "{{^c}}", "{{/c}}", "{{/b}}", "{{/a}}"]))
    #expect(result.errors.isEmpty)
    #expect(
      result.pairs == [SectionPair(open: 0, close: 6), SectionPair(open: 2, close: 5), SectionPair(open: 3, close: 4)])
  }

  @Test func samePathOpenedTwiceNests() throws {
    let result = SectionMatcher.match(try tags(["{{#a}}", "{{#a}}", "{{/a}}", "{{/a}}"]))
    #expect(result.errors.isEmpty)
    #expect(result.pairs == [SectionPair(open: 0, close: 3), SectionPair(open: 1, close: 2)])
  }

  @Test func nestingIsBoundedAndMatchingStopsAtTheFirstSectionTooDeep() throws {
    let limit = SectionMatcher.maxDepth
    let deepest = try tags(Array(repeating: "{{#a}}", count: limit) + Array(repeating: "{{/a}}", count: limit))
    let fine = SectionMatcher.match(deepest)
    #expect(fine.errors.isEmpty)
    #expect(fine.pairs.count == limit)
    let tooDeep = try tags(Array(repeating: "{{#a}}", count: limit + 50) + Array(repeating: "{{/a}}", count: limit + 50))
    let refused = SectionMatcher.match(tooDeep)
    #expect(refused.errors.count == 1)
    #expect(refused.errors.first?.index == limit)
    #expect(refused.errors.first?.kind == .sectionTooDeep("{{#a}}"))
    #expect(TemplateError.Kind.sectionTooDeep("{{#a}}").id == "section_too_deep")
  }

  @Test func closeWhitespaceDoesNotMatter() throws {
    let result = SectionMatcher.match(try tags(["{{# a.b }}", "{{/a.b}}"]))
    #expect(result.pairs == [SectionPair(open: 0, close: 1)])
  }

  @Test func unclosedSection() throws {
    let result = SectionMatcher.match(try tags(["{{x}}", "{{#activities}}", "{{y}}"]))
    #expect(result.pairs.isEmpty)
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.index == 1)
    #expect(result.errors.first?.kind == .unclosedSection("{{#activities}}"))
  }

  @Test func strayClose() throws {
    let result = SectionMatcher.match(try tags(["{{#a}}", "{{/a}}", "{{/b}}"]))
    #expect(result.pairs == [SectionPair(open: 0, close: 1)])
    #expect(result.errors.map(\.index) == [2])
    #expect(result.errors.first?.kind == .strayClose("{{/b}}"))
  }

  @Test func closeOfAnOuterSectionReportsTheInnerOnesUnclosed() throws {
    let result = SectionMatcher.match(try tags(["{{#a}}", "{{#b}}", "{{#c}}", "{{/a}}", "{{#d}}", "{{/d}}"]))
    #expect(result.pairs == [SectionPair(open: 0, close: 3), SectionPair(open: 4, close: 5)])
    #expect(result.errors.map(\.index) == [1, 2])
    #expect(result.errors.map(\.kind) == [.unclosedSection("{{#b}}"), .unclosedSection("{{#c}}")])
  }

  @Test func mismatchedCloseEndsTheInnermostSection() throws {
    let result = SectionMatcher.match(
      try tags(["{{#outer}}", "{{#activities}}", "{{/activites}}", "{{/outer}}", "{{#e}}", "{{/e}}"]))
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.index == 2)
    #expect(result.errors.first?.kind == .mismatchedSection(open: "{{#activities}}", close: "{{/activites}}"))
    #expect(result.pairs == [SectionPair(open: 0, close: 3), SectionPair(open: 4, close: 5)])
  }

  @Test func valueAndBlockTagsAreIgnored() throws {
    let result = SectionMatcher.match(try tags(["{{>a}}", "{{%b}}", "{{c}}"]))
    #expect(result.pairs.isEmpty && result.errors.isEmpty)
  }

  @Test func errorsAreSortedByIndex() throws {
    let result = SectionMatcher.match(try tags(["{{/z}}", "{{#a}}", "{{#b}}", "{{/b}}"]))
    #expect(result.errors.map(\.index) == [0, 1])
  }
}
