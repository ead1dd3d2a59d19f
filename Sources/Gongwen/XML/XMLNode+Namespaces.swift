import CLibXML2

extension XMLNode {
  /// The namespace URI `prefix` is bound to in scope at this node, or nil.
  func namespaceURI(ofPrefix prefix: String) -> String? {
    guard let ns = xmlSearchNs(document.pointer, pointer, prefix), let href = ns.pointee.href else { return nil }
    return String(cString: href)
  }

  /// Binds `prefix` to `uri` on this element unless it is bound so already. False when the prefix is
  /// bound in scope to another namespace (nothing changes then).
  @discardableResult
  func ensureNamespace(prefix: String, uri: String) -> Bool {
    if let bound = namespaceURI(ofPrefix: prefix) { return bound == uri }
    return xmlNewNs(pointer, uri, prefix) != nil
  }

  /// Makes a new element named `name` with `attributes`, appended as this node's last child. Each
  /// namespace must be bound in scope; nil when one is not.
  @discardableResult
  func appendElement(_ name: XMLName, _ attributes: [(XMLName, String)] = []) -> XMLNode? {
    guard let node = xmlNewDocNode(document.pointer, nil, name.localName, nil) else { return nil }
    let element = XMLNode(node, in: document)
    guard xmlAddChild(pointer, node) != nil else {
      xmlFreeNode(node)
      return nil
    }
    if let uri = name.namespaceOrNil {
      guard let ns = xmlSearchNsByHref(document.pointer, node, uri) else {
        element.remove()
        return nil
      }
      xmlSetNs(node, ns)
    }
    for (attribute, value) in attributes {
      if let uri = attribute.namespaceOrNil {
        guard let ns = xmlSearchNsByHref(document.pointer, node, uri) else {
          element.remove()
          return nil
        }
        xmlSetNsProp(node, ns, attribute.localName, value)
      } else {
        xmlSetProp(node, attribute.localName, value)
      }
    }
    return element
  }
}
