import Foundation
import Testing

@testable import Gongwen

extension XMLTests {
  @Suite("Safety and errors") struct Safety {
    private func parseError(_ text: String, part: String = "word/document.xml") -> XMLError? {
      parseError(Array(text.utf8), part: part)
    }

    private func parseError(_ bytes: [UInt8], part: String = "word/document.xml") -> XMLError? {
      do {
        _ = try XMLDocument(parsing: bytes, part: part)
        return nil
      } catch let error as XMLError {
        return error
      } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
      }
    }

    @Test func billionLaughsIsRefused() throws {
      var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
      text += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
      for level in 2...9 {
        let previous = "&lol\(level - 1);"
        text += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
      }
      text += "]>\n<lolz>&lol9;</lolz>"
      let error = parseError(text)
      #expect(error?.kind == .dtdForbidden)
      #expect(error?.part == "word/document.xml")
    }

    @Test func externalEntityIsRefusedAndNeverRead() throws {
      let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<foo>&xxe;</foo>"
      let error = try #require(parseError(text))
      #expect(error.kind == .dtdForbidden)
      let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
      let firstLine = passwd.split(separator: "\n").first.map(String.init) ?? "root:"
      #expect(!error.description.contains(firstLine))
      #expect(!error.detail.contains("root:"))
      // The diagnostics a CLI prints do not carry it either.
      #expect(Diagnostics.from(error).allSatisfy { !$0.text.contains("root:") })
    }

    @Test func externalParameterEntityIsRefused() {
      let text = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><x/>"
      #expect(parseError(text)?.kind == .dtdForbidden)
    }

    @Test func doctypeWithoutInternalSubsetIsRefused() {
      let text = "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html/>"
      #expect(parseError(text)?.kind == .dtdForbidden)
    }

    @Test func undeclaredEntityIsNotWellFormed() {
      let error = parseError("<?xml version=\"1.0\"?><a>&nbsp;</a>")
      #expect(error?.kind == .notWellFormed)
    }

    @Test func notWellFormedReportsLineAndColumn() throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"\(WordML.w)\">\n<w:body><w:p></w:body>\n</w:document>"
      let error = try #require(parseError(text))
      #expect(error.kind == .notWellFormed)
      #expect(error.line == 3)
      let column = try #require(error.column)
      #expect(column > 1)
      #expect(error.description.hasPrefix("word/document.xml:3:\(column): error: not well-formed XML: "))
    }

    @Test func unboundPrefixIsNotWellFormed() {
      // Namespace errors are recoverable in libxml2; they must still be refused.
      let error = parseError("<?xml version=\"1.0\"?><w:document><w:body/></w:document>")
      #expect(error?.kind == .notWellFormed)
    }

    @Test func gbkDeclaredPartIsUnsupportedEncoding() {
      // "公文" in GBK.
      let bytes = Array("<?xml version=\"1.0\" encoding=\"GBK\"?><a>".utf8) + [0xB9, 0xAB, 0xCE, 0xC4] + Array("</a>".utf8)
      let error = parseError(bytes)
      #expect(error?.kind == .unsupportedEncoding)
    }

    @Test func latin1DeclaredPartIsUnsupportedEncoding() {
      let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9] + Array("</a>".utf8)
      let error = parseError(bytes)
      #expect(error?.kind == .unsupportedEncoding)
      #expect(error?.detail.contains("ISO-8859-1") == true)
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkIsAccepted(littleEndian: Bool) throws {
      let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:t xmlns:w=\"\(WordML.w)\">公文处理</w:t>"
      var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      for unit in text.utf16 {
        bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      }
      let document = try XMLDocument(parsing: bytes, part: "word/document.xml")
      #expect(document.root?.text == "公文处理")
    }

    @Test func utf8WithByteOrderMarkIsAccepted() throws {
      let document = try XMLDocument(parsing: [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>文</a>".utf8),
                                     part: "p.xml")
      #expect(document.root?.text == "文")
    }

    @Test func emptyPartIsEmpty() {
      let error = parseError([UInt8](), part: "word/header1.xml")
      #expect(error?.kind == .empty)
      #expect(error?.part == "word/header1.xml")
    }

    @Test func declarationOnlyIsRefused() {
      let error = parseError("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
      #expect(error != nil)
      #expect(error?.kind == .empty || error?.kind == .notWellFormed)
    }

    @Test func invalidUTF8IsRefused() {
      let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
      let error = parseError(bytes)
      #expect(error != nil)
    }

    @Test func errorKindsHaveStableIDs() {
      #expect(XMLError.Kind.notWellFormed.rawValue == "xml_not_well_formed")
      #expect(XMLError.Kind.dtdForbidden.rawValue == "xml_dtd_forbidden")
      #expect(XMLError.Kind.unsupportedEncoding.rawValue == "xml_unsupported_encoding")
      #expect(XMLError.Kind.empty.rawValue == "xml_empty")
    }

    @Test func templateWithDoctypeInDocumentIsRefusedAtCompile() throws {
      let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"\(WordML.w)\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
      var builder = WordPackageBuilder(body: "")
      builder.documentXML = xml
      #expect {
        try Template(bytes: try builder.build(), name: "evil.docx")
      } throws: { error in
        (error as? XMLError)?.kind == .dtdForbidden && (error as? XMLError)?.part == "word/document.xml"
      }
    }
  }
}
