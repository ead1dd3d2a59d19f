/// The media type of an OpenDocument package, made a document's: a text template (.ott) renders into
/// a text document (.odt), so both the `mimetype` entry and the manifest's root entry say text.
enum OpenDocumentMediaTypes {
  static let documentTypes = [
    "application/vnd.oasis.opendocument.text-template": "application/vnd.oasis.opendocument.text"
  ]

  /// The document media type for a package's `mimetype` bytes (unchanged unless it names a template).
  static func documentMimetype(_ mimetype: [UInt8]) -> [UInt8] {
    documentTypes[String(decoding: mimetype, as: UTF8.self)].map { Array($0.utf8) } ?? mimetype
  }

  /// Rewrites the manifest's root entry (`full-path="/"`) when it declares a template; the package then
  /// reads and writes the rewritten manifest.
  static func makeDocument(in package: TemplatePackage) throws {
    guard let manifest = try package.xml(OpenDocumentPackageRules.manifestPart), let root = manifest.root else { return }
    let fullPath = XMLName(ODF.manifestNS, "full-path"), mediaType = XMLName(ODF.manifestNS, "media-type")
    var changed = false
    for entry in root.elementChildren where entry.is(XMLName(ODF.manifestNS, "file-entry")) {
      guard entry.attribute(fullPath) == "/", let type = entry.attribute(mediaType), let document = documentTypes[type]
      else { continue }
      entry.setAttribute(mediaType, document)
      changed = true
    }
    if changed { package.replace(OpenDocumentPackageRules.manifestPart, with: manifest) }
  }

  static let textTemplate = "application/vnd.oasis.opendocument.text-template"

  /// A rendered text document's manifest made a text template's (.ott): the root entry's media type.
  static func templateTypedManifest(_ bytes: [UInt8]) throws -> [UInt8] {
    let manifest = try XMLDocument(parsing: bytes, part: OpenDocumentPackageRules.manifestPart)
    let fullPath = XMLName(ODF.manifestNS, "full-path"), mediaType = XMLName(ODF.manifestNS, "media-type")
    for entry in manifest.root?.elementChildren ?? [] where entry.attribute(fullPath) == "/" {
      entry.setAttribute(mediaType, textTemplate)
    }
    return XMLSerializer.bytes(of: manifest)
  }
}
