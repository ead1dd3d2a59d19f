/// Keeps repeated OpenDocument content valid: bookmarks inside sections are dropped (their names
/// must be unique), and so are `xml:id`s and the list continuations that point at them; notes and
/// comments get a name of their own in every copy (a comment's start and end the same one).
enum OpenDocumentRepeatedContent {
  static func edits(for part: RewrittenPart) -> [PartEdit] {
    var edits: [PartEdit] = []
    var doomed: [XMLNode] = []
    var droppedIDs = Set<String>()
    var withID: [XMLNode] = []
    part.walkWithSectionDepth { node, depth in
      guard node.isElement, depth > 0 else { return node.isElement }
      if node.namespaceURI == ODF.textNS, ODF.bookmarkNames.contains(node.localName) {
        doomed.append(node)
        return false
      }
      for name in [ODF.noteID, ODF.annotationName] {
        if let original = node.attribute(name), isNamedNote(node) {
          edits.append(.hookAttribute(node, name, .uniqueName(original: original)))
        }
      }
      if let id = node.attribute(ODF.xmlID) {
        droppedIDs.insert(id)
        withID.append(node)
      }
      return true
    }
    edits += withID.map { .removeAttribute($0, ODF.xmlID) }
    edits += doomed.map { .remove($0) }
    guard !droppedIDs.isEmpty, let root = part.document.root else { return edits }
    root.walk { node in
      guard node.isElement else { return false }
      if let target = node.attribute(ODF.continueList), droppedIDs.contains(target) {
        edits.append(.removeAttribute(node, ODF.continueList))
      }
      return true
    }
    return edits
  }

  /// `text:note`, `office:annotation` and `office:annotation-end`, whose names must be unique.
  private static func isNamedNote(_ node: XMLNode) -> Bool {
    node.is(ODF.text("note")) || node.is(XMLName(ODF.officeNS, "annotation"))
      || node.is(XMLName(ODF.officeNS, "annotation-end"))
  }
}
