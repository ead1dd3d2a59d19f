import Foundation
import Testing

@testable import Gongwen

/// Repeated paragraphs and rows get fresh `w14:paraId`s: no id repeats within a rendered part.
@Suite("Word paragraph ids")
struct WordParagraphIDTests {
  static let paraId = XMLName("http://schemas.microsoft.com/office/word/2010/wordml", "paraId")

  @Test("paraIds stay unique in every rendered part", arguments: ["paragraph-loop", "table-row-block", "nested-paragraph-loops",
                                                                   "cell-paragraph-loop", "loop-repeats-table"])
  func unique(_ name: String) throws {
    guard case .rendered(let bytes) = try E2ECase(name).run() else {
      Issue.record("\(name) did not render")
      return
    }
    let archive = try ZipArchive(bytes: bytes, name: name + ".docx")
    var checked = 0
    for entry in archive.entries where entry.name.hasPrefix("word/") && entry.name.hasSuffix(".xml") {
      let root = try XMLDocument(parsing: try archive.read(entry), part: entry.name).root
      var ids: [String] = []
      root?.walk { node in
        if let id = node.attribute(Self.paraId) { ids.append(id) }
        return node.isElement
      }
      checked += ids.count
      #expect(Set(ids).count == ids.count, "\(name) \(entry.name): \(ids)")
      #expect(ids.allSatisfy { (Int($0, radix: 16) ?? Int.max) < 0x8000_0000 })
    }
    #expect(checked > 0)
  }
}
