import CLibXML2

/// A node of an `XMLDocument`. Holds its document, so the tree stays alive while a node is in use.
///
/// Two values are equal when they wrap the same libxml2 node.
struct XMLNode: Hashable {
  let pointer: xmlNodePtr
  let document: XMLDocument

  init(_ pointer: xmlNodePtr, in document: XMLDocument) {
    self.pointer = pointer
    self.document = document
  }

  static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
  func hash(into hasher: inout Hasher) { hasher.combine(pointer) }

  // MARK: Kind and names

  var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
  var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

  /// The local name (`p` for `w:p`).
  var localName: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }
  /// The namespace URI, or nil.
  var namespaceURI: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }
  /// The prefix as written, or nil.
  var prefix: String? { pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

  /// True when this is an element with the given namespace and local name.
  func `is`(_ name: XMLName) -> Bool {
    guard isElement, let ns = pointer.pointee.ns?.pointee.href, let local = pointer.pointee.name else { return false }
    return xmlStrEqual(local, name.localName) != 0 && xmlStrEqual(ns, name.namespace) != 0
  }

  // MARK: Navigation

  var parent: XMLNode? {
    guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
    return XMLNode(parent, in: document)
  }
  var firstChild: XMLNode? { pointer.pointee.children.map { XMLNode($0, in: document) } }
  var nextSibling: XMLNode? { pointer.pointee.next.map { XMLNode($0, in: document) } }
  var previousSibling: XMLNode? { pointer.pointee.prev.map { XMLNode($0, in: document) } }

  /// The direct children in order.
  var children: [XMLNode] {
    var result: [XMLNode] = []
    var child = pointer.pointee.children
    while let node = child {
      result.append(XMLNode(node, in: document))
      child = node.pointee.next
    }
    return result
  }

  /// The ancestor elements, nearest first.
  var ancestors: [XMLNode] { Self.chain(from: parent, \.parent) }
  /// The siblings after this node, in order.
  var followingSiblings: [XMLNode] { Self.chain(from: nextSibling, \.nextSibling) }

  private static func chain(from first: XMLNode?, _ step: (XMLNode) -> XMLNode?) -> [XMLNode] {
    var result: [XMLNode] = []
    var current = first
    while let node = current {
      result.append(node)
      current = step(node)
    }
    return result
  }

  /// The element children in order.
  var elementChildren: [XMLNode] { children.filter(\.isElement) }

  /// The first child element with `name`.
  func child(_ name: XMLName) -> XMLNode? {
    var child = pointer.pointee.children
    while let node = child {
      let wrapped = XMLNode(node, in: document)
      if wrapped.is(name) { return wrapped }
      child = node.pointee.next
    }
    return nil
  }

  /// The nearest ancestor (not self) for which `predicate` holds.
  func ancestor(where predicate: (XMLNode) -> Bool) -> XMLNode? {
    var current = parent
    while let node = current {
      if predicate(node) { return node }
      current = node.parent
    }
    return nil
  }

  /// Visits this node and its descendants in document order; `visit` returns false to skip a subtree.
  func walk(_ visit: (XMLNode) -> Bool) {
    guard visit(self) else { return }
    var child = pointer.pointee.children
    while let node = child {
      let next = node.pointee.next
      XMLNode(node, in: document).walk(visit)
      child = next
    }
  }

  // MARK: Content

  /// The text of a text node, or the concatenated text of an element's descendants.
  var text: String {
    guard let content = xmlNodeGetContent(pointer) else { return "" }
    defer { xmlFree(content) }
    return String(cString: content)
  }

  /// Replaces a text node's content (escaping is the serializer's job).
  func setText(_ text: String) {
    xmlNodeSetContentLen(pointer, text, Int32(clamping: text.utf8.count))
  }

  /// The value of an attribute in a namespace (nil namespace: no namespace).
  func attribute(_ name: XMLName) -> String? {
    guard let value = xmlGetNsProp(pointer, name.localName, name.namespaceOrNil) else { return nil }
    defer { xmlFree(value) }
    return String(cString: value)
  }

  /// The names of this element's attributes, in document order.
  var attributeNames: [XMLName] {
    var names: [XMLName] = []
    var attribute = pointer.pointee.properties
    while let current = attribute {
      let namespace = current.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
      names.append(XMLName(namespace, current.pointee.name.map { String(cString: $0) } ?? ""))
      attribute = current.pointee.next
    }
    return names
  }

  /// Sets an attribute; the namespace must be declared in scope (nil namespace: no namespace).
  func setAttribute(_ name: XMLName, _ value: String) {
    if let uri = name.namespaceOrNil {
      // A new element not yet in the tree finds no declaration in scope, but may carry its own.
      let own = pointer.pointee.ns.flatMap { ns in ns.pointee.href.map { String(cString: $0) == uri } == true ? ns : nil }
      guard let ns = xmlSearchNsByHref(document.pointer, pointer, uri) ?? own else { return }
      xmlSetNsProp(pointer, ns, name.localName, value)
    } else {
      xmlSetProp(pointer, name.localName, value)
    }
  }

  func removeAttribute(_ name: XMLName) {
    if let attr = xmlHasNsProp(pointer, name.localName, name.namespaceOrNil) {
      xmlRemoveProp(attr)
    }
  }

  // MARK: Editing

  /// Inserts `node` right before this one and returns the node now in the tree: libxml2 merges a text
  /// node into an adjacent text node and frees it, so afterwards only the returned node may be used.
  @discardableResult
  func insertBefore(_ node: XMLNode) -> XMLNode? {
    xmlAddPrevSibling(pointer, node.pointer).map { XMLNode($0, in: document) }
  }
  /// Inserts `node` right after this one and returns the node now in the tree (see ``insertBefore(_:)``).
  @discardableResult
  func insertAfter(_ node: XMLNode) -> XMLNode? {
    xmlAddNextSibling(pointer, node.pointer).map { XMLNode($0, in: document) }
  }
  /// Appends `node` as the last child and returns the node now in the tree (see ``insertBefore(_:)``).
  @discardableResult
  func append(_ node: XMLNode) -> XMLNode? {
    xmlAddChild(pointer, node.pointer).map { XMLNode($0, in: document) }
  }

  /// Detaches this node (and its subtree) from the tree without freeing it, to be inserted elsewhere.
  func unlink() {
    xmlUnlinkNode(pointer)
  }

  /// Detaches this node (and its subtree) and frees it. Do not use the value afterwards.
  func remove() {
    xmlUnlinkNode(pointer)
    xmlFreeNode(pointer)
  }

  /// A deep copy in the same document, not yet inserted anywhere.
  func deepCopy() -> XMLNode? {
    guard let copy = xmlDocCopyNode(pointer, document.pointer, 1) else { return nil }
    return XMLNode(copy, in: document)
  }

  /// Points this subtree's names at the declarations in scope where it now stands and drops the
  /// declarations a copy brought along that repeat them.
  func reconcileNamespaces() {
    xmlDOMWrapReconcileNamespaces(nil, pointer, 1)  // XML_DOM_RECONNS_REMOVEREDUND
  }

  /// A copy of this element with its attributes and namespace declarations but no children.
  func shallowCopy() -> XMLNode? {
    guard let copy = xmlDocCopyNode(pointer, document.pointer, 2) else { return nil }
    return XMLNode(copy, in: document)
  }
}
