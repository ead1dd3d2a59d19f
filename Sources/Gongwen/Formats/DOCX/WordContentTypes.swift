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
}
