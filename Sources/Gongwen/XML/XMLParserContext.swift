import GongwenTemplate
import CLibXML2

/// Runs one libxml2 parse with Gongwen's safe options and turns its errors into `XMLError`.
enum XMLParserContext {
  /// libxml2 options: no network, errors kept in the context instead of printed, CDATA as text.
  /// Never XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_HUGE.
  static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
    | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

  /// Parts that may start with a public document type and nothing else (no internal subset): old
  /// OpenOffice.org packages declare `<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD
  /// Manifest 1.0//EN" "Manifest.dtd">`. Nothing is loaded from it (no DTD loading, no entities).
  static let publicDoctypes: [String: (root: String, publicID: String)] = [
    "META-INF/manifest.xml": ("manifest:manifest", "-//OpenOffice.org//DTD Manifest 1.0//EN")
  ]

  /// What the C callbacks saw during one parse: a DTD, and the first error libxml2 raised.
  private final class ParseState {
    /// The document type this part may declare, if any.
    var allowedDoctype: (root: String, publicID: String)?
    var sawDTD = false
    var firstError: (line: Int, column: Int, message: String)?
  }

  private static func state(of userData: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, ParseState)? {
    guard let userData else { return nil }
    let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let raw = parser.pointee._private else { return nil }
    return (parser, Unmanaged<ParseState>.fromOpaque(raw).takeUnretainedValue())
  }

  static func parse(_ bytes: [UInt8], part: String) throws -> xmlDocPtr {
    try run(bytes, part: part, buildTree: true)
  }

  /// Checks that `bytes` are well-formed XML, namespaces included, with the same safe options and errors
  /// as `parse`, but without building a tree: cheaper for a large part that is not read afterwards.
  static func checkWellFormed(_ bytes: [UInt8], part: String) throws {
    xmlFreeDoc(try run(bytes, part: part, buildTree: false))
  }

  /// True when the first four bytes of a part say UTF-32 (a byte order mark, or `<` as four bytes).
  static func isUTF32(_ start: [UInt8]) -> Bool {
    [[0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF], [0x3C, 0, 0, 0], [0, 0, 0, 0x3C]].contains(start)
  }

  private static func run(_ bytes: [UInt8], part: String, buildTree: Bool) throws -> xmlDocPtr {
    // libxml2 does not recognise UTF-32 and would only report an empty document.
    if isUTF32(Array(bytes.prefix(4))) {
      throw XMLError(.unsupportedEncoding, part: part, detail: XMLPhrase.utf32.phrase())
    }
    guard let context = xmlNewParserCtxt() else {
      throw XMLError(.notWellFormed, part: part, detail: XMLPhrase.noParser.phrase())
    }
    defer { xmlFreeParserCtxt(context) }
    let state = ParseState()
    context.pointee._private = Unmanaged.passUnretained(state).toOpaque()
    state.allowedDoctype = publicDoctypes[part]
    // Any other DOCTYPE stops the parser before a single entity can be declared or expanded. The callback
    // comes right after the external id: the parser then stands on `>`, or on `[` of an internal subset.
    context.pointee.sax.pointee.internalSubset = { userData, name, publicID, _ in
      guard let (parser, state) = XMLParserContext.state(of: userData) else { return }
      if let allowed = state.allowedDoctype, name.map({ String(cString: $0) }) == allowed.root,
        publicID.map({ String(cString: $0) }) == allowed.publicID, parser.pointee.input?.pointee.cur?.pointee == 0x3E
      {
        return
      }
      state.sawDTD = true
      xmlStopParser(parser)
    }
    if !buildTree, let sax = context.pointee.sax {
      // The parser still checks every tag, attribute and namespace prefix; nothing is kept.
      sax.pointee.startElementNs = nil
      sax.pointee.endElementNs = nil
      sax.pointee.characters = nil
      sax.pointee.ignorableWhitespace = nil
      sax.pointee.cdataBlock = nil
      sax.pointee.comment = nil
      sax.pointee.processingInstruction = nil
      sax.pointee.reference = nil
    }
    // Keep the first error: libxml2's lastError is often a follow-up ("Premature end of data").
    context.pointee.sax.pointee.serror = { userData, error in
      guard let error, let (_, state) = XMLParserContext.state(of: userData), state.firstError == nil else { return }
      let message = error.pointee.message.map { String(cString: $0) }?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
      state.firstError = (Int(error.pointee.line), Int(error.pointee.int2), message)
    }
    let document = withExtendedLifetime(state) {
      bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
        buffer.baseAddress.flatMap { base in
          base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
            xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), part, nil, options)
          }
        }
      }
    }
    context.pointee._private = nil
    if state.sawDTD {
      if let document { xmlFreeDoc(document) }
      throw XMLError(.dtdForbidden, part: part, detail: XMLPhrase.dtd.phrase())
    }
    guard let document, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 else {
      if let document { xmlFreeDoc(document) }
      if let first = state.firstError, !bytes.isEmpty {
        try failure(first, context: context, part: part)
      }
      throw lastError(of: context, part: part, empty: bytes.isEmpty)
    }
    if let declared = document.pointee.encoding.map({ String(cString: $0).uppercased() }),
      !["UTF-8", "UTF8", "UTF-16", "UTF16", "UTF-16LE", "UTF-16BE"].contains(declared)
    {
      xmlFreeDoc(document)
      throw XMLError(.unsupportedEncoding, part: part, detail: XMLPhrase.otherEncoding.phrase(["encoding": .text(declared)]))
    }
    guard !buildTree || xmlDocGetRootElement(document) != nil else {
      xmlFreeDoc(document)
      throw XMLError(.empty, part: part, detail: XMLPhrase.noRoot.phrase())
    }
    return document
  }

  private static func failure(_ first: (line: Int, column: Int, message: String), context: xmlParserCtxtPtr,
                              part: String) throws -> Never {
    let lowered = first.message.lowercased()
    let kind: XMLError.Kind = lowered.contains("encoding") ? .unsupportedEncoding : .notWellFormed
    throw XMLError(kind, part: part, line: first.line > 0 ? first.line : nil, column: first.column > 0 ? first.column : nil,
                   detail: XMLPhrase.notWellFormed.phrase(["text": .text(first.message)]))
  }

  private static func lastError(of context: xmlParserCtxtPtr, part: String, empty: Bool) -> XMLError {
    if empty { return XMLError(.empty, part: part, detail: XMLPhrase.empty.phrase()) }
    let error = context.pointee.lastError
    let message = error.message.map { String(cString: $0) }?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
    let encodingCodes: Set<Int32> = [Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
                                     Int32(XML_ERR_INVALID_CHAR.rawValue)]
    let kind: XMLError.Kind = encodingCodes.contains(error.code) && message.lowercased().contains("encod")
      ? .unsupportedEncoding : .notWellFormed
    return XMLError(kind, part: part, line: error.line > 0 ? Int(error.line) : nil,
                    column: error.int2 > 0 ? Int(error.int2) : nil, detail: XMLPhrase.notWellFormed.phrase(["text": .text(message)]))
  }
}

import Foundation
