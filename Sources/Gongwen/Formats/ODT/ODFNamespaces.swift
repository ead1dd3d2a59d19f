/// Namespaces and names of the OpenDocument format.
enum ODF {
  static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  static let tableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  static let styleNS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  static let drawNS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  static let svgNS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  static let manifestNS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
  static let xmlNS = "http://www.w3.org/XML/1998/namespace"
  static let foNS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  /// LibreOffice's extensions (content controls).
  static let loextNS = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"

  static func text(_ local: String) -> XMLName { XMLName(textNS, local) }
  static let p = text("p"), h = text("h"), span = text("span"), s = text("s"), tab = text("tab")
  static let lineBreak = text("line-break"), listItem = text("list-item"), list = text("list")
  static let c = text("c"), continueList = text("continue-list")
  static let table = XMLName(tableNS, "table"), row = XMLName(tableNS, "table-row"), cell = XMLName(tableNS, "table-cell")
  static let xmlID = XMLName(xmlNS, "id")
  static let noteID = text("id"), annotationName = XMLName(officeNS, "name")
  static let contentControl = XMLName(loextNS, "content-control")
  static let mimetypes: Set<String> = ["application/vnd.oasis.opendocument.text",
                                       "application/vnd.oasis.opendocument.text-template"]
}
