import Testing

@testable import GongwenTemplate

@Suite struct NameSuggestionTests {
  @Test func editDistanceCountsEditsAndSwaps() {
    #expect(NameSuggestion.editDistance(Array("单位名称"), Array("单位名称")) == 0)
    #expect(NameSuggestion.editDistance(Array("单位名"), Array("单位名称")) == 1)
    #expect(NameSuggestion.editDistance(Array("name"), Array("nmae")) == 1)
    #expect(NameSuggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(NameSuggestion.editDistance([], Array("abc")) == 3)
  }

  @Test func closestKeyMustBeNearEnough() {
    #expect(NameSuggestion.closest(to: "单位名", among: ["年度", "单位名称", "成文日期"]) == "单位名称")
    #expect(NameSuggestion.closest(to: "titel", among: ["title", "subtitle"]) == "title")
    #expect(NameSuggestion.closest(to: "年度", among: ["成文日期", "主送机关"]) == nil)
    #expect(NameSuggestion.closest(to: "x", among: ["x"]) == nil)
  }

  @Test func aKeyThatSharesTheFirstHalfMayDifferInTheRest() {
    #expect(NameSuggestion.closest(to: "主送单位", among: ["标题", "主送机关", "成文日期"]) == "主送机关")
    #expect(NameSuggestion.closest(to: "发文单位", among: ["主送机关"]) == nil)
    #expect(NameSuggestion.closest(to: "name", among: ["nabc"]) == nil, "two letters in common are not half of a short name")
    #expect(NameSuggestion.closest(to: "主送单位", among: ["主送单位名称"]) == "主送单位名称")
  }

  @Test func hintRewritesTheTagAsWritten() throws {
    let scope = Scope(root: ["单位名称": "某局", "年度": 2022])
    #expect(NameSuggestion.hint(for: try parsedTag("{{ 单位名 | upper }}"), in: scope)?.englishText == "did you mean {{ 单位名称 | upper }}?")
    #expect(NameSuggestion.hint(for: try parsedTag("{{#单位名}}"), in: scope)?.englishText == "did you mean {{#单位名称}}?")
    #expect(NameSuggestion.hint(for: try parsedTag("{{完全不同的名字}}"), in: scope)?.englishText == nil)
  }

  @Test func hintLooksInsideObjectsAndOuterScopes() throws {
    let root: Value = ["学习": ["中心组学习次数": 4], "unit": "局", "items": [["name": "甲"]]]
    var scope = Scope(root: root)
    #expect(NameSuggestion.hint(for: try parsedTag("{{学习.中心组学次数}}"), in: scope)?.englishText == "did you mean {{学习.中心组学习次数}}?")
    scope.push(["name": "甲"])
    #expect(NameSuggestion.hint(for: try parsedTag("{{unti}}"), in: scope)?.englishText == "did you mean {{unit}}?")
    #expect(NameSuggestion.hint(for: try parsedTag("{{nmae}}"), in: scope)?.englishText == "did you mean {{name}}?")
  }

  @Test func hintSaysWhenAParentIsNotAnObject() throws {
    let scope = Scope(root: ["学习": 5])
    #expect(NameSuggestion.hint(for: try parsedTag("{{学习.次数}}"), in: scope)?.englishText == "'学习' is a number in the data, not an object")
  }

  @Test func renderErrorsCarryTheHint() throws {
    let result = render(try compile("致{{单位名}}："), ["单位名称": "某局"])
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.hint == "did you mean {{单位名称}}?")
    #expect(result.errors.first?.description.hasSuffix("= hint: did you mean {{单位名称}}?") == true)
    #expect(result.errors.first?.record.hint == "did you mean {{单位名称}}?")
  }
}

@Suite struct DataCheckTests {
  func check(_ template: String, _ data: Value) throws -> DataCheckReport {
    var sink = TestSink()
    return TemplateRenderer().check(try compile(template), data: data, into: &sink)
  }

  @Test func textWhereALoopWantsObjectsIsOneErrorAtTheSection() throws {
    let report = try check("{{#items}}{{name}}：{{count}}；{{/items}}", ["items": "甲乙丙"])
    #expect(report.errors.count == 1)
    let error = try #require(report.errors.first)
    #expect(error.kind == .wrongType(path: "items", expected: "an object or a list of objects", found: "text"))
    #expect(error.tagText == "{{#items}}")
    #expect(error.hint?.contains("{{count}}") == true && error.hint?.contains("{{name}}") == true)
  }

  @Test func listOfTextsWhereItemsNeedFieldsIsReported() throws {
    let report = try check("{{#items}}{{name}}{{/items}}", ["items": ["甲", "乙"]])
    #expect(report.errors.map(\.kind) == [.wrongType(path: "items", expected: "a list of objects", found: "list of texts")])
  }

  @Test func listOfObjectsWhereTextIsPrintedIsReported() throws {
    let report = try check("共{{units}}个", ["units": [["name": "甲"]]])
    #expect(report.errors.map(\.kind) == [.wrongType(path: "units", expected: "text", found: "list of objects")])
  }

  @Test func conditionsOnTextStillReportMissingFieldsOutside() throws {
    let report = try check("{{#flag}}{{name}}{{/flag}}", ["flag": true])
    #expect(report.errors.map(\.kind) == [.missingValue("name")])
  }

  @Test func missingSectionIsAWarningOnlyWhenAKeyIsClose() throws {
    let close = try check("{{#activitys}}{{.}}{{/activitys}}", ["activities": ["a"]])
    #expect(close.errors.isEmpty)
    #expect(close.warnings.map(\.hint) == ["did you mean {{#activities}}?"])
    let far = try check("{{#附件}}{{.}}{{/附件}}", ["标题": "x"])
    #expect(far.errors.isEmpty && far.warnings.isEmpty)
  }

  @Test func everyProblemIsReportedOnceAtItsTag() throws {
    let template = "{{单位名}}{{#items}}{{amount | number:\"#,##0.00\"}}{{/items}}{{total | number:\"0.0\"}}"
    let data: Value = ["单位名称": "局", "items": [["amount": "12"], ["amount": "abc"], ["amount": "x"]], "total": "many"]
    let report = try check(template, data)
    #expect(report.errors.count == 3)
    #expect(report.errors.map(\.kind.id) == ["missing_value", "filter_failed", "filter_failed"])
    #expect(report.errors.first?.hint == "did you mean {{单位名称}}?")
    #expect(!report.passed)
  }
}
