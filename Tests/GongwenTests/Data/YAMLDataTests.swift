import Collections
import Testing

@testable import Gongwen

@Suite struct YAMLDataTests {
  @Test func numbersKeepTheirText() throws {
    let value = try DataLoader.parseYAML(
      """
      a: 3
      b: 1.50
      c: -0.0
      d: 1e3
      e: 12345678901234567890
      f: 007
      g: 0x1F
      h: +12
      i: 1.
      j: -3
      k: .5
      """)
    let expected = [
      "a": "3", "b": "1.50", "c": "-0.0", "d": "1e3", "e": "12345678901234567890", "f": "007",
      "g": "0x1F", "h": "+12", "i": "1.", "j": "-3", "k": ".5",
    ]
    for (key, literal) in expected {
      #expect(DataTestSupport.literal(value[key]) == literal, "\(key)")
    }
    if case .number(let number) = value["f"] { #expect(number.double == 7) }
  }

  @Test func numbersSwiftCannotReadStayText() throws {
    let value = try DataLoader.parseYAML("a: 0o17\nb: 1_000\nc: .inf\nd: 12:30:00\ne: 1.2.3\n")
    #expect(value["a"] == .string("0o17"))
    #expect(value["b"] == .string("1_000"))
    #expect(value["c"] == .string(".inf"))
    #expect(value["d"] == .string("12:30:00"))
    #expect(value["e"] == .string("1.2.3"))
  }

  @Test func booleansFollowYAML12() throws {
    let value = try DataLoader.parseYAML("a: true\nb: FALSE\nc: True\nd: yes\ne: no\nf: NO\ng: on\nh: off\n")
    #expect(value["a"] == .bool(true))
    #expect(value["b"] == .bool(false))
    #expect(value["c"] == .bool(true))
    #expect(value["d"] == .string("yes"))
    #expect(value["e"] == .string("no"))
    #expect(value["f"] == .string("NO"))
    #expect(value["g"] == .string("on"))
    #expect(value["h"] == .string("off"))
  }

  @Test func nulls() throws {
    let value = try DataLoader.parseYAML("a: ~\nb: null\nc: NULL\nd:\ne: ''\n")
    #expect(value["a"] == .null)
    #expect(value["b"] == .null)
    #expect(value["c"] == .null)
    #expect(value["d"] == .null)
    #expect(value["e"] == .string(""))
  }

  @Test func quotedScalarsAreAlwaysText() throws {
    let value = try DataLoader.parseYAML(
      """
      a: "3"
      b: '1.50'
      c: "true"
      d: '~'
      e: "null"
      f: "2024-01-05"
      """)
    #expect(value["a"] == .string("3"))
    #expect(value["b"] == .string("1.50"))
    #expect(value["c"] == .string("true"))
    #expect(value["d"] == .string("~"))
    #expect(value["e"] == .string("null"))
    #expect(value["f"] == .string("2024-01-05"))
  }

  @Test func datesStayAsWritten() throws {
    let value = try DataLoader.parseYAML("日期: 2024-01-05\n时间: 2024-01-05 10:30:00\niso: 2024-01-05T10:30:00Z\n")
    #expect(value["日期"] == .string("2024-01-05"))
    #expect(value["时间"] == .string("2024-01-05 10:30:00"))
    #expect(value["iso"] == .string("2024-01-05T10:30:00Z"))
  }

  @Test func explicitTags() throws {
    let value = try DataLoader.parseYAML(
      "a: !!str 123\nb: !!int \"42\"\nc: !!bool yes\nd: !custom hello\ne: !!float 2.50\n")
    #expect(value["a"] == .string("123"))
    #expect(DataTestSupport.literal(value["b"]) == "42")
    #expect(value["c"] == .bool(true))
    #expect(value["d"] == .string("hello"))
    #expect(DataTestSupport.literal(value["e"]) == "2.50")
  }

  @Test func chineseKeyOrderAndBlockScalars() throws {
    let value = try DataLoader.parseYAML(
      """
      标题: 关于开展安全检查的通知
      发文机关: 国务院办公厅
      正文: |
        第一段。
        第二段。
      摘要: >
        折叠的
        一行
      附件:
        - 名称: 检查表
          份数: 2
      """)
    #expect(DataTestSupport.keys(value) == ["标题", "发文机关", "正文", "摘要", "附件"])
    #expect(value["正文"] == .string("第一段。\n第二段。\n"))
    #expect(value["摘要"] == .string("折叠的 一行\n"))
    guard case .list(let attachments) = value["附件"] else {
      Issue.record("附件 is not a list")
      return
    }
    #expect(DataTestSupport.keys(attachments.first) == ["名称", "份数"])
    #expect(DataTestSupport.literal(attachments.first?["份数"]) == "2")
  }

  @Test func nonTextKeysUseTheirText() throws {
    let value = try DataLoader.parseYAML("1: a\ntrue: b\n~: c\n2024-01-05: d\n1.50: e\n")
    #expect(DataTestSupport.keys(value) == ["1", "true", "~", "2024-01-05", "1.50"])
  }

  @Test func aliasesAndMergeKeys() throws {
    let value = try DataLoader.parseYAML(
      """
      默认: &defaults
        单位: 办公厅
        级别: 一般
      列表: &items [1, 2]
      副本: *items
      文件:
        <<: *defaults
        级别: 紧急
        编号: 7
      """)
    #expect(value["副本"] == .list([.number("1"), .number("2")]))
    #expect(DataTestSupport.keys(value["文件"]) == ["单位", "级别", "编号"])
    #expect(value["文件"]?["单位"] == .string("办公厅"))
    #expect(value["文件"]?["级别"] == .string("紧急"))
  }

  @Test func anchorNamesMustBeASCII() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("默认: &默认值\n  a: 1\n") }
    #expect(error?.line == 1 && error?.column == 6)
    #expect(error?.message.contains("anchor and alias names may only use ASCII letters, digits, '_' and '-'") == true)
  }

  @Test func emptyDocumentsAreEmptyMappings() throws {
    let empty = Value.object(OrderedDictionary<String, Value>())
    #expect(try DataLoader.parseYAML("") == empty)
    #expect(try DataLoader.parseYAML("# 只有注释\n\n") == empty)
    #expect(try DataLoader.parseYAML("---\n") == empty)
    #expect(try DataLoader.parseYAML("~\n") == empty)
    #expect(try DataLoader.parseYAMLValue("") == .null)
    #expect(try DataLoader.parseYAMLValue("- 1\n- a\n") == .list([.number("1"), .string("a")]))
  }

  @Test func topLevelMayBeAnyValue() throws {
    #expect(try DataLoader.parseYAML("\n- 1\n- 2\n") == .list([.number("1"), .number("2")]))
    #expect(try DataLoader.parseYAML("只是一句话\n") == .string("只是一句话"))
  }

  @Test func topLevelMustBeAMappingWhereDataIsMerged() {
    let list = DataTestSupport.dataError {
      _ = try DataLoader.parseYAML("\n- 1\n- 2\n", file: "d.yaml", requireMapping: true)
    }
    #expect(list?.file == "d.yaml")
    #expect(list?.line == 2 && list?.column == 1)
    #expect(list?.message == "the data's top level must be a mapping of names to values, not a list")
    let text = DataTestSupport.dataError { _ = try DataLoader.parseYAML("只是一句话\n", requireMapping: true) }
    #expect(text?.message == "the data's top level must be a mapping of names to values, not a text")
  }

  @Test func onlyOneDocument() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: 1\n---\nb: 2\n", file: "d.yaml") }
    #expect(error?.line == 2 && error?.column == 1)
    #expect(error?.message == "a data file must hold a single YAML document, but another one starts here")
  }

  @Test func syntaxErrorPositionsCountCharacters() {
    // "é" written as e + combining accent is two scalars (libyaml's columns) but one character.
    let error = DataTestSupport.dataError {
      _ = try DataLoader.parseYAML("名字: 张三\n  e\u{301}x: 1\n", file: "d.yaml")
    }
    #expect(error?.file == "d.yaml")
    #expect(error?.line == 2)
    #expect(error?.column == 5)
    #expect(error?.message == "mapping values are not allowed in this context")
    #expect(error?.sourceLine == "  e\u{301}x: 1")
  }

  @Test func unclosedFlowListNamesWhereItStarted() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("标题: 通知\n列表: [1, 2\n") }
    #expect(error?.line == 3 && error?.column == 1)
    #expect(error?.message.contains("while parsing a flow sequence that starts at line 2, column 5") == true)
  }

  @Test func duplicateAndUndefinedNames() {
    let duplicate = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: 1\nb: 2\na: 3\n") }
    #expect(duplicate?.message == "the key 'a' appears more than once in this mapping (YAML keys must be unique)")
    #expect(duplicate?.line == 1)
    let undefined = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: *nowhere\n") }
    #expect(undefined?.line == 1 && undefined?.column == 4)
    #expect(undefined?.message == "this alias names an anchor (&name) that is not defined before it")
  }

  @Test func collectionKeysAreRefused() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("? [a, b]\n: 1\n") }
    #expect(error?.line == 1 && error?.column == 3)
    #expect(error?.message.hasPrefix("a mapping key must be a single value") == true)
  }
}
