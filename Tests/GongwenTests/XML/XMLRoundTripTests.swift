import Foundation
import Testing

@testable import Gongwen

/// The XML layer: parsing, serializing, safety. Filter with `--filter XMLTests`.
@Suite struct XMLTests {}

extension XMLTests {
  @Suite("Round trip") struct RoundTrip {
    private func roundTrip(_ text: String) throws -> String { try XMLTestSupport.roundTrip(text) }

    @Test func declarationKeepsStandaloneYes() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a/>"
      #expect(try roundTrip(input) == input)
    }

    @Test func declarationKeepsStandaloneNo() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\r\n<a/>"
      #expect(try roundTrip(input) == input)
    }

    @Test func declarationWithoutStandaloneGetsNone() throws {
      let output = try roundTrip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>x</a>")
      #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>x</a>")
      #expect(!output.contains("standalone"))
    }

    @Test func namespacesAndPrefixesStayAsWritten() throws {
      // Two prefixes for one URI, a default namespace, and prefixed attributes.
      let input = WordML.declaration
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:ww=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<w:body><ww:p><w:hyperlink r:id=\"rId5\"><ww:r><w:t>x</w:t></ww:r></w:hyperlink></ww:p>"
        + "<x:foo xmlns:x=\"urn:example\" xmlns=\"urn:default\"><bar x:attr=\"1\"/></x:foo></w:body></w:document>"
      #expect(try roundTrip(input) == input)
    }

    @Test func ignorableAttributeAndUnusedDeclarationsSurvive() throws {
      // w15, w16se, … are declared and listed in mc:Ignorable but never used: they must stay,
      // or Word reports the file as corrupt ("undeclared prefix in mc:Ignorable").
      let input = WordML.document(body: WordML.para("正文"))
      let output = try roundTrip(input)
      #expect(output == input)
      #expect(output.contains("mc:Ignorable=\"w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14\""))
      for prefix in ["w15", "w16se", "w16cid", "w16", "w16cex", "w16sdtdh", "wp14", "wpc", "cx1", "aink", "am3d"] {
        #expect(output.contains("xmlns:\(prefix)=\""), "declaration of \(prefix) lost")
      }
    }

    @Test func xmlSpacePreserveAndSpacesStay() throws {
      let input = WordML.declaration
        + "<w:t xmlns:w=\"\(WordML.w)\" xml:space=\"preserve\">  两个空格  </w:t>"
      let output = try roundTrip(input)
      #expect(output == input)
      let document = try XMLDocument(parsing: Array(input.utf8), part: "p.xml")
      #expect(document.root?.attribute(W.space) == "preserve")
      #expect(document.root?.text == "  两个空格  ")
    }

    @Test func whitespaceOnlyTextNodesAreKept() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>\n  <b> </b>\n\t<c/>\n</a>"
      #expect(try roundTrip(input) == input)
    }

    @Test func textEscapesAmpersandAndAngleBracketsOnly() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>&amp; &lt; &gt; \" ' &#13;</a>"
      let output = try roundTrip(input)
      #expect(output == input)
      let document = try XMLDocument(parsing: Array(input.utf8), part: "p.xml")
      #expect(document.root?.text == "& < > \" ' \r")
    }

    @Test func attributeValuesEscapeQuotesAndControlCharacters() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a v=\"&amp;&lt;&gt;&quot;'&#13;&#10;&#9;\"/>"
      let output = try roundTrip(input)
      #expect(output == input)
      let document = try XMLDocument(parsing: Array(input.utf8), part: "p.xml")
      #expect(document.root?.attribute(XMLName("", "v")) == "&<>\"'\r\n\t")
    }

    @Test func rawGreaterThanAndCarriageReturnReferenceAreNormalised() throws {
      // A raw `>` is written as `&gt;`; a literal CR in text is folded to LF by the parser (XML 2.11),
      // while `&#13;` survives as `&#13;`.
      let output = try roundTrip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>1 > 0\r\n&#13;</a>")
      #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>1 &gt; 0\n&#13;</a>")
    }

    @Test func chineseTextIsWrittenAsUTF8NotCharacterReferences() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a t=\"标题\">中华人民共和国 𠀀 ①</a>"
      let output = try roundTrip(input)
      #expect(output == input)
      #expect(!output.contains("&#"))
      // Character references in the input become plain UTF-8.
      let fromReferences = try roundTrip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>&#20844;&#x6587;</a>")
      #expect(fromReferences == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>公文</a>")
    }

    @Test func commentsAndProcessingInstructionsSurvive() throws {
      let input = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><!-- 注释 --><?mso-application progid=\"Word.Document\"?><b/></a>"
      #expect(try roundTrip(input) == input)
    }

    @Test func emptyElementsAreSelfClosed() throws {
      // `<w:t></w:t>` has no child node, so it comes back as `<w:t/>` (Word itself never writes the long form).
      let output = try roundTrip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><b></b><c/></a>")
      #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><b/><c/></a>")
    }

    @Test func cdataBecomesEscapedText() throws {
      let output = try roundTrip("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a><![CDATA[x < y & z]]></a>")
      #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>x &lt; y &amp; z</a>")
    }

    /// Word's own `document.xml`, parsed and serialized, comes back byte for byte.
    @Test func wordDocumentRoundTripsByteForByte() throws {
      let input = Array(WordGoldenDocument.text.utf8)
      let document = try XMLDocument(parsing: input, part: "word/document.xml")
      let output = XMLSerializer.bytes(of: document)
      if output != input {
        let index = zip(output, input).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(output.count, input.count)
        let context = { (bytes: [UInt8]) in
          String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self)
        }
        Issue.record("first difference at byte \(index):\n  expected …\(context(input))…\n  actual   …\(context(output))…")
      }
      #expect(output.count == input.count)
    }

    @Test func wordDocumentParsesToTheExpectedTree() throws {
      let document = try XMLDocument(parsing: Array(WordGoldenDocument.text.utf8), part: "word/document.xml")
      #expect(document.standalone == true)
      let root = try #require(document.root)
      #expect(root.is(XMLName(W.ns, "document")))
      #expect(root.prefix == "w")
      var paragraphs = 0, tables = 0
      root.walk { node in
        guard node.isElement else { return false }
        if node.is(W.p) { paragraphs += 1 }
        if node.is(W.tbl) { tables += 1 }
        return true
      }
      #expect(paragraphs == 12)  // 4 body + 2 in text boxes + 5 in cells + 1 final
      #expect(tables == 1)
    }

    @Test func utf16DocumentIsSerializedAsUTF8() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>\r\n<a>公文</a>"
      var bytes: [UInt8] = [0xFF, 0xFE]
      for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      let document = try XMLDocument(parsing: bytes, part: "p.xml")
      let output = String(decoding: XMLSerializer.bytes(of: document), as: UTF8.self)
      #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a>公文</a>")
    }
  }
}

extension XMLTests.RoundTrip {
  /// Word writes empty core properties in the long form (`<dc:subject></dc:subject>`); an element
  /// with no child node comes back self-closed. This is the one byte difference known for Word's
  /// own parts (equivalent XML; it only shows in a core.xml that holds tags).
  @Test func wordCorePropertiesComeBackWithEmptyElementsSelfClosed() throws {
    let input = WordML.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>{{title}}</dc:title><dc:subject></dc:subject><dc:creator>办公室</dc:creator><cp:keywords></cp:keywords>"
      + "<dc:description></dc:description><cp:lastModifiedBy>办公室</cp:lastModifiedBy><cp:revision>3</cp:revision>"
      + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-02T10:00:00Z</dcterms:modified></cp:coreProperties>"
    let output = try XMLTestSupport.roundTrip(input, part: "docProps/core.xml")
    let expected = input.replacingOccurrences(of: "<dc:subject></dc:subject>", with: "<dc:subject/>")
      .replacingOccurrences(of: "<cp:keywords></cp:keywords>", with: "<cp:keywords/>")
      .replacingOccurrences(of: "<dc:description></dc:description>", with: "<dc:description/>")
    #expect(output == expected)
  }
}
