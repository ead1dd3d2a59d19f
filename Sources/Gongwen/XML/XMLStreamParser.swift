import GongwenTemplate
import CLibXML2
import Foundation

/// Receives the elements and text of a part as ``XMLStreamParser`` reads it, without a tree.
protocol XMLStreamHandler: AnyObject {
  func startElement(_ element: XMLStreamElement)
  func endElement(_ element: XMLStreamElement)
  /// A piece of text (it may come in several pieces), CDATA included.
  func characters(_ bytes: UnsafeBufferPointer<UInt8>)
  /// Set to stop the parse: ``XMLStreamParser/feed(_:)`` throws it after the current chunk.
  var failure: Error? { get }
}

/// An element as the stream sees it: its local name and its attributes, valid during the callback only.
struct XMLStreamElement {
  fileprivate let name: UnsafePointer<xmlChar>
  fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  fileprivate let attributeCount: Int

  /// True when the local name is `localName` (any namespace: transitional and strict vocabularies alike).
  func named(_ localName: StaticString) -> Bool {
    strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
           UnsafeRawPointer(localName.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
  }

  /// The value of the attribute without a namespace whose local name is `localName`.
  func attribute(_ localName: StaticString) -> String? {
    guard let attributes else { return nil }
    for index in 0..<attributeCount {
      // Five pointers per attribute: local name, prefix, URI, value start, value end.
      let base = attributes + index * 5
      guard let local = base[0], base[2] == nil, let start = base[3], let end = base[4],
        strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self),
               UnsafeRawPointer(localName.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
      else { continue }
      return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }
    return nil
  }
}

/// A streaming (SAX) parse of one part, fed chunk by chunk: memory stays with the chunk and what the
/// handler keeps, whatever the size of the part. Owns its libxml2 push parser and frees it once.
///
/// The same safety as ``XMLDocument``: no network, no entity substitution, no DTD loading; a document
/// type declaration stops the parser at once. Errors are ``XMLError``s naming the part, line and column.
final class XMLStreamParser {
  private let context: xmlParserCtxtPtr
  private let part: String
  private let handler: XMLStreamHandler
  private var sawDTD = false
  private var firstError: (line: Int, column: Int, message: String)?
  private var fedBytes = 0

  init(part: String, handler: XMLStreamHandler) throws {
    self.part = part
    self.handler = handler
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    sax.startElementNs = { userData, localName, _, _, _, _, attributeCount, _, attributes in
      guard let parser = XMLStreamParser.from(userData), let localName, parser.handler.failure == nil else { return }
      parser.handler.startElement(XMLStreamElement(name: localName, attributes: attributes, attributeCount: Int(attributeCount)))
    }
    sax.endElementNs = { userData, localName, _, _ in
      guard let parser = XMLStreamParser.from(userData), let localName, parser.handler.failure == nil else { return }
      parser.handler.endElement(XMLStreamElement(name: localName, attributes: nil, attributeCount: 0))
    }
    sax.characters = { userData, bytes, count in
      guard let parser = XMLStreamParser.from(userData), let bytes, parser.handler.failure == nil else { return }
      parser.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    sax.internalSubset = { userData, _, _, _ in
      guard let parser = XMLStreamParser.from(userData) else { return }
      parser.sawDTD = true
      xmlStopParser(parser.context)
    }
    sax.serror = { userData, error in
      guard let error, let parser = XMLStreamParser.from(userData), parser.firstError == nil else { return }
      let message = error.pointee.message.map { String(cString: $0) }?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
      parser.firstError = (Int(error.pointee.line), Int(error.pointee.int2), message)
    }
    guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, part) else {
      throw XMLError(.notWellFormed, part: part, detail: XMLPhrase.noParser.phrase())
    }
    self.context = context
    xmlCtxtUseOptions(context, XMLParserContext.options)
    context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
  }

  deinit { xmlFreeParserCtxt(context) }

  private static func from(_ userData: UnsafeMutableRawPointer?) -> XMLStreamParser? {
    userData.map { Unmanaged<XMLStreamParser>.fromOpaque($0).takeUnretainedValue() }
  }

  /// Parses the next chunk of the part.
  func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws {
    if fedBytes == 0, chunk.count >= 4, XMLParserContext.isUTF32(Array(chunk.prefix(4))) {
      throw XMLError(.unsupportedEncoding, part: part, detail: XMLPhrase.utf32.phrase())
    }
    fedBytes += chunk.count
    try chunk.withMemoryRebound(to: CChar.self) { chars in
      try step(xmlParseChunk(context, chars.baseAddress, Int32(chars.count), 0))
    }
  }

  /// Ends the part: throws when it is not complete, well-formed XML.
  func finish() throws {
    if fedBytes == 0 { throw XMLError(.empty, part: part, detail: XMLPhrase.empty.phrase()) }
    try step(xmlParseChunk(context, nil, 0, 1))
    guard context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 else { try fail() }
  }

  private func step(_ status: Int32) throws {
    if sawDTD {
      throw XMLError(.dtdForbidden, part: part, detail: XMLPhrase.dtd.phrase())
    }
    if let failure = handler.failure { throw failure }
    if status != 0 || context.pointee.wellFormed == 0 { try fail() }
  }

  private func fail() throws -> Never {
    let first = firstError ?? (0, 0, "not well-formed")
    throw XMLError(.notWellFormed, part: part, line: first.line > 0 ? first.line : nil,
                   column: first.column > 0 ? first.column : nil, detail: XMLPhrase.notWellFormed.phrase(["text": .text(first.message)]))
  }
}
