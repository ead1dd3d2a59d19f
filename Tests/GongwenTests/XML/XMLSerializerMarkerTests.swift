import Foundation
import Testing

@testable import Gongwen

extension XMLTests {
  /// The serializer cuts the tree into markup and markers: marked nodes (with their subtree) and
  /// marked attribute values become `.marker(id)` chunks, everything else stays byte-exact markup.
  @Suite("Serializer markers") struct SerializerMarkers {
    final class Markers: XMLSerializationMarkers {
      var nodes: [XMLNode: Int] = [:]
      var attributes: [XMLNode: [XMLName: Int]] = [:]
      func marker(for node: XMLNode) -> Int? { nodes[node] }
      func marker(forAttribute name: XMLName, of element: XMLNode) -> Int? { attributes[element]?[name] }
      func hasAttributeMarkers(_ element: XMLNode) -> Bool { attributes[element] != nil }
    }

    private func firstElement(_ name: XMLName, in document: XMLDocument) -> XMLNode? {
      var found: XMLNode?
      document.root?.walk { node in
        if found == nil, node.is(name) { found = node }
        return found == nil
      }
      return found
    }

    @Test func markedNodeAndItsSubtreeBecomeOneMarker() throws {
      let text = WordML.declaration + "<w:p xmlns:w=\"\(WordML.w)\"><w:r><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>"
      let document = try XMLDocument(parsing: Array(text.utf8), part: "p.xml")
      let runs = try #require(document.root).elementChildren
      let markers = Markers()
      markers.nodes[runs[1]] = 7
      let chunks = XMLSerializer.serialize(document, markers: markers)
      #expect(chunks.count == 3)
      #expect(chunks[1] == .marker(7))
      guard case .markup(let head) = chunks[0], case .markup(let tail) = chunks[2] else {
        Issue.record("expected markup around the marker: \(chunks)")
        return
      }
      #expect(String(decoding: head, as: UTF8.self)
        == WordML.declaration + "<w:p xmlns:w=\"\(WordML.w)\"><w:r><w:t>甲</w:t></w:r>")
      #expect(String(decoding: tail, as: UTF8.self) == "</w:p>")
    }

    @Test func markedAttributeValueIsCutBetweenTheQuotes() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<wp:docPr xmlns:wp=\"\(W.drawingNS)\" id=\"5\" name=\"图片 5\"/>"
      let document = try XMLDocument(parsing: Array(text.utf8), part: "p.xml")
      let root = try #require(document.root)
      let markers = Markers()
      markers.attributes[root] = [W.id: 0]
      let chunks = XMLSerializer.serialize(document, markers: markers)
      #expect(chunks.count == 3)
      #expect(chunks[1] == .marker(0))
      if case .markup(let head) = chunks[0] { #expect(String(decoding: head, as: UTF8.self).hasSuffix(" id=\"")) }
      if case .markup(let tail) = chunks[2] { #expect(String(decoding: tail, as: UTF8.self) == "\" name=\"图片 5\"/>") }
    }

    @Test func markerNodeFromTheDocumentIsAProcessingInstruction() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><b/></a>"
      let document = try XMLDocument(parsing: Array(text.utf8), part: "p.xml")
      let b = try #require(firstElement(XMLName("", "b"), in: document) ?? document.root?.firstChild)
      let marker = try #require(document.makeMarker())
      b.insertBefore(marker)
      // Unmarked, it serializes as a PI; marked, it is cut out.
      #expect(String(decoding: XMLSerializer.bytes(of: document), as: UTF8.self)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><?gongwen-marker?><b/></a>")
      let markers = Markers()
      markers.nodes[marker] = 3
      let chunks = XMLSerializer.serialize(document, markers: markers)
      #expect(chunks.contains(.marker(3)))
      let markup = chunks.compactMap { chunk -> String? in
        if case .markup(let bytes) = chunk { return String(decoding: bytes, as: UTF8.self) }
        return nil
      }.joined()
      #expect(markup == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><b/></a>")
    }

    @Test func editedTextIsEscapedOnOutput() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>x</a>"
      let document = try XMLDocument(parsing: Array(text.utf8), part: "p.xml")
      let textNode = try #require(document.root?.firstChild)
      textNode.setText("<&>\"\r")
      #expect(String(decoding: XMLSerializer.bytes(of: document), as: UTF8.self)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>&lt;&amp;&gt;\"&#13;</a>")
    }

    @Test func setAttributeInDeclaredNamespaceUsesItsPrefix() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<w:t xmlns:w=\"\(WordML.w)\">a</w:t>"
      let document = try XMLDocument(parsing: Array(text.utf8), part: "p.xml")
      let root = try #require(document.root)
      root.setAttribute(W.space, "preserve")
      #expect(String(decoding: XMLSerializer.bytes(of: document), as: UTF8.self)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<w:t xmlns:w=\"\(WordML.w)\" xml:space=\"preserve\">a</w:t>")
    }

    @Test func escapingDropsCharactersIllegalInXML() {
      var output: [UInt8] = []
      XMLEscaping.appendText("a\u{1}b\u{FFFE}c\u{0B}d\u{1F600}<"[...].unicodeScalars, to: &output)
      #expect(String(decoding: output, as: UTF8.self) == "abcd\u{1F600}&lt;")
    }
  }
}
