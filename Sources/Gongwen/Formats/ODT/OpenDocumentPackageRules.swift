/// What a rendered OpenDocument package must satisfy: every file the manifest lists is in the package,
/// and every entry of the package is in the manifest. Read once from the template; what the template
/// itself leaves unlisted is its own business and not reported.
struct OpenDocumentPackageRules: PackageRules {
  static let manifestPart = "META-INF/manifest.xml"
  static let unlisted: Set<String> = ["mimetype", manifestPart]
  let listed: Set<String>
  let unlistedInTemplate: Set<String>
  let missingInTemplate: Set<String>

  init(package: TemplatePackage) throws {
    let listed = Self.paths(try package.xml(Self.manifestPart)?.root)
    self.listed = listed
    let names = Set(package.archive.entries.map(\.name))
    unlistedInTemplate = names.filter { !listed.contains($0) }
    missingInTemplate = listed.filter { !names.contains($0) }
  }

  func profile(for part: String) -> FormatProfile? {
    switch part {
    case "content.xml", "styles.xml": return OpenDocumentProfile()
    case "meta.xml": return PropertiesProfile()
    default: return nil
    }
  }

  func reads(_ part: String) -> Bool { part == Self.manifestPart }

  func check(parsed: [String: XMLDocument], added: Set<String>, entries: Set<String>) -> (part: String, detail: String)? {
    let changed = parsed[Self.manifestPart].map { Self.paths($0.root) }
    let current = changed ?? listed
    if changed != nil {
      for path in current.sorted() where !entries.contains(path) && !missingInTemplate.contains(path) {
        return (Self.manifestPart, "the manifest lists \(path), which the package does not have")
      }
    }
    for name in (changed == nil ? added : entries).sorted()
    where !Self.unlisted.contains(name) && !name.hasSuffix("/") && !unlistedInTemplate.contains(name) {
      if !current.contains(name) { return (Self.manifestPart, "\(name) is not listed in the manifest") }
    }
    return nil
  }

  /// The `manifest:full-path` of every file entry (folders, ending in `/`, left out).
  static func paths(_ root: XMLNode?) -> Set<String> {
    var paths = Set<String>()
    for element in root?.elementChildren ?? [] where element.namespaceURI == ODF.manifestNS && element.localName == "file-entry" {
      if let path = element.attribute(XMLName(ODF.manifestNS, "full-path")), !path.hasSuffix("/") { paths.insert(path) }
    }
    return paths
  }
}
