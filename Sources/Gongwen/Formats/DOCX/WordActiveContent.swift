import GongwenTemplate
/// Finds macros and ActiveX controls in a Word package, which Gongwen refuses unless asked to keep them.
///
/// A package is macro-enabled when it holds a VBA project (`vbaProject.bin`, `vbaData.xml`), declares a
/// macro-enabled main part (`.docm`, `.dotm`) or a VBA content type, or links a VBA project by
/// relationship; ActiveX controls live under `word/activeX/`.
enum WordActiveContent {
  static let macroContentTypes: Set<String> = [
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    "application/vnd.ms-office.vbaProject",
    "application/vnd.ms-word.vbaData+xml",
    "application/vnd.ms-office.activeX+xml",
    "application/vnd.ms-office.activeX",
  ]
  static let vbaProjectType = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"

  /// Throws `PackageError(.activeContent)` naming the first macro or control found, unless
  /// the options keep macros.
  static func check(_ package: TemplatePackage, contentTypes: XMLDocument?) throws {
    guard !package.options.keepMacros, let (part, what) = try find(package, contentTypes: contentTypes) else { return }
    throw PackageError(.activeContent, file: package.file, part: part,
                       detail: PackagePhrase.activeContent.phrase(["what": .phrase(what)]))
  }

  private static func find(_ package: TemplatePackage, contentTypes: XMLDocument?) throws -> (String, Phrase)? {
    for entry in package.archive.entries {
      let name = entry.name.lowercased()
      if name.hasSuffix("vbaproject.bin") || name.hasSuffix("vbadata.xml") {
        return (entry.name, PackagePhrase.vbaProject.phrase())
      }
      if name.hasPrefix("word/activex/") {
        return (entry.name, PackagePhrase.activeX.phrase())
      }
    }
    var found: (String, Phrase)?
    contentTypes?.root?.walk { node in
      guard found == nil, node.isElement else { return false }
      if let type = node.attribute(XMLName("", "ContentType")), macroContentTypes.contains(type) {
        let part = node.attribute(XMLName("", "PartName")) ?? node.attribute(XMLName("", "Extension")).map { "*.\($0)" } ?? ""
        found = ("[Content_Types].xml", PackagePhrase.macroEnabledPart.phrase(["part": .text(part.isEmpty ? type : part + ": " + type)]))
      }
      return found == nil
    }
    if let found { return found }
    for entry in package.archive.entries where entry.name.hasSuffix(".rels") {
      guard let document = try package.xml(entry.name), let root = document.root else { continue }
      for relationship in root.elementChildren where relationship.attribute(XMLName("", "Type")) == vbaProjectType {
        return (entry.name, PackagePhrase.vbaRelationship.phrase())
      }
    }
    return nil
  }
}
