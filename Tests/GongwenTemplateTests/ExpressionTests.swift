import Testing

@testable import GongwenTemplate

@Suite struct ExpressionParsingTests {
  private func operand(_ text: String) throws -> Operand { try parsedTag("{{\(text)}}").expression.operand }

  @Test func precedenceAndGrouping() throws {
    #expect(try operand("a + b * c").description == "a + b * c")
    #expect(try operand("(a + b) * c").description == "(a + b) * c")
    #expect(try operand("a - b - c") == .binary(.subtract, .binary(.subtract, .path(Path(["a"])), .path(Path(["b"]))), .path(Path(["c"]))))
    #expect(try operand("not a and b or c").description == "not a and b or c")
    #expect(try operand("a > 1 && b != \"x\" || !c").description == "a > 1 and b != \"x\" or not c")
    #expect(try operand("-a * 2").description == "-a * 2")
  }

  @Test func literalsAndFunctions() throws {
    #expect(try operand("类型 == “市直”") == .binary(.equal, .path(Path(["类型"])), .literal("市直")))
    #expect(try operand("len(人员) >= 10").description == "len(人员) >= 10")
    #expect(try operand("x == true") == .binary(.equal, .path(Path(["x"])), .literal(.bool(true))))
    #expect(try operand("[检查 次数] + 1").description == "[检查 次数] + 1")
  }

  @Test func plainPathsStayPaths() throws {
    #expect(try operand("2022") == .path(Path(["2022"])))
    #expect(try operand("2022年") == .path(Path(["2022年"])))
    #expect(try operand("a_b-c2") == .path(Path(["a_b-c2"])))
    #expect(try operand(".") == .path(.current))
    #expect(try operand("$index") == .path(Path(["$index"])))
  }

  @Test func filtersApplyToTheWholeExpression() throws {
    let expression = try parsedTag("{{(本年 - 上年) / 上年 | percent:1}}").expression
    #expect(expression.operand.description == "(本年 - 上年) / 上年")
    #expect(expression.filters.map(\.name) == ["percent"])
  }

  @Test func malformedExpressions() {
    #expect(parseError("{{a +}}") == .malformedTag("'a +' ends where a value belongs"))
    #expect(parseError("{{(a + b}}") == .malformedTag("'(' without a closing ')' in '(a + b'"))
    #expect(parseError("{{a = 1}}") == .malformedTag("'=' in 'a = 1': compare with '=='"))
    #expect(parseError("{{1 < a < 3}}") == .malformedTag("comparisons do not chain in '1 < a < 3': join them with 'and'"))
    #expect(parseError("{{a and}}") == .malformedTag("'a and' ends where a value belongs"))
    #expect(parseError("{{sum(a)}}") == .malformedTag("unknown function 'sum' in 'sum(a)'"))
    #expect(parseError("{{a ; b}}") == .malformedTag("unexpected ';' in 'a ; b'"))
  }

  @Test func readsListNamesWithNumberUse() throws {
    let reads = try operand("(本年 - 上年) / 上年 > 0 and 类型 == \"市直\"").reads
    #expect(reads.map(\.path.description) == ["本年", "上年", "类型"])
    #expect(reads.map(\.asNumber) == [true, true, false])
  }
}

@Suite struct ExpressionEvaluationTests {
  @Test func decimalArithmetic() throws {
    #expect(try renderText("{{a + b}}", ["a": 0.1, "b": 0.2]) == "0.3")
    #expect(try renderText("{{a * 3}}", ["a": .number("1.10")]) == "3.3")
    #expect(try renderText("{{a - b}}", ["a": 5, "b": 8]) == "-3")
    #expect(try renderText("{{1 / 3}}", [:]) == "0.3333333333333333")
    #expect(try renderText("{{2 + 3 * 4}}", [:]) == "14")
    #expect(try renderText("{{(2 + 3) * 4}}", [:]) == "20")
  }

  @Test func percentageOfTheChange() throws {
    let data: Value = ["本年": "1,320", "上年": "1200"]
    #expect(try renderText("{{(本年 - 上年) / 上年 | percent:1}}", data) == "10.0%")
    let sentence = "{{#本年 > 上年}}增长{{/}}{{^本年 > 上年}}下降{{/}}"
    #expect(try renderText(sentence, data) == "增长")
    #expect(try renderText(sentence, ["本年": 90, "上年": 100]) == "下降")
  }

  @Test func textAndNumberComparisons() throws {
    #expect(try renderText("{{#n > 9}}大{{/}}", ["n": "10"]) == "大")  // both read as numbers
    #expect(try renderText("{{#s > \"9\"}}大{{/}}", ["s": "a"]) == "大")  // texts compare as texts
    #expect(try renderText("{{#类型 == \"市直\" and 人数 >= 10}}是{{/}}", ["类型": "市直", "人数": 12]) == "是")
    #expect(try renderText("{{#x == 1}}一{{/x == 1}}", ["x": "1.0"]) == "一")
    #expect(try renderText("{{a + b}}", ["a": "甲", "b": "乙"]) == "甲乙")
    #expect(try renderText("{{len(xs)}}、{{xs | len}}", ["xs": [1, 2, 3]]) == "3、3")
    #expect(try renderText("{{#not flag}}无{{/}}", [:]) == "无")
  }

  @Test func typeProblemsAreDataErrorsNamingTheValues() throws {
    let result = render(try compile("{{a - b}}"), ["a": "甲", "b": 2])
    #expect(result.errors.map(\.kind) == [.expressionFailed(expression: "a - b", reason: "'甲' is not a number in '甲' - '2'")])
    let zero = render(try compile("{{a / b}}"), ["a": 1, "b": 0])
    #expect(zero.errors.map(\.kind) == [.expressionFailed(expression: "a / b", reason: "division by zero ('1' / '0')")])
    #expect(zero.errors.first?.message == "cannot compute 'a / b': division by zero ('1' / '0')")
    let order = render(try compile("{{#a > b}}x{{/}}"), ["a": 1, "b": "甲"])
    #expect(order.errors.map(\.kind.id) == ["expression_failed"])
  }

  @Test func missingNamesInExpressions() throws {
    let result = render(try compile("{{本年 - 上年}}"), ["本年": 1, "上一年": 2])
    #expect(result.errors.map(\.kind) == [.missingValue("上年")])
    #expect(result.errors.first?.tagText == "{{本年 - 上年}}")
    let allowed = render(try compile("[{{本年 - 上年}}]"), ["本年": 1], options: RenderOptions(allowMissing: true))
    #expect(allowed.errors.isEmpty)
    #expect(allowed.sink.output == "[]")
  }

  @Test func anonymousCloseEndsTheInnermostSection() throws {
    #expect(try renderText("{{#xs}}{{#ok}}{{$index}}{{/}}{{/}}", ["xs": [1, 2], "ok": true]) == "12")
    #expect(try renderText("{{#xs}}<{{.}}>{{/xs}}", ["xs": ["a"]]) == "<a>")
  }
}
