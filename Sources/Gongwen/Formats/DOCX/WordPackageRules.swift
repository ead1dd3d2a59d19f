import Foundation

/// What a rendered Word package must satisfy: every internal relationship target is a part of the
/// package, and `[Content_Types].xml` gives every part a content type. Read once from the template;
/// entries the template itself leaves uncovered are its own business and not reported.
struct WordPackageRules: PackageRules {
  static let contentTypesPart = "[Content_Types].xml"
  let roles: [String: String]
  let types: ContentTypes
  let uncoveredInTemplate: Set<String>

  init(package: TemplatePackage, roles: [String: String]) throws {
    self.roles = roles
    let document = try package.xml(Self.contentTypesPart)
    let types = ContentTypes(document?.root)
    self.types = types
    uncoveredInTemplate = Set(package.archive.entries.map(\.name).filter { !types.covers($0) })
  }

  func profile(for part: String) -> FormatProfile? {
    guard let role = roles[part] else { return nil }
    return role == "document properties" ? PropertiesProfile() : WordProfile()
  }

  func reads(_ part: String) -> Bool { part == Self.contentTypesPart || part.hasSuffix(".rels") }

  func check(parsed: [String: XMLDocument], added: Set<String>, entries: Set<String>) -> (part: String, detail: String)? {
    for (name, document) in parsed {
      guard let source = Relationships.sourcePart(ofRelationshipsPart: name), let root = document.root else { continue }
      for relationship in Relationships.parse(root, of: source) where !relationship.isExternal {
        let target = relationship.target.removingPercentEncoding ?? relationship.target
        if !entries.contains(target) {
          return (name, "relationship \(relationship.id) points at \(target), which the package does not have")
        }
      }
    }
    let changedTypes = parsed[Self.contentTypesPart].map { ContentTypes($0.root) }
    let current = changedTypes ?? types
    let candidates = changedTypes == nil ? added : entries
    for name in candidates.sorted()
    where name != Self.contentTypesPart && !name.hasSuffix("/") && !uncoveredInTemplate.contains(name) {
      if !current.covers(name) {
        return (Self.contentTypesPart, "no content type for \(name) (neither an Override nor a Default for its extension)")
      }
    }
    return nil
  }
}

/// The Default (by extension) and Override (by part name) entries of `[Content_Types].xml`.
struct ContentTypes: Sendable {
  var extensions: Set<String> = []
  var overrides: Set<String> = []

  init(_ root: XMLNode?) {
    for element in root?.elementChildren ?? [] where element.namespaceURI == OPC.contentTypesNS {
      if element.localName == "Default", let value = element.attribute(XMLName("", "Extension")) {
        extensions.insert(value.lowercased())
      } else if element.localName == "Override", let value = element.attribute(XMLName("", "PartName")) {
        overrides.insert(String(value.drop { $0 == "/" }).lowercased())
      }
    }
  }

  func covers(_ part: String) -> Bool {
    if part == WordPackageRules.contentTypesPart { return true }
    if overrides.contains(part.lowercased()) { return true }
    guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return false }
    return extensions.contains(part[part.index(after: dot)...].lowercased())
  }
}
