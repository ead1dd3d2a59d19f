import CLibXML2

/// Runs one libxml2 parse with Gongwen's safe options and turns its errors into `XMLError`.
enum XMLParserContext {
  /// libxml2 options: no network, errors kept in the context instead of printed, CDATA as text.
  /// Never XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_HUGE.
  static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
    | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)

  static func parse(_ bytes: [UInt8], part: String) throws -> xmlDocPtr {
    guard let context = xmlNewParserCtxt() else {
      throw XMLError(.notWellFormed, part: part, detail: "could not allocate an XML parser")
    }
    defer { xmlFreeParserCtxt(context) }
    // Any DOCTYPE stops the parser before a single entity can be declared or expanded.
    context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
      guard let userData else { return }
      let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      parser.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
      xmlStopParser(parser)
    }
    let document = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
          xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), part, nil, options)
        }
      }
    }
    if context.pointee._private != nil {
      if let document { xmlFreeDoc(document) }
      throw XMLError(.dtdForbidden, part: part, detail: "the part has a document type declaration (DTD), which packages must not have")
    }
    guard let document, context.pointee.wellFormed != 0 else {
      if let document { xmlFreeDoc(document) }
      throw lastError(of: context, part: part, empty: bytes.isEmpty)
    }
    if let declared = document.pointee.encoding.map({ String(cString: $0).uppercased() }),
      !["UTF-8", "UTF8", "UTF-16", "UTF16", "UTF-16LE", "UTF-16BE"].contains(declared)
    {
      xmlFreeDoc(document)
      throw XMLError(.unsupportedEncoding, part: part, detail: "the part is encoded as \(declared); only UTF-8 and UTF-16 are allowed")
    }
    guard xmlDocGetRootElement(document) != nil else {
      xmlFreeDoc(document)
      throw XMLError(.empty, part: part, detail: "the part has no root element")
    }
    return document
  }

  private static func lastError(of context: xmlParserCtxtPtr, part: String, empty: Bool) -> XMLError {
    if empty { return XMLError(.empty, part: part, detail: "the part is empty") }
    let error = context.pointee.lastError
    let message = error.message.map { String(cString: $0) }?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed"
    let encodingCodes: Set<Int32> = [Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int32(XML_ERR_INVALID_ENCODING.rawValue),
                                     Int32(XML_ERR_INVALID_CHAR.rawValue)]
    let kind: XMLError.Kind = encodingCodes.contains(error.code) && message.lowercased().contains("encod")
      ? .unsupportedEncoding : .notWellFormed
    return XMLError(kind, part: part, line: error.line > 0 ? Int(error.line) : nil,
                    column: error.int2 > 0 ? Int(error.int2) : nil, detail: "not well-formed XML: \(message)")
  }
}

import Foundation
