import Foundation
import Testing

@testable import Gongwen

/// Delimiter switches in OpenDocument text, split into spans as LibreOffice splits edited text.
struct OpenDocumentDelimiterSwitchTests {
  @Test func switchInSpansHoldsIntoTheNextParagraphs() throws {
    let body = """
      <text:p>{{=<text:span>&lt;% %&gt;</text:span>=}}致&lt;%单<text:span>位%&gt;</text:span>：</text:p>\
      <text:p>&lt;%#项%&gt;&lt;%.%&gt;、&lt;%/%&gt;</text:p>
      """
    let data = Value.object(["单位": .string("市教育局"), "项": .list([.string("甲"), .string("乙")])] as KeyValuePairs<String, Value>)
    let (_, root) = try OpenDocumentSplitTagTests.render(body, data)
    #expect(OpenDocumentSplitTagTests.paragraphs(root) == ["致市教育局：", "甲、乙、"])
  }
}
