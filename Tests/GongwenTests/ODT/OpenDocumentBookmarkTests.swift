import Foundation
import Testing

@testable import Gongwen

/// Bookmarks in repeated OpenDocument content keep names unique: each copy gets its own name, and a
/// bookmark crossing a loop's edge is kept once.
struct OpenDocumentBookmarkTests {
  static func render(_ body: String, _ data: String) throws -> XMLNode {
    let template = try Template(bytes: try OpenDocumentSplitTagTests.package(body), name: "t.odt")
    let bytes = try template.render(try DataLoader.parseJSON(data))
    try PackageValidation.expectValid(bytes)
    let archive = try ZipArchive(bytes: bytes, name: "out.odt")
    let content = try #require(try archive.read(named: "content.xml"))
    return try #require(try XMLDocument(parsing: content, part: "content.xml").root)
  }

  static func names(_ root: XMLNode, _ localName: String) -> [String] {
    var names: [String] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(ODF.text(localName)), let name = node.attribute(ODF.text("name")) { names.append(name) }
      return true
    }
    return names
  }

  @Test func bookmarksInAParagraphLoopGetANameInEveryCopy() throws {
    let body = """
      <text:p><text:bookmark text:name="首"/>开头</text:p><text:p>{{#items}}</text:p>\
      <text:p><text:bookmark-start text:name="条目" xml:id="id1"/>{{.}}<text:bookmark-end text:name="条目"/>\
      <text:bookmark text:name="点"/></text:p><text:p>{{/items}}</text:p>
      """
    let root = try Self.render(body, #"{"items": ["甲", "乙", "丙"]}"#)
    #expect(Self.names(root, "bookmark-start") == ["条目", "条目_2", "条目_3"])
    #expect(Self.names(root, "bookmark-end") == ["条目", "条目_2", "条目_3"])
    #expect(Self.names(root, "bookmark") == ["首", "点", "点_2", "点_3"])
    #expect(OpenDocumentSplitTagTests.paragraphs(root) == ["开头", "甲", "乙", "丙"])
  }

  @Test func anInlineLoopKeepsABookmarkAcrossItsEdgeOnce() throws {
    let body = """
      <text:p>名单：<text:bookmark-start text:name="名单"/>{{#items}}{{.}}<text:bookmark-end text:name="名单"/>、{{/items}}完</text:p>
      """
    let root = try Self.render(body, #"{"items": ["甲", "乙"]}"#)
    #expect(Self.names(root, "bookmark-start") == ["名单"])
    #expect(Self.names(root, "bookmark-end") == ["名单"])
    #expect(OpenDocumentSplitTagTests.paragraphs(root) == ["名单：甲、乙、完"])
  }

  /// A bookmark that starts outside a loop of whole paragraphs and ends inside it cannot end beside the
  /// loop (bookmarks stand in paragraphs): its end joins its start.
  @Test func aParagraphLoopCollapsesABookmarkAcrossItsEdge() throws {
    let body = """
      <text:p><text:bookmark-start text:name="跨"/>前</text:p><text:p>{{#items}}</text:p>\
      <text:p>{{.}}<text:bookmark-end text:name="跨"/></text:p><text:p>{{/items}}</text:p>
      """
    let root = try Self.render(body, #"{"items": ["甲", "乙"]}"#)
    #expect(Self.names(root, "bookmark-start") == ["跨"])
    #expect(Self.names(root, "bookmark-end") == ["跨"])
    #expect(OpenDocumentSplitTagTests.paragraphs(root) == ["前", "甲", "乙"])
  }
}
