import CLibXML2

/// A parsed XML part. Owns its libxml2 document and frees it exactly once.
///
/// Parsing is safe by construction: no network, no entity substitution, no DTD loading, and a
/// document type declaration stops the parser at once (packages must not carry DTDs, so no entity
/// expansion or external entity can ever happen). libxml2's default depth and size limits apply.
final class XMLDocument {
  let pointer: xmlDocPtr
  /// The part name used in messages.
  let part: String

  /// Parses `bytes`; throws `XMLError` naming the part, line and column on failure.
  init(parsing bytes: [UInt8], part: String) throws {
    self.part = part
    self.pointer = try XMLParserContext.parse(bytes, part: part)
  }

  deinit { xmlFreeDoc(pointer) }

  /// Throws the `XMLError` that parsing `bytes` would, without keeping a tree.
  static func checkWellFormed(_ bytes: [UInt8], part: String) throws {
    try XMLParserContext.checkWellFormed(bytes, part: part)
  }

  /// The root element.
  var root: XMLNode? {
    guard let node = xmlDocGetRootElement(pointer) else { return nil }
    return XMLNode(node, in: self)
  }

  /// The `standalone` flag of the declaration: true, false, or nil when absent.
  var standalone: Bool? {
    switch pointer.pointee.standalone {
    case 1: return true
    case 0: return false
    default: return nil
    }
  }

  /// Makes a new element in this document's dictionary, with the namespace of `prefix` as seen from
  /// `context` (nil prefix: no namespace).
  func makeElement(_ localName: String, prefix: String?, context: XMLNode) -> XMLNode? {
    guard let node = xmlNewDocNode(pointer, nil, localName, nil) else { return nil }
    if let prefix {
      guard let ns = xmlSearchNs(pointer, context.pointer, prefix) else {
        xmlFreeNode(node)
        return nil
      }
      xmlSetNs(node, ns)
    }
    return XMLNode(node, in: self)
  }

  /// Makes a new element in `namespace`, using the prefix in scope at `context` for it; when none is,
  /// the namespace is declared on the root element with `preferredPrefix` (nil: as the default namespace
  /// when that is free).
  func makeElement(_ name: XMLName, context: XMLNode, preferredPrefix: String?) -> XMLNode? {
    guard let uri = name.namespaceOrNil else { return makeElement(name.localName, prefix: nil, context: context) }
    var ns = xmlSearchNsByHref(pointer, context.pointer, uri)
    if ns == nil, let root = xmlDocGetRootElement(pointer) {
      ns = xmlNewNs(root, uri, preferredPrefix)
    }
    guard let ns, let node = xmlNewDocNode(pointer, ns, name.localName, nil) else { return nil }
    return XMLNode(node, in: self)
  }

  /// Makes a text node.
  func makeText(_ text: String) -> XMLNode? {
    guard let node = xmlNewDocText(pointer, text) else { return nil }
    return XMLNode(node, in: self)
  }

  /// Makes a placeholder node that the serializer can recognise by identity.
  func makeMarker() -> XMLNode? {
    guard let node = xmlNewDocPI(pointer, "gongwen-marker", nil) else { return nil }
    return XMLNode(node, in: self)
  }
}
