import CLibXML2

extension XMLNode {
  /// Appends a new child element in namespace `uri`, using the prefix in scope for it (the default
  /// namespace included) or declaring `prefix` on the new element when none is. Returns nil when
  /// libxml2 cannot allocate it.
  @discardableResult
  func appendElement(_ localName: String, namespace uri: String, prefix: String) -> XMLNode? {
    guard let node = xmlNewDocNode(document.pointer, nil, localName, nil) else { return nil }
    let element = XMLNode(node, in: document)
    guard append(element) != nil else {
      xmlFreeNode(node)
      return nil
    }
    let ns = xmlSearchNsByHref(document.pointer, node, uri) ?? xmlNewNs(node, uri, prefix)
    xmlSetNs(node, ns)
    return element
  }

  /// Sets an attribute in namespace `uri`, declaring `prefix` on this element when no prefix for it
  /// is in scope. Attributes in no namespace use `setAttribute(_:_:)`.
  func setAttribute(_ localName: String, namespace uri: String, prefix: String, _ value: String) {
    var found = xmlSearchNsByHref(document.pointer, pointer, uri)
    // The default namespace cannot qualify an attribute.
    if let ns = found, ns.pointee.prefix == nil { found = nil }
    guard let ns = found ?? xmlNewNs(pointer, uri, prefix) else { return }
    xmlSetNsProp(pointer, ns, localName, value)
  }
}
