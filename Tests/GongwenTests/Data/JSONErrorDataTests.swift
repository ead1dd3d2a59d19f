import Testing

@testable import Gongwen

@Suite struct JSONErrorDataTests {
  /// The error parsing `text` gives, as (line, column, message).
  private func failure(
    _ text: String, anyValue: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> (Int?, Int?, String) {
    let error = DataTestSupport.dataError(sourceLocation: sourceLocation) {
      if anyValue {
        _ = try DataLoader.parseJSONValue(text, file: "data.json")
      } else {
        _ = try DataLoader.parseJSON(text, file: "data.json", requireMapping: true)
      }
    }
    #expect(error?.file == "data.json", sourceLocation: sourceLocation)
    return (error?.line, error?.column, error?.message ?? "")
  }

  @Test func missingCommaBetweenMembers() {
    let (line, column, message) = failure(#"{"a": 1 "b": 2}"#)
    #expect(line == 1 && column == 9)
    #expect(message == "expected ',' or '}' after an object member")
  }

  @Test func columnCountsCharactersAfterChineseText() {
    let text = """
      {
        "标题": "关于印发通知",
        "文号": "国办发" "x"
      }
      """
    let (line, column, message) = failure(text)
    #expect(line == 3)
    #expect(column == 15)
    #expect(message == "expected ',' or '}' after an object member")
  }

  @Test func emojiCountsAsOneColumn() {
    let (line, column, _) = failure(#"{"😀": 1 x}"#)
    #expect(line == 1 && column == 9)
  }

  @Test func crlfLineBreaks() {
    let (line, column, message) = failure("{\r\n\"a\": 1\r\n,,}")
    #expect(line == 3 && column == 2)
    #expect(message == "expected a key in double quotes after ',', found ','")
  }

  @Test func trailingCommas() {
    let object = failure(#"{"a": 1,}"#)
    #expect(object.0 == 1 && object.1 == 9)
    #expect(object.2 == "JSON does not allow a trailing comma before '}'")
    let list = failure(#"{"a": [1, 2, ]}"#)
    #expect(list.0 == 1 && list.1 == 14)
    #expect(list.2 == "JSON does not allow a trailing comma before ']'")
  }

  @Test func comments() {
    let line = failure("{\"a\": 1 // note\n}")
    #expect(line.0 == 1 && line.1 == 9)
    #expect(line.2 == "JSON does not allow comments")
    let block = failure("/* header */ {}")
    #expect(block.0 == 1 && block.1 == 1)
    #expect(block.2 == "JSON does not allow comments")
    let after = failure("{}\n// end")
    #expect(after.0 == 2 && after.1 == 1)
    #expect(after.2 == "JSON does not allow comments")
  }

  @Test func trailingGarbage() {
    let (line, column, message) = failure("{\"a\": 1}\n  x")
    #expect(line == 2 && column == 3)
    #expect(message == "unexpected 'x' after the JSON value: the text must hold exactly one value")
  }

  @Test func keyProblems() {
    let colon = failure(#"{"a" 1}"#)
    #expect(colon.0 == 1 && colon.1 == 6)
    #expect(colon.2 == "expected ':' after the object key")
    let bare = failure(#"{a: 1}"#)
    #expect(bare.1 == 2)
    #expect(bare.2 == "expected a key in double quotes or '}', found 'a'")
    let single = failure(#"{'a': 1}"#)
    #expect(single.1 == 2)
    #expect(single.2 == "JSON keys must be in double quotes, not single quotes")
  }

  @Test func stringProblems() {
    let unterminated = failure(#"{"a": "abc"#)
    #expect(unterminated.0 == 1 && unterminated.1 == 7)
    #expect(unterminated.2 == "this string has no closing '\"'")
    let lineBreak = failure("{\"a\": \"ab\ncd\"}")
    #expect(lineBreak.0 == 1 && lineBreak.1 == 10)
    #expect(lineBreak.2.hasPrefix("a string cannot go on past the end of the line"))
    let tab = failure("{\"a\": \"a\tb\"}")
    #expect(tab.1 == 9)
    #expect(tab.2 == "a tab inside a string must be written \\t")
    let escape = failure(#"{"a": "x\q"}"#)
    #expect(escape.1 == 9)
    #expect(escape.2.hasPrefix("invalid escape '\\q' in a string"))
    let hex = failure(#"{"a": "\u12G4"}"#)
    #expect(hex.1 == 8)
    #expect(hex.2 == "\\u must be followed by four hex digits")
  }

  @Test func loneSurrogates() {
    let high = failure(#"{"a": "x\uD800"}"#)
    #expect(high.1 == 9)
    #expect(high.2.hasPrefix("\\uD800 is a lone high surrogate"))
    let highThenLetter = failure(#"{"a": "\uD83D\u0041"}"#)
    #expect(highThenLetter.1 == 8)
    #expect(highThenLetter.2.hasPrefix("\\uD83D is a lone high surrogate"))
    let low = failure(#"{"a": "\uDE00"}"#)
    #expect(low.1 == 8)
    #expect(low.2.hasPrefix("\\uDE00 is a lone low surrogate"))
  }

  @Test func numberProblems() {
    let zero = failure(#"{"a": 01}"#)
    #expect(zero.1 == 7)
    #expect(zero.2.hasPrefix("a JSON number cannot have a leading zero"))
    let point = failure(#"{"a": 1.}"#)
    #expect(point.1 == 9)
    #expect(point.2 == "expected a digit after the decimal point")
    let minus = failure(#"{"a": -}"#)
    #expect(minus.1 == 8)
    #expect(minus.2 == "expected a digit after '-'")
    let exponent = failure(#"{"a": 1e}"#)
    #expect(exponent.1 == 9)
    #expect(exponent.2 == "expected a digit in the number's exponent")
    let plus = failure(#"{"a": +1}"#)
    #expect(plus.1 == 7)
    #expect(plus.2 == "a JSON number cannot start with '+'")
    let leadingPoint = failure(#"{"a": .5}"#)
    #expect(leadingPoint.2 == "a JSON number must start with a digit (write 0.5, not .5)")
    let letters = failure(#"{"a": 12px}"#)
    #expect(letters.1 == 9)
    #expect(letters.2 == "unexpected 'p' in a number")
    let huge = failure(#"{"a": 1e999}"#)
    #expect(huge.1 == 7)
    #expect(huge.2 == "the number 1e999 is too large")
  }

  @Test func wordsThatAreNotLiterals() {
    let capital = failure(#"{"a": True}"#)
    #expect(capital.1 == 7)
    #expect(capital.2 == "unknown word 'True': JSON's literals are true, false and null, in lower case")
    let nan = failure(#"{"a": NaN}"#)
    #expect(nan.2 == "JSON has no 'NaN': numbers must be finite")
    let bare = failure(#"{"a": 通知}"#)
    #expect(bare.1 == 7)
    #expect(bare.2 == "unknown word '通知': text must be in double quotes")
    let missing = failure(#"{"a": }"#)
    #expect(missing.1 == 7)
    #expect(missing.2 == "expected a value, found '}'")
  }

  @Test func endOfText() {
    let member = failure(#"{"a": 1"#)
    #expect(member.0 == 1 && member.1 == 8)
    #expect(member.2 == "unexpected end of the text: expected ',' or '}' after an object member")
    let list = failure("[1 2]", anyValue: true)
    #expect(list.1 == 4)
    #expect(list.2 == "expected ',' or ']' after a list element")
    let empty = failure("  \n ")
    #expect(empty.0 == 2 && empty.1 == 2)
    #expect(empty.2 == "the text is empty: expected a JSON value such as {}")
  }

  @Test func topLevelMayBeAnyValue() throws {
    #expect(try DataLoader.parseJSON("[1, 2]") == .list([.number("1"), .number("2")]))
    #expect(try DataLoader.parseJSON("\n  \"通知\"") == .string("通知"))
    #expect(try DataLoader.parseJSON("3.50") == .number("3.50"))
    #expect(try DataLoader.parseJSON("null") == DataLoader.parseJSON("{}"))
  }

  @Test func topLevelMustBeAnObjectWhereDataIsMerged() {
    let list = failure("[1, 2]")
    #expect(list.0 == 1 && list.1 == 1)
    #expect(list.2 == "the data's top level must be a mapping of names to values, not a list")
    let text = failure("\n  \"通知\"")
    #expect(text.0 == 2 && text.1 == 3)
    #expect(text.2 == "the data's top level must be a mapping of names to values, not a text")
  }

  @Test func deepNestingIsRefusedWithoutStackOverflow() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let (line, column, message) = failure(text, anyValue: true)
    #expect(line == 1 && column == 257)
    #expect(message == "the data nests deeper than 256 levels")
  }

  @Test func deepNestingInsideAnObjectCountsTheObject() {
    let text = "{\"a\":" + String(repeating: "[", count: 256) + String(repeating: "]", count: 256) + "}"
    let (_, column, message) = failure(text)
    #expect(column == 6 + 255)
    #expect(message == "the data nests deeper than 256 levels")
  }

  @Test func smallerLimitsApply() {
    let limits = DataLimits(maxDepth: 3, maxNodes: 4, maxStringBytes: 5)
    #expect(throws: DataError.self) { try DataLoader.parseJSON(#"{"a": [[[1]]]}"#, limits: limits) }
    let nodes = DataTestSupport.dataError { _ = try DataLoader.parseJSON(#"{"a": [1, 2, 3, 4]}"#, limits: limits) }
    #expect(nodes?.message == "the data has more than 4 values")
    let string = DataTestSupport.dataError { _ = try DataLoader.parseJSON(#"{"a": "123456"}"#, limits: limits) }
    #expect(string?.message == "this string is longer than 5 bytes, the most allowed")
    #expect(string?.column == 7)
    _ = try? DataLoader.parseJSON(#"{"a": "12345"}"#, limits: limits)
  }
}
