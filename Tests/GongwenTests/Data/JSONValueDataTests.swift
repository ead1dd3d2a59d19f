import Collections
import Testing

@testable import Gongwen

@Suite struct JSONValueDataTests {
  @Test func numberLiteralsAreKeptExactly() throws {
    let value = try DataLoader.parseJSON(
      #"{"a": 3, "b": 1.50, "c": -0.0, "d": 1e3, "e": 12345678901234567890, "f": 2.5E-3, "g": 0}"#)
    #expect(DataTestSupport.literal(value["a"]) == "3")
    #expect(DataTestSupport.literal(value["b"]) == "1.50")
    #expect(DataTestSupport.literal(value["c"]) == "-0.0")
    #expect(DataTestSupport.literal(value["d"]) == "1e3")
    #expect(DataTestSupport.literal(value["e"]) == "12345678901234567890")
    #expect(DataTestSupport.literal(value["f"]) == "2.5E-3")
    #expect(DataTestSupport.literal(value["g"]) == "0")
    if case .number(let number) = value["d"] { #expect(number.double == 1000) }
    #expect(value["b"]?.displayText == "1.50")
  }

  @Test func chineseKeysAndValues() throws {
    let value = try DataLoader.parseJSON(#"{"发文机关": "国务院办公厅", "文号": "国办发〔2024〕1号", "主送": ["各省", "各部委"]}"#)
    #expect(value["发文机关"] == .string("国务院办公厅"))
    #expect(value["文号"] == .string("国办发〔2024〕1号"))
    #expect(value["主送"] == .list([.string("各省"), .string("各部委")]))
  }

  @Test func keyOrderIsKept() throws {
    let value = try DataLoader.parseJSON(#"{"z": 1, "a": 2, "中": 3, "m": {"y": 1, "b": 2}}"#)
    #expect(DataTestSupport.keys(value) == ["z", "a", "中", "m"])
    #expect(DataTestSupport.keys(value["m"]) == ["y", "b"])
  }

  @Test func duplicateKeysLastWinsAtFirstPlace() throws {
    let value = try DataLoader.parseJSON(#"{"a": 1, "b": 2, "a": 3}"#)
    #expect(DataTestSupport.keys(value) == ["a", "b"])
    #expect(DataTestSupport.literal(value["a"]) == "3")
  }

  @Test func literalsAndEmptyContainers() throws {
    let value = try DataLoader.parseJSON(#" { "t" : true , "f":false,"n":null, "l":[], "o":{} } "#)
    #expect(value["t"] == .bool(true))
    #expect(value["f"] == .bool(false))
    #expect(value["n"] == .null)
    #expect(value["l"] == .list([]))
    #expect(value["o"] == .object(OrderedDictionary<String, Value>()))
  }

  @Test func escapes() throws {
    let value = try DataLoader.parseJSON(#"{"s": "q\" b\\ s\/ \b\f\n\r\t end", "u": "\u4E2D\u6587 \u00e9 \u0000."}"#)
    #expect(value["s"] == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t end"))
    #expect(value["u"] == .string("中文 é \u{0}."))
  }

  @Test func surrogatePairsMakeOneCharacter() throws {
    let value = try DataLoader.parseJSON(#"{"emoji": "\uD83D\uDE00", "ext": "\ud840\udc0b"}"#)
    #expect(value["emoji"] == .string("😀"))
    #expect(value["ext"] == .string("\u{2000B}"))
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let value = try DataLoader.parseJSON("\u{FEFF}{\"a\": 1}")
    #expect(DataTestSupport.literal(value["a"]) == "1")
  }

  @Test func nestedStructure() throws {
    let value = try DataLoader.parseJSON(#"{"a": [1, [2, {"b": [3]}], {"c": {}}]}"#)
    let empty = OrderedDictionary<String, Value>()
    let b: OrderedDictionary<String, Value> = ["b": .list([.number("3")])]
    let c: OrderedDictionary<String, Value> = ["c": .object(empty)]
    let expected: Value = .list([.number("1"), .list([.number("2"), .object(b)]), .object(c)])
    #expect(value["a"] == expected)
  }

  @Test func anyValueAtTopLevelWithParseJSONValue() throws {
    #expect(try DataLoader.parseJSONValue("[1, 2]") == .list([.number("1"), .number("2")]))
    #expect(try DataLoader.parseJSONValue(" \"x\" ") == .string("x"))
    #expect(try DataLoader.parseJSONValue("-12.5e+2") == .number("-12.5e+2"))
  }

  @Test func nestingUpToTheLimitIsFine() throws {
    // The top-level object is level 1, so 255 lists fit in 256 levels.
    let text = "{\"a\":" + String(repeating: "[", count: 255) + String(repeating: "]", count: 255) + "}"
    _ = try DataLoader.parseJSON(text)
  }

  @Test func largeFlatDocumentParses() throws {
    let items = (0..<100_000).map { #"{"id": \#($0), "名称": "项目\#($0)", "金额": 1.50}"# }
    let text = #"{"rows": ["# + items.joined(separator: ",") + "]}"
    let value = try DataLoader.parseJSON(text)
    guard case .list(let rows) = value["rows"] else {
      Issue.record("rows is not a list")
      return
    }
    #expect(rows.count == 100_000)
    #expect(rows[99_999]["名称"] == .string("项目99999"))
  }
}
