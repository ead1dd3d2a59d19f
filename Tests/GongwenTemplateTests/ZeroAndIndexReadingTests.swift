import Testing

@testable import GongwenTemplate

/// The two readings where docxtemplater's language differs from Gongwen's, set by the tag syntax: the
/// number 0 is false (JavaScript's truthiness) and `$index` counts from 0.
struct ZeroAndIndexReadingTests {
  private let gongwen = TagSyntax(delimiters: Delimiters(open: "{", close: "}"))
  private let docxtemplater = TagSyntax(
    delimiters: Delimiters(open: "{", close: "}"), hyphensInNames: false, zeroIsFalse: true, indexFromZero: true)

  private func render(_ source: String, _ data: Value, syntax: TagSyntax) throws -> String {
    try TextTemplate(source, part: "t", syntax: syntax).render(data)
  }

  @Test func zeroIsFalseInDocxtemplaterSectionsOnly() throws {
    let template = "{#count}{count} items{/count}{^count}none{/count}"
    #expect(try render(template, ["count": 0], syntax: docxtemplater) == "none")
    #expect(try render(template, ["count": 0], syntax: gongwen) == "0 items")
    // Other numbers are true in both readings, and so is the text "0".
    #expect(try render(template, ["count": 3], syntax: docxtemplater) == "3 items")
    #expect(try render(template, ["count": 0.5], syntax: docxtemplater) == "0.5 items")
    #expect(try render(template, ["count": "0"], syntax: docxtemplater) == "0 items")
  }

  @Test func zeroIsFalseInDocxtemplaterExpressions() throws {
    let template = "{#not n}无{/}{^not n}有{/}|{#n and ok}都{/}{#n - 2 or ok}或{/}"
    #expect(try render(template, ["n": 0, "ok": true], syntax: docxtemplater) == "无|或")
    #expect(try render(template, ["n": 2, "ok": false], syntax: docxtemplater) == "有|")
    #expect(try render(template, ["n": 0, "ok": true], syntax: gongwen) == "有|都或")
  }

  @Test func indexCountsFromZeroInDocxtemplaterSyntax() throws {
    let data: Value = ["list": [["text": "Hello"], ["text": "Other"]]]
    let template = "{#list}{#$index==0}FIRST {/}{$index}:{$index0}:{text} {/list}"
    #expect(try render(template, data, syntax: docxtemplater) == "FIRST 0:0:Hello 1:1:Other ")
    #expect(try render(template, data, syntax: gongwen) == "1:0:Hello 2:1:Other ")
  }

  @Test func indexOfTheInnermostLoopInNestedLoops() throws {
    let data: Value = ["rows": [["cells": ["a", "b"]], ["cells": ["c"]]]]
    let template = "{#rows}[{$index}{#cells}{$index}{.}{/cells}]{/rows}"
    #expect(try render(template, data, syntax: docxtemplater) == "[00a1b][10c]")
    #expect(try render(template, data, syntax: gongwen) == "[11a2b][21c]")
  }

  @Test func aDataCheckReadsZeroAsTheSyntaxDoes() throws {
    // In docxtemplater's reading the section over 0 is skipped, so what its tags read is no problem.
    let nodes = try compile("{{#n}}{{missing}}{{/n}}")
    var sink = TestSink()
    let skipped = TemplateRenderer(syntax: docxtemplater).check(nodes, data: ["n": 0], into: &sink)
    #expect(skipped.errors.isEmpty)
    var other = TestSink()
    let rendered = TemplateRenderer(syntax: gongwen).check(nodes, data: ["n": 0], into: &other)
    // In Gongwen's reading the section renders with 0 as its scope, whose tags want an object.
    #expect(rendered.errors.map(\.kind) == [.wrongType(path: "n", expected: "an object or a list of objects", found: "number")])
  }
}
