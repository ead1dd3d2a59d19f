import Testing

@testable import GongwenTemplate

@Suite struct BracketNameTests {
  @Test func bracketedNamesHoldSpacesDotsAndOperators() throws {
    #expect(try parsedTag("{{[检查 次数]}}").expression.path == Path(["检查 次数"]))
    #expect(try parsedTag("{{[No.]}}").expression.path == Path(["No."]))
    #expect(try parsedTag("{{学习.[中心组 学习]}}").expression.path == Path(["学习", "中心组 学习"]))
    #expect(try parsedTag("{{[a+b].[c|d].e}}").expression.path == Path(["a+b", "c|d", "e"]))
    #expect(try parsedTag("{{#[参会 人员]}}").kind == .section)
    #expect(try parsedTag("{{ [ 检查 次数 ] | default:\"无\"}}").expression.filters == [FilterCall(name: "default", arguments: ["无"])])
  }

  @Test func fullWidthCharactersNeedNoBrackets() throws {
    #expect(try parsedTag("{{金额（万元）}}").expression.path == Path(["金额（万元）"]))
  }

  @Test func descriptionBracketsOnlyNamesThatNeedIt() throws {
    #expect(Path(["学习", "中心组 学习"]).description == "学习.[中心组 学习]")
    #expect(Path(["No.", "x"]).description == "[No.].x")
    #expect(Path(["金额（万元）"]).description == "金额（万元）")
  }

  @Test func malformedBrackets() {
    #expect(parseError("{{[检查 次数}}") == .malformedTag("'[' without a closing ']'"))
    #expect(parseError("{{[ ]}}") == .malformedTag("empty name in '[]'"))
    #expect(parseError("{{a[b]}}") == .malformedTag("unexpected '[' after a name in 'a[b]'"))
    #expect(parseError("{{[a]b}}") == .malformedTag("unexpected 'b' in '[a]b'"))
    #expect(parseError("{{[a].}}") == .malformedTag("empty name between dots in '[a].'"))
  }

  @Test func bracketedNamesRender() throws {
    let data: Value = ["检查 次数": 12, "No.": "A-1", "学习": ["中心组 学习": 4]]
    #expect(try renderText("{{[检查 次数]}}次，编号{{[No.]}}，{{学习.[中心组 学习]}}", data) == "12次，编号A-1，4")
    #expect(try renderText("{{#学习}}{{[中心组 学习]}}{{/学习}}", data) == "4")
  }

  @Test func missingBracketedNameIsNamedWithItsBrackets() throws {
    let result = render(try compile("{{[检查 次]}}"), ["检查 次数": 1])
    #expect(result.errors.map(\.kind) == [.missingValue("[检查 次]")])
    #expect(result.errors.first?.hint == "did you mean {{[检查 次数]}}?")
  }
}
