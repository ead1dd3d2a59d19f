import Testing

@testable import GongwenTemplate

@Suite struct TagParserTests {
  @Test(arguments: [
    ("{{name}}", GongwenTemplate.Tag.Kind.value), ("{{#items}}", .section), ("{{^items}}", .invertedSection),
    ("{{/items}}", .close), ("{{>body}}", .block), ("{{%logo}}", .image),
  ])
  func sigils(text: String, kind: GongwenTemplate.Tag.Kind) throws {
    let tag = try parsedTag(text)
    #expect(tag.kind == kind)
    #expect(tag.text == text)
    #expect(tag.expression.path.components.count == 1)
  }

  @Test func dottedPath() throws {
    #expect(try parsedTag("{{a.b.c}}").expression.path == Path(["a", "b", "c"]))
  }

  @Test func currentItem() throws {
    #expect(try parsedTag("{{.}}").expression.path == .current)
    #expect(try parsedTag("{{#.}}").expression.path.isCurrent)
  }

  @Test(arguments: ["$index", "$index0", "$first", "$last", "$count"])
  func loopVariables(name: String) throws {
    #expect(try parsedTag("{{\(name)}}").expression.path == Path([name]))
  }

  @Test func chineseNames() throws {
    #expect(try parsedTag("{{单位名称}}").expression.path == Path(["单位名称"]))
    #expect(try parsedTag("{{学习.中心组学习次数}}").expression.path == Path(["学习", "中心组学习次数"]))
    #expect(try parsedTag("{{a_b-c2}}").expression.path == Path(["a_b-c2"]))
  }

  @Test func whitespaceIsTrimmedIncludingIdeographicAndNoBreakSpace() throws {
    #expect(try parsedTag("{{ name }}").expression.path == Path(["name"]))
    #expect(try parsedTag("{{\u{3000}单位\u{3000}}}").expression.path == Path(["单位"]))
    #expect(try parsedTag("{{\u{A0}x\u{A0}}}").expression.path == Path(["x"]))
    #expect(try parsedTag("{{# items }}").kind == .section)
    #expect(try parsedTag("{{ /items}}").kind == .close)
  }

  @Test func chainedFilters() throws {
    let tag = try parsedTag("{{x | upper | default:\"无\"}}")
    #expect(tag.expression.filters == [FilterCall(name: "upper"), FilterCall(name: "default", arguments: ["无"])])
  }

  @Test func fullWidthPipe() throws {
    #expect(try parsedTag("{{x ｜ upper}}").expression.filters == [FilterCall(name: "upper")])
  }

  @Test func quotedArgumentForms() throws {
    let quotes = ["\"无\"", "“无”", "'无'", "‘无’"]
    for quote in quotes {
      let filters = try parsedTag("{{x | default:\(quote)}}").expression.filters
      #expect(filters == [FilterCall(name: "default", arguments: ["无"])], "\(quote)")
    }
  }

  @Test func quotedArgumentKeepsSeparatorsAndPipes() throws {
    let filters = try parsedTag("{{x | default:\"a|b, c:d\"}}").expression.filters
    #expect(filters.first?.arguments == ["a|b, c:d"])
    #expect(try parsedTag("{{x | number:\"#,##0.00\"}}").expression.filters.first?.arguments == ["#,##0.00"])
  }

  @Test func escapedQuote() throws {
    let filters = try parsedTag(#"{{x | default:"say \"hi\""}}"#).expression.filters
    #expect(filters.first?.arguments == [#"say "hi""#])
  }

  @Test func numberArgumentsBecomeNumbers() throws {
    let arguments = try parsedTag("{{x | percent:1}}").expression.filters.first?.arguments
    #expect(arguments == [.number(try #require(NumberValue(literal: "1")))])
    let pattern = try parsedTag("{{x | number:0.00}}").expression.filters.first?.arguments
    #expect(pattern == [.number(try #require(NumberValue(literal: "0.00")))])
  }

  @Test func bareWordArguments() throws {
    #expect(try parsedTag("{{x | default:暂无}}").expression.filters.first?.arguments == ["暂无"])
    #expect(try parsedTag("{{x | join:/}}").expression.filters.first?.arguments == ["/"])
  }

  @Test func argumentsSeparatedByColonOrComma() throws {
    var registry = FilterRegistry()
    registry.register("pair", FilterDefinition(validate: { _ in nil }, apply: { value, _ in value }))
    let parser = TagParser(filters: registry)
    let colon = try parser.parse("{{x | pair:\"a\":2}}").get()
    let comma = try parser.parse("{{x | pair: \"a\" , 2 }}").get()
    #expect(colon.expression.filters == comma.expression.filters)
    #expect(colon.expression.filters.first?.arguments.count == 2)
  }

  @Test func fullWidthColonAfterFilterName() throws {
    #expect(try parsedTag("{{x | default：\"无\"}}").expression.filters.first?.arguments == ["无"])
  }

  @Test func sectionsMayHaveFilters() throws {
    #expect(try parsedTag("{{#items | len}}").expression.filters == [FilterCall(name: "len")])
  }

  @Test(arguments: ["{{}}", "{{ }}", "{{#}}", "{{^ }}", "{{\u{3000}}}"])
  func emptyTags(text: String) {
    #expect(parseError(text) == .emptyTag)
  }

  @Test func malformedTags() throws {
    #expect(parseError("{{a..b}}") == .malformedTag("empty name between dots in 'a..b'"))
    #expect(parseError("{{.a}}") == .malformedTag("empty name between dots in '.a'"))
    #expect(parseError("{{a.}}") == .malformedTag("empty name between dots in 'a.'"))
    #expect(parseError("{{x | }}") == .malformedTag("empty filter after '|'"))
    #expect(parseError("{{x | upper |}}") == .malformedTag("empty filter after '|'"))
    #expect(parseError("{{| upper}}") == .malformedTag("no name before '|'"))
    #expect(parseError("{{x | default:\"无}}") == .malformedTag("unterminated quote"))
    #expect(parseError("{{x | default:“无}}") == .malformedTag("unterminated quote"))
    #expect(parseError("{{单位 名称}}") == .malformedTag("space inside name '单位 名称' (write a name with spaces in brackets: [单位 名称])"))
    #expect(try parsedTag("{{a+b}}").expression.operand == .binary(.add, .path(Path(["a"])), .path(Path(["b"]))))
    #expect(try parsedTag("{{/}}").closesInnermost)
    #expect(parseError("{{x | default:}}") == .malformedTag("empty argument to filter 'default'"))
    #expect(
      parseError("{{x | default:\"a\" \"b\"}}") == .malformedTag("unexpected '\"' after an argument of 'default'"))
    #expect(parseError("{{x | :1}}") == .malformedTag("filter name missing before ':'"))
    #expect(parseError("{{x | up per}}") == .malformedTag("space inside filter name after 'up'"))
  }

  @Test func closeTagTakesNoFilters() {
    #expect(parseError("{{/x | upper}}") == .malformedTag("a close tag takes no filters"))
  }

  @Test func unknownFilter() {
    #expect(parseError("{{x | uper}}") == .unknownFilter("uper"))
  }

  @Test func badFilterArguments() {
    guard case .badFilterArgument(let filter, _) = parseError("{{x | percent:\"a\"}}") else {
      Issue.record("expected a bad argument")
      return
    }
    #expect(filter == "percent")
    #expect(parseError("{{x | percent:1.5}}") != nil)
    #expect(parseError("{{x | number}}") != nil)
    #expect(parseError("{{x | number:\"abc\"}}") != nil)
    #expect(parseError("{{x | default}}") != nil)
    #expect(parseError("{{x | upper:1}}") == .badFilterArgument(filter: "upper", reason: "takes no arguments"))
    #expect(parseError("{{x | date:\"abc\"}}") != nil)
  }

  @Test func customDelimiters() throws {
    let tag = try parsedTag("[[#items]]", delimiters: Delimiters(open: "[[", close: "]]"))
    #expect(tag.kind == .section)
    #expect(tag.expression.path == Path(["items"]))
    #expect(tag.text == "[[#items]]")
  }
}
