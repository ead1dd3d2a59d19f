import GongwenTemplate
/// Finds the parts of an OpenDocument text package that may hold tags and compiles them.
enum OpenDocumentTemplateCompiler {
  static func compile(_ package: TemplatePackage) throws -> CompiledFormat {
    guard package.has("content.xml") else {
      throw PackageError(.missingPart, file: package.file, part: "content.xml",
                         detail: PackagePhrase.noContentXML.phrase())
    }
    guard package.has("META-INF/manifest.xml") else {
      throw PackageError(.missingPart, file: package.file, part: "META-INF/manifest.xml",
                         detail: PackagePhrase.noManifest.phrase())
    }
    try OpenDocumentActiveContent.check(package, parts: ["content.xml", "styles.xml"].filter(package.has))
    let styles = try OpenDocumentStyleCatalog(package: package)
    let profile = OpenDocumentProfile(blockStyles: styles)
    var parts: [(name: String, profile: FormatProfile)] = [("content.xml", profile)]
    if package.has("styles.xml") { parts.append(("styles.xml", profile)) }
    if package.has("meta.xml") { parts.append(("meta.xml", PropertiesProfile())) }
    let mimetype = OpenDocumentMediaTypes.documentMimetype(
      try package.archive.read(named: "mimetype") ?? Array("application/vnd.oasis.opendocument.text".utf8))
    try OpenDocumentMediaTypes.makeDocument(in: package)
    let compiled = try package.compileAll(parts)
    var template = OpenDocumentCompiledTemplate(parts: compiled, mimetype: mimetype,
                                                figures: try OpenDocumentFigureSetup.read(package, parts: compiled))
    template.styles = styles
    return template
  }
}
