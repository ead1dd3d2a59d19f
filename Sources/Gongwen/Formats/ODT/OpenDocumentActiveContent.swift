import GongwenTemplate
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
                       detail: PackagePhrase.activeContent.phrase(["what": .phrase(what)]))
  }

  private static func find(_ package: TemplatePackage, parts: [String]) throws -> (String, Phrase)? {
    for entry in package.archive.entries {
      let name = entry.name.lowercased()
      if name.hasPrefix("basic/") { return (entry.name, PackagePhrase.basicMacros.phrase()) }
      if name.hasPrefix("scripts/") { return (entry.name, PackagePhrase.scripts.phrase()) }
    }
    for part in parts {
      guard let root = try package.xml(part)?.root else { continue }
      var found: Phrase?
      root.walk { node in
        guard found == nil, node.isElement else { return false }
        found = activeContent(node)
        return found == nil
      }
      if let found { return (part, found) }
    }
    return nil
  }

  private static func activeContent(_ element: XMLNode) -> Phrase? {
    if element.is(XMLName(ODF.officeNS, "event-listeners")) || element.is(XMLName(scriptNS, "event-listener")) {
      return PackagePhrase.eventListeners.phrase(["element": .text((element.prefix.map { $0 + ":" } ?? "") + element.localName)])
    }
    if element.is(XMLName(ODF.officeNS, "script")) && !element.children.isEmpty {
      return PackagePhrase.embeddedScript.phrase()
    }
    if let href = element.attribute(xlinkHref), macroSchemes.contains(where: { href.lowercased().hasPrefix($0) }) {
      return PackagePhrase.macroLink.phrase(["href": .text(EntryNameRules.printable(String(href.prefix(60))))])
    }
    return nil
  }
}
