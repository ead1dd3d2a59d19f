/// Adds relationships and content types to a Word package with libxml2: the template's part is
/// parsed, new elements appended, and the tree serialized again.
enum WordPackageEdits {
  static let emptyRelationships = Array(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"\(OPC.relationshipsNS)\"/>".utf8)

  /// The ids a relationships part already uses.
  static func ids(in bytes: [UInt8]?, part: String) throws -> Set<String> {
    guard let bytes, let root = try XMLDocument(parsing: bytes, part: part).root else { return [] }
    return Set(root.elementChildren.compactMap { $0.attribute(XMLName("", "Id")) })
  }

  /// `bytes` (or a new, empty relationships part) with `adding` appended.
  static func relationships(_ bytes: [UInt8]?, part: String,
                            adding: [(id: String, type: String, target: String)]) throws -> [UInt8] {
    let document = try XMLDocument(parsing: bytes ?? emptyRelationships, part: part)
    guard let root = document.root else { return bytes ?? emptyRelationships }
    for relationship in adding {
      guard let element = root.appendElement("Relationship", namespace: OPC.relationshipsNS, prefix: "") else { continue }
      element.setAttribute(XMLName("", "Id"), relationship.id)
      element.setAttribute(XMLName("", "Type"), relationship.type)
      element.setAttribute(XMLName("", "Target"), relationship.target)
    }
    return XMLSerializer.bytes(of: document)
  }

  /// `[Content_Types].xml` with a `Default` for each extension not yet covered and the overrides added.
  static func contentTypes(_ bytes: [UInt8], defaults: [(extension: String, type: String)],
                           overrides: [(part: String, type: String)]) throws -> [UInt8] {
    let name = "[Content_Types].xml"
    let document = try XMLDocument(parsing: bytes, part: name)
    guard let root = document.root else { return bytes }
    let present = Set(root.elementChildren.compactMap { $0.attribute(XMLName("", "Extension"))?.lowercased() })
    // Defaults come before overrides in Office's own files; appending keeps the schema's any-order rule.
    for (ext, type) in defaults where !present.contains(ext.lowercased()) {
      guard let element = root.appendElement("Default", namespace: OPC.contentTypesNS, prefix: "") else { continue }
      element.setAttribute(XMLName("", "Extension"), ext)
      element.setAttribute(XMLName("", "ContentType"), type)
    }
    for (part, type) in overrides {
      guard let element = root.appendElement("Override", namespace: OPC.contentTypesNS, prefix: "") else { continue }
      element.setAttribute(XMLName("", "PartName"), "/" + part)
      element.setAttribute(XMLName("", "ContentType"), type)
    }
    return XMLSerializer.bytes(of: document)
  }

  /// The target of `entry` as written in the relationships of `part` (relative to its folder).
  static func target(of entry: String, from part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return entry }
    let folder = part[...slash]
    return entry.hasPrefix(folder) ? String(entry.dropFirst(folder.count)) : "/" + entry
  }
}
