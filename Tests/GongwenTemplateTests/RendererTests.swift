import Testing

@testable import GongwenTemplate

@Suite struct RendererTests {
  @Test func valuesAndLiterals() throws {
    #expect(try renderText("致{{单位名称}}：共{{n}}次", ["单位名称": "某某局", "n": 12]) == "致某某局：共12次")
  }

  @Test func numbersPrintAsWritten() throws {
    #expect(try renderText("{{a}}/{{b}}", ["a": .number("1.50"), "b": .number("-3")]) == "1.50/-3")
  }

  @Test func loopOverList() throws {
    let data: Value = ["items": [["name": "甲"], ["name": "乙"], ["name": "丙"]]]
    #expect(try renderText("{{#items}}{{$index}}.{{name}}{{^$last}}、{{/$last}}{{/items}}", data) == "1.甲、2.乙、3.丙")
  }

  @Test func loopOverScalarsWithDot() throws {
    #expect(try renderText("{{#tags}}[{{.}}]{{/tags}}", ["tags": ["a", "b"]]) == "[a][b]")
  }

  @Test func loopVariables() throws {
    let template = "{{#xs}}{{$index0}}{{$index}}{{$count}}{{#$first}}F{{/$first}}{{#$last}}L{{/$last}};{{/xs}}"
    #expect(try renderText(template, ["xs": [1, 2, 3]]) == "013F;123;233L;")
  }

  @Test func nestingToDepthFour() throws {
    let data: Value = [
      "a": [
        ["n": "1", "b": [["n": "x", "c": [["d": [["n": "p"], ["n": "q"]]]]]]],
        ["n": "2", "b": [["n": "y", "c": [["d": [["n": "r"]]]]]]],
      ]
    ]
    let template = "{{#a}}{{n}}({{#b}}{{n}}[{{#c}}{{#d}}{{n}}{{$index}}{{/d}}{{/c}}]{{/b}}){{/a}}"
    #expect(try renderText(template, data) == "1(x[p1q2])2(y[r1])")
  }

  @Test func outerValuesVisibleInNestedLoops() throws {
    let data: Value = ["unit": "局", "groups": [["g": "A", "xs": [1, 2]]]]
    #expect(try renderText("{{#groups}}{{#xs}}{{unit}}{{g}}{{.}}{{/xs}}{{/groups}}", data) == "局A1局A2")
  }

  @Test func objectSectionChangesScope() throws {
    let data: Value = ["stats": ["meetings": 4, "people": 30], "meetings": 99]
    #expect(try renderText("{{#stats}}{{meetings}}/{{people}}{{/stats}}", data) == "4/30")
  }

  @Test func truthyScalarRendersOnceWithItselfAsScope() throws {
    #expect(try renderText("{{#n}}[{{.}}]{{/n}}", ["n": 0]) == "[0]")
    #expect(try renderText("{{#s}}[{{.}}]{{/s}}", ["s": "x"]) == "[x]")
    #expect(try renderText("{{#b}}yes{{/b}}", ["b": true]) == "yes")
  }

  static let truthinessTable: [(String, Value, Bool)] = [
    ("false", .bool(false), false), ("null", .null, false), ("empty text", .string(""), false),
    ("empty list", .list([]), false), ("zero", 0, true), ("text", "a", true), ("true", true, true),
    ("list", [1], true), ("empty object", [:], true),
  ]

  @Test(arguments: truthinessTable)
  func truthiness(name: String, value: Value, truthy: Bool) throws {
    let data: Value = ["v": value]
    #expect(value.isTruthy == truthy, "\(name)")
    #expect(try renderText("{{#v}}N{{/v}}", data) == (truthy ? "N" : ""), "\(name)")
    #expect(try renderText("{{^v}}I{{/v}}", data) == (truthy ? "" : "I"), "\(name)")
    let guarded = try site("{{#v}}")
    let result = render([.section(guarded, .guarded, [.literal(Array("G".utf8))])], data)
    #expect(result.sink.output == (truthy ? "G" : ""), "\(name)")
  }

  @Test func missingSectionIsFalseNotAnError() throws {
    #expect(try renderText("{{#nothing}}x{{/nothing}}{{^nothing}}none{{/nothing}}", [:]) == "none")
  }

  @Test func invertedDoesNotChangeScope() throws {
    #expect(try renderText("{{^items}}{{title}}{{/items}}", ["items": [], "title": "无"]) == "无")
  }

  @Test func guardedRendersOnceForAListWithoutChangingScope() throws {
    let section = try site("{{#items}}")
    let nodes: [TemplateNode] = [.section(section, .guarded, try compile("<{{#items}}{{.}}{{/items}}|{{>blk}}>"))]
    let data: Value = ["items": [1, 2], "blk": "b"]
    let result = render(nodes, data)
    #expect(result.errors.isEmpty)
    #expect(result.sink.output == "<12|[block]>")
    #expect(result.sink.blocks.first?.current == data)
  }

  @Test func hooksGetFreshRepetitionIds() throws {
    let outer = try site("{{#rows}}")
    let inner = try site("{{#cells}}")
    let guarded = try site("{{#rows}}")
    let nodes: [TemplateNode] = [
      .hook(1),
      .section(
        guarded, .guarded,
        [
          .section(outer, .normal, [.hook(2), .section(inner, .normal, [.hook(3)])])
        ]),
    ]
    let data: Value = ["rows": [["cells": [1, 2]], ["cells": [3]]]]
    let result = render(nodes, data)
    #expect(result.errors.isEmpty)
    #expect(result.sink.hooks.map(\.id) == [1, 2, 3, 3, 2, 3])
    #expect(result.sink.hooks.map(\.repetitions) == [[], [1, 2], [1, 2, 3], [1, 2, 4], [1, 5], [1, 5, 6]])
  }

  @Test func missingValuesAreCollectedWithLocations() throws {
    let template = "{{a}}，{{stats.meetings}}，{{#xs}}{{b}}{{/xs}}"
    let result = render(try compile(template), ["xs": [1, 2, 3]])
    #expect(result.errors.map(\.kind) == [.missingValue("a"), .missingValue("stats.meetings"), .missingValue("b")])
    #expect(result.errors.map { $0.location?.offset } == [0, 8, 36])
    #expect(result.errors.map(\.tagText) == ["{{a}}", "{{stats.meetings}}", "{{b}}"])
    #expect(result.sink.output == "，，")
  }

  @Test func allowMissingRendersEmptyText() throws {
    let result = render(try compile("[{{a}}|{{>blk}}]"), [:], options: RenderOptions(allowMissing: true))
    #expect(result.errors.isEmpty)
    #expect(result.sink.output == "[|]")
    #expect(result.sink.blocks.isEmpty)
  }

  @Test func defaultHandlesMissingValues() throws {
    #expect(try renderText("{{x | default:\"无\"}}", [:]) == "无")
    #expect(try renderText("{{x | upper | default:\"无\"}}", [:]) == "无")
    #expect(try renderText("{{x | number:\"0.00\" | default:\"-\"}}", ["x": .null]) == "-")
    #expect(try renderText("{{x | default:\"无\"}}", ["x": "有"]) == "有")
  }

  @Test func missingValueThroughFiltersIsStillMissing() throws {
    let result = render(try compile("{{x | upper}}"), [:])
    #expect(result.errors.map(\.kind) == [.missingValue("x")])
  }

  @Test func explicitNullPrintsEmpty() throws {
    #expect(try renderText("[{{x}}]", ["x": .null]) == "[]")
  }

  @Test func filterFailuresAreCollectedWithTheTagLocation() throws {
    let result = render(try compile("{{a | number:\"0.00\"}} {{b | cnmoney}}"), ["a": "abc", "b": true])
    #expect(result.errors.map(\.kind.id) == ["filter_failed", "filter_failed"])
    #expect(result.errors.first?.kind == .filterFailed(filter: "number", reason: "'abc' is not a number"))
    #expect(result.errors.map { $0.location?.offset } == [0, 22])
  }

  @Test func objectInAValueTagIsTheWrongType() throws {
    let result = render(try compile("{{stats}}"), ["stats": ["a": 1]])
    #expect(result.errors.map(\.kind) == [.wrongType(path: "stats", expected: "text", found: "object")])
  }

  @Test func listOfScalarsPrintsJoined() throws {
    #expect(try renderText("{{xs}}", ["xs": ["a", "b"]]) == "a、b")
  }

  @Test func errorsInLoopsAreReportedOnce() throws {
    let result = render(try compile("{{#xs}}{{missing}}{{.|number:\"0\"}}{{/xs}}"), ["xs": ["a", "b", "c"]])
    #expect(result.errors.map(\.kind.id) == ["missing_value", "filter_failed"])
  }

  @Test func blocksReceiveValueAndScope() throws {
    let result = render(try compile("{{#items}}{{>body}}{{/items}}"), ["items": [["body": "正文"]]])
    #expect(result.errors.isEmpty)
    #expect(result.sink.blocks.count == 1)
    #expect(result.sink.blocks.first?.value == "正文")
    #expect(result.sink.blocks.first?.current == ["body": "正文"])
  }

  @Test func missingBlockIsAnError() throws {
    let result = render(try compile("{{%logo}}"), [:])
    #expect(result.errors.map(\.kind) == [.missingValue("logo")])
  }

  @Test func blockErrorsAreCollected() throws {
    let nodes = try compile("{{>a}}{{b}}")
    var sink = TestSink()
    sink.blockError = TemplateErrors([
      TemplateError(.invalidValue(path: "a", reason: "not a table")),
      TemplateError(.wrongType(path: "a", expected: "list", found: "text")),
    ])
    var errors: [TemplateError] = []
    do {
      try TemplateRenderer().render(nodes, data: ["a": "x"], into: &sink)
    } catch let thrown as TemplateErrors {
      errors = thrown.errors
    }
    #expect(errors.map(\.kind.id) == ["invalid_value", "wrong_type", "missing_value"])
    #expect(errors.first?.location?.offset == 0)
    #expect(errors.first?.tagText == "{{>a}}")
  }

  @Test func renderingGoesOnAfterErrors() throws {
    let result = render(try compile("{{a}}中{{b}}文{{c}}"), ["b": "B"])
    #expect(result.sink.output == "中B文")
    #expect(result.errors.count == 2)
  }

  @Test func sectionFilters() throws {
    #expect(try renderText("{{#xs | len}}{{.}}{{/xs}}", ["xs": [7, 8]]) == "2")
  }
}
