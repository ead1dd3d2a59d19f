/// Keeps repeated OpenDocument content valid: bookmarks inside sections are dropped (their names
/// must be unique), and so are `xml:id`s and the list continuations that point at them; notes and
/// comments get a name of their own in every copy (a comment's start and end the same one).
enum OpenDocumentRepeatedContent {
  static func adjust(_ compilation: PartCompilation) {
    var doomed: [XMLNode] = []
    var droppedIDs = Set<String>()
    var withID: [XMLNode] = []
    compilation.walkWithSectionDepth { node, depth in
      guard node.isElement, depth > 0 else { return node.isElement }
      if node.namespaceURI == ODF.textNS, ODF.bookmarkNames.contains(node.localName) {
        doomed.append(node)
        return false
      }
      for name in [ODF.noteID, ODF.annotationName] {
        if let original = node.attribute(name), isNamedNote(node) {
          compilation.attributeHooks[node, default: [:]][name] = compilation.addHook(.uniqueName(original: original))
        }
      }
      if let id = node.attribute(ODF.xmlID) {
        droppedIDs.insert(id)
        withID.append(node)
      }
      return true
    }
    for node in withID { node.removeAttribute(ODF.xmlID) }
    for node in doomed { node.remove() }
    guard !droppedIDs.isEmpty, let root = compilation.document.root else { return }
    root.walk { node in
      guard node.isElement else { return false }
      if let target = node.attribute(ODF.continueList), droppedIDs.contains(target) {
        node.removeAttribute(ODF.continueList)
      }
      return true
    }
  }

  /// `text:note`, `office:annotation` and `office:annotation-end`, whose names must be unique.
  private static func isNamedNote(_ node: XMLNode) -> Bool {
    node.is(ODF.text("note")) || node.is(XMLName(ODF.officeNS, "annotation"))
      || node.is(XMLName(ODF.officeNS, "annotation-end"))
  }
}
