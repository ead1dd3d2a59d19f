import CLibXML2

/// Serializes a libxml2 tree to UTF-8 the way Office writes parts: the declaration with
/// `standalone`, namespaces and prefixes as they were (so `mc:Ignorable` keeps working), and
/// minimal escaping. Marked nodes and attribute values are cut out as `XMLChunk.marker`s.
struct XMLSerializer {
  private var output: [UInt8] = []
  private var chunks: [XMLChunk] = []
  private let markers: XMLSerializationMarkers?

  private init(markers: XMLSerializationMarkers?) {
    self.markers = markers
    output.reserveCapacity(64 * 1024)
  }

  /// The whole document, with its declaration.
  static func serialize(_ document: XMLDocument, markers: XMLSerializationMarkers? = nil) -> [XMLChunk] {
    var serializer = XMLSerializer(markers: markers)
    serializer.appendDeclaration(standalone: document.standalone)
    var child = document.pointer.pointee.children
    while let node = child {
      serializer.append(XMLNode(node, in: document))
      child = node.pointee.next
    }
    serializer.flush()
    return serializer.chunks
  }

  /// The whole document as bytes (no markers).
  static func bytes(of document: XMLDocument) -> [UInt8] {
    var result: [UInt8] = []
    for case .markup(let bytes) in serialize(document) { result += bytes }
    return result
  }

  /// One node and its subtree, without a declaration.
  static func serialize(node: XMLNode, markers: XMLSerializationMarkers? = nil) -> [XMLChunk] {
    var serializer = XMLSerializer(markers: markers)
    serializer.append(node)
    serializer.flush()
    return serializer.chunks
  }

  private mutating func flush() {
    if !output.isEmpty {
      chunks.append(.markup(output))
      output.removeAll(keepingCapacity: true)
    }
  }

  private mutating func emitMarker(_ id: Int) {
    flush()
    chunks.append(.marker(id))
  }

  private mutating func appendDeclaration(standalone: Bool?) {
    var declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\""
    if let standalone { declaration += standalone ? " standalone=\"yes\"" : " standalone=\"no\"" }
    declaration += "?>\r\n"
    output += declaration.utf8
  }

  private mutating func append(_ node: XMLNode) {
    if let markers, let id = markers.marker(for: node) {
      emitMarker(id)
      return
    }
    let raw = node.pointer
    switch raw.pointee.type {
    case XML_ELEMENT_NODE:
      appendElement(node)
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if let content = raw.pointee.content { appendEscaped(content, attribute: false) }
    case XML_COMMENT_NODE:
      output += "<!--".utf8
      if let content = raw.pointee.content { appendRaw(content) }
      output += "-->".utf8
    case XML_PI_NODE:
      output += "<?".utf8
      if let name = raw.pointee.name { appendRaw(name) }
      if let content = raw.pointee.content, content.pointee != 0 {
        output.append(UInt8(ascii: " "))
        appendRaw(content)
      }
      output += "?>".utf8
    case XML_ENTITY_REF_NODE:
      output.append(UInt8(ascii: "&"))
      if let name = raw.pointee.name { appendRaw(name) }
      output.append(UInt8(ascii: ";"))
    default:
      break
    }
  }

  private mutating func appendQualifiedName(prefix: UnsafePointer<xmlChar>?, name: UnsafePointer<xmlChar>?) {
    if let prefix {
      appendRaw(prefix)
      output.append(UInt8(ascii: ":"))
    }
    if let name { appendRaw(name) }
  }

  private mutating func appendElement(_ node: XMLNode) {
    let raw = node.pointer
    output.append(UInt8(ascii: "<"))
    appendQualifiedName(prefix: raw.pointee.ns?.pointee.prefix, name: raw.pointee.name)
    var ns = raw.pointee.nsDef
    while let declaration = ns {
      output += " xmlns".utf8
      if let prefix = declaration.pointee.prefix {
        output.append(UInt8(ascii: ":"))
        appendRaw(prefix)
      }
      output += "=\"".utf8
      if let href = declaration.pointee.href { appendEscaped(href, attribute: true) }
      output.append(UInt8(ascii: "\""))
      ns = declaration.pointee.next
    }
    let attributeMarkers = markers.map { $0.hasAttributeMarkers(node) } ?? false
    var attribute = raw.pointee.properties
    while let attr = attribute {
      output.append(UInt8(ascii: " "))
      appendQualifiedName(prefix: attr.pointee.ns?.pointee.prefix, name: attr.pointee.name)
      output += "=\"".utf8
      let name = XMLName(
        attr.pointee.ns?.pointee.href.map { String(cString: $0) } ?? "",
        attr.pointee.name.map { String(cString: $0) } ?? "")
      if attributeMarkers, let markers, let id = markers.marker(forAttribute: name, of: node) {
        emitMarker(id)
      } else {
        var value = attr.pointee.children
        while let text = value {
          if let content = text.pointee.content { appendEscaped(content, attribute: true) }
          value = text.pointee.next
        }
      }
      output.append(UInt8(ascii: "\""))
      attribute = attr.pointee.next
    }
    guard raw.pointee.children != nil else {
      output += "/>".utf8
      return
    }
    output.append(UInt8(ascii: ">"))
    var child = raw.pointee.children
    while let next = child {
      append(XMLNode(next, in: node.document))
      child = next.pointee.next
    }
    output += "</".utf8
    appendQualifiedName(prefix: raw.pointee.ns?.pointee.prefix, name: raw.pointee.name)
    output.append(UInt8(ascii: ">"))
  }

  private mutating func appendRaw(_ string: UnsafePointer<xmlChar>) {
    var cursor = string
    while cursor.pointee != 0 {
      output.append(cursor.pointee)
      cursor += 1
    }
  }

  private mutating func appendEscaped(_ string: UnsafePointer<xmlChar>, attribute: Bool) {
    var cursor = string
    while cursor.pointee != 0 {
      XMLEscaping.append(cursor.pointee, to: &output, attribute: attribute)
      cursor += 1
    }
  }
}
