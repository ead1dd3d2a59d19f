import Testing

@testable import GongwenTemplate

@Suite struct TagLexerTests {
  @Test func findsTagsWithByteOffsetsInChineseText() {
    let text = "年内开展{{#activities}}活动{{name}}"
    let (matches, errors) = TagLexer().scan(text)
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["{{#activities}}", "{{name}}"])
    #expect(matches[0].range == 12..<27)  // 4 CJK characters of 3 bytes each
    #expect(matches[1].range == 33..<41)
  }

  @Test func chineseNamesInsideTags() {
    let (matches, _) = TagLexer().scan("{{单位名称}}：{{学习.中心组学习次数}}次")
    #expect(matches.map(\.text) == ["{{单位名称}}", "{{学习.中心组学习次数}}"])
    #expect(matches[1].range.lowerBound == "{{单位名称}}：".utf8.count)
  }

  @Test func textWithoutTags() {
    let (matches, errors) = TagLexer().scan("没有标签 { } 的段落")
    #expect(matches.isEmpty)
    #expect(errors.isEmpty)
  }

  @Test func emptyText() {
    let (matches, errors) = TagLexer().scan("")
    #expect(matches.isEmpty && errors.isEmpty)
  }

  @Test func singleCharacterDelimiters() throws {
    let lexer = TagLexer(delimiters: try #require(Delimiters(parsing: "{ }")))
    let (matches, errors) = lexer.scan("第{n}次，共{ total }次")
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["{n}", "{ total }"])
    #expect(matches[0].range == 3..<6)
  }

  @Test func doubledSingleCharacterDelimitersFormOneTag() throws {
    let lexer = TagLexer(delimiters: try #require(Delimiters(parsing: "{ }")))
    let (matches, errors) = lexer.scan("a{{x}}b")
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["{{x}}"])
    #expect(matches.first?.range == 1..<6)
    #expect(
      parseError("{{x}}", delimiters: Delimiters(open: "{", close: "}"))
        == .malformedTag("unexpected '{' in '{x}'"))
  }

  @Test func doubleBracketDelimiters() throws {
    let lexer = TagLexer(delimiters: try #require(Delimiters(parsing: "[[ ]]")))
    let (matches, errors) = lexer.scan("[[#items]]{{not a tag}}[[name]][[/items]]")
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["[[#items]]", "[[name]]", "[[/items]]"])
  }

  @Test func unclosedTagRunsToTheEnd() {
    let text = "开头{{name 结尾"
    let (matches, errors) = TagLexer().scan(text)
    #expect(matches.isEmpty)
    #expect(errors == [LexError(range: 6..<text.utf8.count, kind: .unclosedTag)])
  }

  @Test func unclosedTagBeforeAnotherTag() {
    let (matches, errors) = TagLexer().scan("{{a {{b}}")
    #expect(matches.map(\.text) == ["{{b}}"])
    #expect(errors == [LexError(range: 0..<4, kind: .unclosedTag)])
  }

  @Test func unopenedTag() {
    let (matches, errors) = TagLexer().scan("a}}b{{c}}")
    #expect(matches.map(\.text) == ["{{c}}"])
    #expect(errors == [LexError(range: 1..<3, kind: .unopenedTag)])
  }

  @Test func tripleBracesKeepTheTrailingBraceAsText() {
    let (matches, errors) = TagLexer().scan("{{{x}}}")
    #expect(errors.isEmpty)
    #expect(matches.map(\.text) == ["{{{x}}"])
  }

  @Test func adjacentTags() {
    let (matches, _) = TagLexer().scan("{{a}}{{b}}{{/c}}")
    #expect(matches.map(\.range) == [0..<5, 5..<10, 10..<16])
  }

  @Test func emptyDelimitersFallBackToStandard() {
    let lexer = TagLexer(delimiters: Delimiters(open: "", close: ""))
    #expect(lexer.delimiters == .standard)
    #expect(lexer.scan("{{a}}").matches.count == 1)
  }

  @Test func linearOnLongText() {
    let text = String(repeating: "很长的段落{{x}}", count: 20_000)
    let (matches, errors) = TagLexer().scan(text)
    #expect(matches.count == 20_000)
    #expect(errors.isEmpty)
  }
}
