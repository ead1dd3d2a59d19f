import Testing

@testable import GongwenTemplate

/// `field` and `with` read members of the items themselves, never of enclosing scopes.
@Suite struct MemberFilterTests {
  static let attachments: Value = [
    "标题": "通知的标题",
    "附件": ["评分表", ["标题": "提纲", "正文": ["一段"]], ["标题": "名单", "正文": []]],
  ]

  @Test func fieldPrintsTheNameOfTextsAndObjectsAlike() throws {
    let text = try renderText("{{#附件}}{{. | field:\"标题\"}}；{{/附件}}", Self.attachments)
    #expect(text == "评分表；提纲；名单；")
    // without the filter, a text item falls back to the document's own 标题
    #expect(try renderText("{{#附件}}{{标题}}；{{/附件}}", Self.attachments) == "通知的标题；提纲；名单；")
  }

  @Test func withKeepsTheObjectsThatHaveTheMember() throws {
    #expect(try renderText("{{#附件 | with:\"正文\"}}{{$index}}.{{标题}}{{/附件}}", Self.attachments) == "1.提纲")
    #expect(try filtered(["a", ["x": 1]], "with:\"x\"") == [["x": 1]])
  }

  @Test func badUsesAreErrors() throws {
    #expect(try filterError(["a"], "field:\"标题\"") == .filterFailed(filter: "field", reason: "expects an object or a text, got a list"))
    #expect(try filterError("a", "with:\"正文\"") == .filterFailed(filter: "with", reason: "expects a list, got a text"))
    #expect(FilterRegistry.standard.validate(FilterCall(name: "field")) != nil)
  }
}
