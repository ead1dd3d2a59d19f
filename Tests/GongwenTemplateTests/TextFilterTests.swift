import Testing

@testable import GongwenTemplate

@Suite struct TextFilterTests {
  @Test func upperLower() throws {
    #expect(try filteredText("Abc 中文", "upper") == "ABC 中文")
    #expect(try filteredText("AbC", "lower") == "abc")
    #expect(try filtered(["a", "b"], "upper") == ["A", "B"])
  }

  @Test func trimRemovesUnicodeSpaces() throws {
    #expect(try filteredText("\u{3000} 内容\u{A0}\t", "trim") == "内容")
    #expect(try filteredText("   ", "trim") == "")
  }

  @Test func textFiltersRejectObjects() throws {
    #expect(try filterError(["a": 1], "upper") == .filterFailed(filter: "upper", reason: "expects text, got an object"))
  }

  @Test func defaultReplacesEmptyValues() throws {
    #expect(try filteredText(.null, "default:\"无\"") == "无")
    #expect(try filteredText("", "default:\"无\"") == "无")
    #expect(try filteredText([], "default:\"无\"") == "无")
    #expect(try filteredText("x", "default:\"无\"") == "x")
    #expect(try filteredText(0, "default:\"无\"") == "0")
    #expect(try filteredText(false, "default:\"无\"") == "false")
  }

  @Test func defaultOfAMissingValue() throws {
    let tag = try parsedTag("{{absent | default:\"无\"}}")
    #expect(try TemplateRenderer().evaluate(tag.expression, in: Scope(root: [:])) == "无")
  }

  @Test func nullPassesThroughOtherFilters() throws {
    #expect(try filtered(.null, "upper") == .null)
    #expect(try filtered(.null, "number:\"0.00\"") == .null)
    #expect(try filtered(.null, "cnmoney | default:\"-\"") == "-")
  }

  @Test func join() throws {
    #expect(try filteredText(["甲", "乙", 3], "join:\"、\"") == "甲、乙、3")
    #expect(try filteredText(["a", "b"], "join:\", \"") == "a, b")
    #expect(try filteredText(["a", "b"], "join") == "a、b")
    #expect(try filteredText("solo", "join:\"-\"") == "solo")
  }

  @Test func lengthAndCount() throws {
    #expect(try filtered([1, 2, 3], "len") == 3)
    #expect(try filtered("中文ab", "count") == 4)
    #expect(try filtered([], "len") == 0)
    #expect(try filtered(["a": 1, "b": 2], "count") == 2)
  }

  @Test func chainRunsInOrder() throws {
    #expect(try filteredText(" ab ", "trim | upper | len") == "2")
  }

  @Test func registryValidation() {
    let registry = FilterRegistry.standard
    #expect(registry.validate(FilterCall(name: "uper"))?.kind == .unknownFilter("uper"))
    #expect(registry.validate(FilterCall(name: "upper")) == nil)
    #expect(registry.validate(FilterCall(name: "default")) != nil)
    #expect(registry.validate(FilterCall(name: "percent", arguments: ["x"])) != nil)
    #expect(registry.validate(FilterCall(name: "wan", arguments: [1])) == nil)
    #expect(registry.validate(FilterCall(name: "join", arguments: ["a", "b"])) != nil)
    #expect(registry.names.contains("cnmoney"))
  }

  @Test func applyingAnUnknownFilterThrows() {
    #expect(throws: TemplateError.self) { try FilterRegistry.standard.apply(FilterCall(name: "nope"), to: "x") }
  }

  @Test func customFilters() throws {
    var registry = FilterRegistry(definitions: [:])
    registry.register(
      "twice",
      FilterDefinition(validate: { $0.isEmpty ? nil : "takes no arguments" }) { value, _ in
        .string(value.displayText + value.displayText)
      })
    #expect(try registry.apply(FilterCall(name: "twice"), to: "ab") == "abab")
    #expect(registry.validate(FilterCall(name: "upper"))?.kind == .unknownFilter("upper"))
  }
}
