import Foundation
import Testing

@testable import Gongwen

/// Tags in OpenDocument text split the ways LibreOffice splits them, and list-item loops.
struct OpenDocumentSplitTagTests {
  static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"
    """

  /// A minimal OpenDocument text package whose body is `body`.
  static func package(_ body: String) throws -> [UInt8] {
    let writer = try ZipWriter(name: "t.odt")
    try writer.add(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compression: .store)
    try writer.add(name: "content.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content \(namespaces)><office:body><office:text>\(body)</office:text></office:body></office:document-content>
      """.utf8))
    try writer.add(name: "META-INF/manifest.xml", bytes: Array("""
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
      <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
      """.utf8))
    return try writer.finish()
  }

  static func render(_ body: String, _ data: Value) throws -> (content: String, root: XMLNode) {
    let template = try Template(bytes: try package(body), name: "t.odt")
    #expect(template.format == .odt)
    let archive = try ZipArchive(bytes: try template.render(data), name: "out.odt")
    #expect(archive.entries.first?.name == "mimetype")
    let bytes = try #require(try archive.read(named: "content.xml"))
    let document = try XMLDocument(parsing: bytes, part: "content.xml")
    return (String(decoding: bytes, as: UTF8.self), try #require(document.root))
  }

  static func paragraphs(_ root: XMLNode) -> [String] {
    var texts: [String] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(ODF.p) || node.is(ODF.h) {
        texts.append(ParagraphText(node, index: texts.count + 1, profile: OpenDocumentProfile()).text)
        return false
      }
      return true
    }
    return texts
  }

  @Test func tagSplitBySpacesPageBreakBookmarkAndChangeMarksIsFound() throws {
    let body = """
      <text:p>甲{{<text:s/>单<text:soft-page-break/>位<text:bookmark-start text:name="b1"/> }}<text:bookmark-end text:name="b1"/>\
      乙<text:span>{{n</text:span><text:change-start text:change-id="c1"/> | cn}}<text:change-end text:change-id="c1"/>丙</text:p>
      """
    let (content, root) = try Self.render(body, .object(["单位": .string("市教育局"), "n": .number("105")] as KeyValuePairs<String, Value>))
    #expect(Self.paragraphs(root) == ["甲市教育局乙一百零五丙"])
    #expect(content.contains("<text:soft-page-break/>"), "markup that is not text stays in place")
    #expect(!content.contains("{{"))
  }

  @Test func listItemsHoldingOnlyATagVanishWithIt() throws {
    let body = """
      <text:list><text:list-item><text:p>{{#items}}</text:p></text:list-item>\
      <text:list-item><text:p>{{.}}</text:p></text:list-item>\
      <text:list-item><text:p>{{/items}}</text:p></text:list-item></text:list>
      """
    let (content, root) = try Self.render(body, .object(["items": .list([.string("一"), .string("二")])] as KeyValuePairs<String, Value>))
    #expect(Self.paragraphs(root) == ["一", "二"])
    #expect(content.components(separatedBy: "<text:list-item>").count - 1 == 2)
  }

  @Test func valuesEncodeBreaksTabsAndRunsOfSpaces() throws {
    let (content, root) = try Self.render("<text:p>{{v}}</text:p>", .object(["v": .string("  a  b\tc\nd ")] as KeyValuePairs<String, Value>))
    #expect(Self.paragraphs(root) == ["  a  b\tc\nd "])
    #expect(content.contains("<text:s text:c=\"2\"/>a <text:s/>b<text:tab/>c<text:line-break/>d<text:s/>"))
  }
}
