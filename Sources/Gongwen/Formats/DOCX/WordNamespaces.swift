/// Namespaces and names of WordprocessingML and Open Packaging Conventions.
enum W {
  static let ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipsNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let drawingNS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  static let xmlNS = "http://www.w3.org/XML/1998/namespace"

  static func name(_ local: String) -> XMLName { XMLName(ns, local) }
  static let p = name("p"), r = name("r"), t = name("t"), tab = name("tab"), br = name("br"), cr = name("cr")
  static let tbl = name("tbl"), tr = name("tr"), tc = name("tc"), pPr = name("pPr"), rPr = name("rPr")
  static let numPr = name("numPr"), numId = name("numId"), val = name("val"), abstractNumId = name("abstractNumId")
  static let num = name("num"), numbering = name("numbering"), numIdMacAtCleanup = name("numIdMacAtCleanup")
  static let bookmarkStart = name("bookmarkStart"), bookmarkEnd = name("bookmarkEnd")
  static let txbxContent = name("txbxContent")
  static let space = XMLName(xmlNS, "space")
  static let docPr = XMLName(drawingNS, "docPr")
  static let id = XMLName("", "id")
  /// `w:id`: the id of an annotation (insertion, deletion, bookmark, comment range, content control).
  static let annotationID = name("id")
}

/// Markup compatibility (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`).
enum MC {
  static let ns = "http://schemas.openxmlformats.org/markup-compatibility/2006"
}

/// Word 2010's paragraph ids.
enum W14 {
  static let ns = "http://schemas.microsoft.com/office/word/2010/wordml"
  static let paraId = XMLName(ns, "paraId"), textId = XMLName(ns, "textId")
}

/// Relationship types and content types of the parts Gongwen templates.
enum OPC {
  static let relationshipsNS = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let contentTypesNS = "http://schemas.openxmlformats.org/package/2006/content-types"
  static let relationship = XMLName(relationshipsNS, "Relationship")
  static let officeDocument = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                               "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"]
  static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
  static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
  static let customProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
  /// Parts of the main document whose text may hold tags, by relationship type suffix.
  static let templatedPartTypes: Set<String> = ["header", "footer", "footnotes", "endnotes", "comments"]
  static let numberingType = "numbering"
}
