/// Drops a Word package's external relationships other than hyperlinks: an attached template, linked
/// images or OLE objects, mail-merge sources. Gongwen never fetches them, and the document it writes must
/// not point Word at them either.
///
/// What referred to a dropped relationship is made to stand without it: an element of WordprocessingML
/// (`w:attachedTemplate`, `w:subDoc`, `w:dataSource`, whose `r:id` is required) is removed; in other
/// vocabularies (`a:blip/@r:link`, `v:imagedata/@r:id`, `o:OLEObject/@r:id`, where it is optional)
/// only the attribute goes.
enum WordExternalRelationships {
  static let relationshipNamespaces: Set<String> = [W.relationshipsNS, "http://purl.oclc.org/ooxml/officeDocument/relationships"]

  /// Rewrites every relationships part holding such a relationship, and the part it belongs to.
  /// Returns the dropped relationships' part and raw target, for callers that report them.
  @discardableResult
  static func drop(in package: TemplatePackage) throws -> [(part: String, target: String)] {
    var dropped: [(part: String, target: String)] = []
    for entry in package.archive.entries where Relationships.sourcePart(ofRelationshipsPart: entry.name) != nil {
      guard let document = try package.xml(entry.name), let root = document.root else { continue }
      var ids: Set<String> = []
      for relationship in root.elementChildren where relationship.is(OPC.relationship) {
        guard relationship.attribute(XMLName("", "TargetMode")) == "External",
          let type = relationship.attribute(XMLName("", "Type")), !isHyperlink(type)
        else { continue }
        if let id = relationship.attribute(XMLName("", "Id")) { ids.insert(id) }
        dropped.append((entry.name, relationship.attribute(XMLName("", "Target")) ?? ""))
        relationship.remove()
      }
      guard !ids.isEmpty else { continue }
      package.replace(entry.name, with: document)
      if let source = Relationships.sourcePart(ofRelationshipsPart: entry.name), !source.isEmpty, package.has(source) {
        try removeReferences(to: ids, in: source, package: package)
      }
    }
    return dropped
  }

  static func isHyperlink(_ type: String) -> Bool { type.hasSuffix("/hyperlink") }

  private static func removeReferences(to ids: Set<String>, in part: String, package: TemplatePackage) throws {
    guard let document = try package.xml(part), let root = document.root else { return }
    var elements: [XMLNode] = []
    var attributes: [(XMLNode, XMLName)] = []
    root.walk { node in
      guard node.isElement else { return false }
      for name in node.attributeNames where relationshipNamespaces.contains(name.namespace) {
        guard let value = node.attribute(name), ids.contains(value) else { continue }
        if node.namespaceURI == W.ns {
          elements.append(node)
          return false
        }
        attributes.append((node, name))
      }
      return true
    }
    guard !elements.isEmpty || !attributes.isEmpty else { return }
    for (node, name) in attributes { node.removeAttribute(name) }
    for element in elements { element.remove() }
    package.replace(part, with: document)
  }
}
