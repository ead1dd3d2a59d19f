import Testing

@testable import GongwenTemplate

/// Delimiter switches, identical start and end delimiters, and the lenient syntax options, through the
/// lexer and through text templates.
struct DelimiterSyntaxTests {
  private let braces = TagSyntax(delimiters: Delimiters(open: "{", close: "}"))

  private func render(_ source: String, _ data: Value, syntax: TagSyntax = .standard) throws -> String {
    try TextTemplate(source, part: "t", syntax: syntax).render(data)
  }

  private func lexErrors(_ source: String, syntax: TagSyntax) -> [TemplateError.Kind] {
    TagLexer(syntax: syntax).scan(source).errors.map(\.kind)
  }

  @Test func switchInOurSyntaxAndBack() throws {
    let text = "{{a}}{{=<% %>=}}<%b%> {{c}} <%={{ }}=%>{{d}}"
    let (matches, errors) = TagLexer().scan(text)
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["{{a}}", "{{=<% %>=}}", "<%b%>", "<%={{ }}=%>", "{{d}}"])
    #expect(matches[1].newDelimiters == Delimiters(open: "<%", close: "%>"))
    #expect(matches[2].switched?.delimiters == Delimiters(open: "<%", close: "%>"))
    #expect(matches[0].switched == nil && matches[4].switched?.delimiters == .standard)
    #expect(try render(text, ["a": "1", "b": "2", "d": "4"]) == "12 {{c}} 4")
  }

  @Test func docxtemplaterSwitches() throws {
    #expect(try render("Hi {=[[ ]]=}[[user]][[={ }=]] and {user2}", ["user": "John", "user2": "Jane"], syntax: braces)
      == "Hi John and Jane")
    // The new delimiters may hold the old closing one; the switch ends at the prefix and the closing delimiter.
    #expect(try render("Hi {={{[ ]}}=}{{[user]}}{{[={{ ]=]}} and {{user2]", ["user": "John", "user2": "Jane"],
                       syntax: braces) == "Hi John and Jane")
  }

  @Test func switchesNeedTwoDelimiters() {
    for bad in ["Hi {=a b c=}", "Hi {= =}", "Hi {=[ =}", "Hi {= ]=}"] {
      #expect(lexErrors(bad, syntax: braces).map(\.id) == ["invalid_delimiters"], "\(bad)")
    }
    #expect(TemplateError(.invalidDelimiters("{=a b c=}")).message
      == "delimiter switch '{=a b c=}' must name two delimiters separated by a space, as in {{=<% %>=}}")
  }

  @Test func switchHoldsIntoTheNextTextsScanned() {
    let lexer = TagLexer()
    var delimiters = lexer.delimiters
    _ = lexer.scan("前文{{=[[ ]]=}}", delimiters: &delimiters)
    #expect(delimiters == Delimiters(open: "[[", close: "]]"))
    let next = lexer.scan("{{不是标签}}[[名称]]", delimiters: &delimiters)
    #expect(next.matches.map(\.text) == ["[[名称]]"])
    #expect(next.errors.isEmpty)
  }

  @Test func anotherPrefixOrNone() throws {
    var dollar = braces
    dollar.changeDelimiterPrefix = "$"
    #expect(try render("{$[[ ]]$}[[name]]", ["name": "John"], syntax: dollar) == "John")
    var none = braces
    none.changeDelimiterPrefix = nil
    // Without switches the tag is an ordinary (here malformed) tag.
    #expect(throws: TemplateErrors.self) { try render("{=[[ ]]=}[[name]]", ["name": "John"], syntax: none) }
    // `{{=x}}` without a closing `=}}` is no switch: the ordinary tag it is stays an error.
    #expect(throws: TemplateErrors.self) { try render("{{=x}}", ["x": "1"]) }
  }

  @Test func identicalDelimiters() throws {
    let percent = TagSyntax(delimiters: try #require(Delimiters(parsing: "% %")))
    #expect(try render("%单位%：%#项%%.%、%/项%", ["单位": "市局", "项": ["甲", "乙"]], syntax: percent) == "市局：甲、乙、")
    let double = TagSyntax(delimiters: try #require(Delimiters(parsing: "%% %%")))
    #expect(try render("致%%name%%：", ["name": "张三"], syntax: double) == "致张三：")
    #expect(lexErrors("未完 %name", syntax: percent).map(\.id) == ["unclosed_tag"])
  }

  @Test func allowUnclosedTag() throws {
    var lenient = braces
    lenient.allowUnclosedTag = true
    let data: Value = ["firstName": "John", "lastName": "Doe"]
    #expect(try render("Hello {{{lastName} world", data, syntax: lenient) == "Hello {{Doe world")
    #expect(try render("Hello {firstName {lastName} world", data, syntax: lenient) == "Hello {firstName Doe world")
    #expect(try render("Hello {", data, syntax: lenient) == "Hello {")
    #expect(lexErrors("Hello {", syntax: braces).map(\.id) == ["unclosed_tag"])
    // A stray closing delimiter is still an error unless allowUnopenedTag is set too.
    #expect(lexErrors("Hello }", syntax: lenient).map(\.id) == ["unopened_tag"])
  }

  @Test func allowUnopenedTag() throws {
    var lenient = braces
    lenient.allowUnopenedTag = true
    let data: Value = ["firstName": "John", "lastName": "Doe"]
    #expect(try render("Hello firstName} {lastName} } world} } }", data, syntax: lenient)
      == "Hello firstName} Doe } world} } }")
    lenient.allowUnclosedTag = true
    #expect(try render("Hello {{lastName}}", data, syntax: lenient) == "Hello {Doe}")
    #expect(try render("Hello }", data, syntax: lenient) == "Hello }")
  }

  @Test func manyUnfinishedSwitchesStayLinear() {
    let text = String(repeating: "{{=[[ ", count: 20_000)
    let (matches, errors) = TagLexer().scan(text)
    #expect(matches.isEmpty)
    #expect(errors.count == 20_000)
  }

  @Test func hyphenIsMinusInDocxtemplaterSyntax() throws {
    var docxtemplater = braces
    docxtemplater.hyphensInNames = false
    let data: Value = ["date": 2019, "offset": 1, "users": [["name": "John", "age": 44]]]
    #expect(try render("{#users}{name} {date-age+ offset}{/}", data, syntax: docxtemplater) == "John 1976")
    // In Gongwen's own reading `-` belongs to a name.
    #expect(try render("{a_b-c2}", ["a_b-c2": "x"], syntax: braces) == "x")
  }

  @Test func thisIsTheCurrentItemUnlessTheDataNamesIt() throws {
    #expect(try render("{{#hello}}{{this}}{{/hello}}", ["hello": ["world"]]) == "world")
    #expect(try render("{{this}}", ["this": "named"]) == "named")
  }

  @Test func nullInAnItemGivesWayToAnOuterValue() throws {
    #expect(try render("{{#c}}{{label}}{{/c}}", ["c": ["label": .null], "label": "hello"]) == "hello")
    // With no value further out, the null itself is used (empty text).
    #expect(try render("{{#c}}[{{label}}]{{/c}}", ["c": ["label": .null]]) == "[]")
  }
}
