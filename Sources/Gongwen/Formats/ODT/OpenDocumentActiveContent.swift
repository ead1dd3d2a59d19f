/// Finds macros and scripts in an OpenDocument package, which Gongwen refuses unless asked to keep them:
/// Basic libraries (`Basic/`), scripts (`Scripts/`), event listeners (`office:event-listeners`,
/// `script:event-listener`), embedded scripts (`office:script`) and links that run a macro
/// (`vnd.sun.star.script:`, `macro:`).
enum OpenDocumentActiveContent {
  static let scriptNS = "urn:oasis:names:tc:opendocument:xmlns:script:1.0"
  static let xlinkHref = XMLName("http://www.w3.org/1999/xlink", "href")
  static let macroSchemes = ["vnd.sun.star.script:", "macro:"]

  /// Throws `PackageError(.activeContent)` naming the first macro or script found, unless the
  /// options keep macros.
  static func check(_ package: TemplatePackage, parts: [String]) throws {
    guard !package.options.keepMacros, let (part, what) = try find(package, parts: parts) else { return }
    throw PackageError(.activeContent, file: package.file, part: part,
                       detail: "the template contains \(what); Gongwen refuses active content (use --keep-macros to keep it)")
  }

  private static func find(_ package: TemplatePackage, parts: [String]) throws -> (String, String)? {
    for entry in package.archive.entries {
      let name = entry.name.lowercased()
      if name.hasPrefix("basic/") { return (entry.name, "Basic macros") }
      if name.hasPrefix("scripts/") { return (entry.name, "scripts") }
    }
    for part in parts {
      guard let root = try package.xml(part)?.root else { continue }
      var found: String?
      root.walk { node in
        guard found == nil, node.isElement else { return false }
        found = activeContent(node)
        return found == nil
      }
      if let found { return (part, found) }
    }
    return nil
  }

  private static func activeContent(_ element: XMLNode) -> String? {
    if element.is(XMLName(ODF.officeNS, "event-listeners")) || element.is(XMLName(scriptNS, "event-listener")) {
      return "event listeners (\(element.prefix.map { $0 + ":" } ?? "")\(element.localName))"
    }
    if element.is(XMLName(ODF.officeNS, "script")) && !element.children.isEmpty {
      return "an embedded script (office:script)"
    }
    if let href = element.attribute(xlinkHref), macroSchemes.contains(where: { href.lowercased().hasPrefix($0) }) {
      return "a link that runs a macro (\(EntryNameRules.printable(String(href.prefix(60)))))"
    }
    return nil
  }
}
