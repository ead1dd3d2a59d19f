/// Turns hanging punctuation off in the copy of a document LibreOffice lays out for a PDF.
///
/// LibreOffice drops a full-width comma or 顿号 that hangs past the end of a full line, and it reads
/// Word's `w:overflowPunct` inverted: on (Word's own default) means no hanging to it, off or absent means
/// hanging. The shipped templates carry the settings; this gives any other template's PDF the same text:
/// every `w:overflowPunct` on and one in the paragraph defaults, every ODF `style:punctuation-wrap`
/// simple and one in the default paragraph style. The document a user keeps is never changed (see
/// `PrintCopy`).
enum HangingPunctuation {
  /// Turns hanging punctuation off in one part of the copy (`part` names it: the Word styles part also
  /// gets the setting in its paragraph defaults); true when the part changed.
  static func remove(in root: XMLNode, part: String, format: DocumentFormat) -> Bool {
    format == .docx ? wordParagraphs(root, defaults: part == "word/styles.xml") : openDocumentParagraphs(root)
  }

  private static let overflow = XMLName(W.ns, "overflowPunct"), value = XMLName(W.ns, "val")

  private static func wordParagraphs(_ root: XMLNode, defaults: Bool) -> Bool {
    var changed = false
    var defaultProperties: XMLNode?
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(overflow), node.attribute(value) != "1" {
        node.setAttribute(value, "1")
        changed = true
      }
      if node.is(XMLName(W.ns, "pPr")), node.parent?.is(XMLName(W.ns, "pPrDefault")) == true { defaultProperties = node }
      return true
    }
    guard defaults else { return changed }
    if defaultProperties == nil {
      let docDefaults = root.child(XMLName(W.ns, "docDefaults")) ?? root.appendElement(XMLName(W.ns, "docDefaults"))
      let pPrDefault = docDefaults?.child(XMLName(W.ns, "pPrDefault")) ?? docDefaults?.appendElement(XMLName(W.ns, "pPrDefault"))
      defaultProperties = pPrDefault?.appendElement(XMLName(W.ns, "pPr"))
    }
    if let properties = defaultProperties, properties.child(overflow) == nil {
      properties.appendElement(overflow, [(value, "1")])
      changed = true
    }
    return changed
  }

  private static func openDocumentParagraphs(_ root: XMLNode) -> Bool {
    let wrap = XMLName(ODF.styleNS, "punctuation-wrap")
    var changed = false
    root.walk { node in
      guard node.isElement else { return false }
      guard node.is(XMLName(ODF.styleNS, "paragraph-properties")) else { return true }
      let isDefault = node.parent.map { $0.is(XMLName(ODF.styleNS, "default-style"))
        && $0.attribute(XMLName(ODF.styleNS, "family")) == "paragraph" } ?? false
      if node.attribute(wrap) == "hanging" || (isDefault && node.attribute(wrap) != "simple") {
        node.setAttribute(wrap, "simple")
        changed = true
      }
      return false
    }
    return changed
  }
}
