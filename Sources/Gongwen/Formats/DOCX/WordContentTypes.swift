import GongwenTemplate
/// The content type of a Word package's main part, made a document's: a template (.dotx, .dotm)
/// renders into a document (.docx, .docm), which Word opens only with a document main part type.
enum WordContentTypes {
  static let part = "[Content_Types].xml"
  static let documentTypes: [String: String] = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml":
      "application/vnd.ms-word.document.macroEnabled.main+xml",
  ]

  /// Rewrites the override of `mainPart` in `contentTypes` when it declares a template; the
  /// package then reads and writes the rewritten part.
  static func makeDocument(_ contentTypes: XMLDocument?, mainPart: String, in package: TemplatePackage) {
    guard let root = contentTypes?.root, let contentTypes else { return }
    let contentType = XMLName("", "ContentType")
    var changed = false
    for override in root.elementChildren where override.is(XMLName(OPC.contentTypesNS, "Override")) {
      guard override.attribute(XMLName("", "PartName"))?.lowercased() == "/" + mainPart.lowercased(),
        let type = override.attribute(contentType), let documentType = documentTypes[type]
      else { continue }
      override.setAttribute(contentType, documentType)
      changed = true
    }
    if changed { package.replace(part, with: contentTypes) }
  }

  /// `[Content_Types].xml` of a rendered document made a template's (.dotx): the main part's document
  /// type becomes the template type. A macro-enabled document has no .dotx form and is refused.
  static func templateTyped(_ bytes: [UInt8], file: String) throws -> [UInt8] {
    let document = try XMLDocument(parsing: bytes, part: part)
    let contentType = XMLName("", "ContentType")
    var changed = false
    for override in document.root?.elementChildren ?? [] where override.is(XMLName(OPC.contentTypesNS, "Override")) {
      switch override.attribute(contentType) {
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
        override.setAttribute(contentType, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
        changed = true
      case "application/vnd.ms-word.document.macroEnabled.main+xml":
        throw PackageError(.activeContent, file: file, part: part,
                           detail: PackagePhrase.dotxMacros.phrase())
      default:
        continue
      }
    }
    guard changed else {
      throw PackageError(.missingPart, file: file, part: part, detail: PackagePhrase.noMainPartType.phrase())
    }
    return XMLSerializer.bytes(of: document)
  }
}
