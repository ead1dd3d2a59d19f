import GongwenTemplate
import Testing

@testable import Gongwen

@Suite struct ErrorFormatDataTests {
  @Test func descriptionWithCaretUnderWideCharacters() {
    let text = "{\n  \"标题\": \"关于印发通知\",\n  \"文号\": \"国办发\" \"x\"\n}"
    let error = DataTestSupport.dataError { _ = try DataLoader.parseJSON(text, file: "data.json") }
    let expected = """
      data.json:3:15: error: expected ',' or '}' after an object member
            "文号": "国办发" "x"
                             ^
      """
    #expect(error?.description == expected)
  }

  @Test func tabsStayTabsInTheCaretLine() {
    let error = DataError(file: "d.yaml", line: 2, column: 3, message: Self.text("bad"), sourceLine: "\t\tx")
    #expect(error.description == "d.yaml:2:3: error: bad\n    \t\tx\n    \t\t^")
  }

  @Test func placesThatAreNotKnown() {
    #expect(DataError(message: Self.text("oops")).description == "error: oops")
    #expect(DataError(file: "a.json", message: Self.text("oops")).description == "a.json: error: oops")
    #expect(DataError(line: 4, column: 2, message: Self.text("oops")).description == "4:2: error: oops")
  }

  @Test func overrideErrorsPointIntoTheOverride() {
    let error = DataTestSupport.dataError { _ = try DataLoader.applying(overrides: ["甲..乙=1"], to: Value.null) }
    #expect(
      error?.description
        == "<--set>: error: the override '甲..乙=1' has an empty part in its name '甲..乙'\n    甲..乙=1\n       ^")
  }

  @Test func longLinesAreCutAroundTheColumn() {
    let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
    let error = DataError(file: "f", line: 1, column: 501, message: Self.text("m"), sourceLine: line)
    let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    let source = lines[1]
    let caret = lines[2]
    #expect(source.hasPrefix("    …") && source.hasSuffix("…"))
    #expect(source.count < 120)
    let caretOffset = caret.count - 1
    #expect(Array(source)[caretOffset] == "X")
  }

  @Test func anErrorInAHugeLineKeepsOnlyAWindowOfIt() {
    // A 4 MB one-line JSON string followed by a stray character: the error holds a window, not the line.
    let json = "{\"正文\": \"" + String(repeating: "字", count: 1_400_000) + "\" x}"
    let error = DataTestSupport.dataError { _ = try DataLoader.parseJSON(json) }
    let source = error?.sourceLine ?? ""
    #expect(source.utf8.count <= 2 * TextPosition.windowBytes + 8, "\(source.utf8.count) bytes kept")
    #expect(error?.column == 1_400_011 && (error?.sourceLineStart ?? 0) > 1)
    let lines = error?.description.split(separator: "\n", omittingEmptySubsequences: false) ?? []
    #expect(lines.count == 3 && lines[1].hasPrefix("    …"))
    let caretColumn = lines[2].count - 1
    var width = 0
    var shown: Character = " "
    for character in lines[1] {
      if width >= caretColumn { shown = character; break }
      width += DataErrorSnippet.width(of: character)
    }
    #expect(shown == "x", "the caret stands under the stray character")
  }

  @Test func yamlErrorDescriptionShowsTheLine() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("标题: 通知\n  文号: 1\n", file: "d.yaml") }
    #expect(
      error?.description.hasPrefix("d.yaml:2:5: error: mapping values are not allowed in this context\n    ") == true)
    #expect(error?.description.hasSuffix("  文号: 1\n          ^") == true)
  }

  /// A message that is `text` in English.
  private static func text(_ text: String) -> Phrase { DataPhrase.yamlSyntax.phrase(["text": .text(text)]) }
}
