/// Keeps repeated OpenDocument content valid: bookmarks inside sections get a name of their own in
/// every copy (`RepeatedBookmarks`); `xml:id`s inside sections are dropped, and so are the list
/// continuations that point at them; notes and comments get a name of their own in every copy (a
/// comment's start and end the same one).
enum OpenDocumentRepeatedContent {
  static func edits(for part: RewrittenPart) -> [PartEdit] {
    var edits: [PartEdit] = []
    var droppedIDs = Set<String>()
    var withID: [XMLNode] = []
    var bookmarks: [BookmarkMark] = []
    part.walkWithSections { node, sections in
      if let mark = bookmarkMark(node, sections: sections) { bookmarks.append(mark) }
      guard node.isElement, !sections.isEmpty else { return node.isElement }
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
    edits += RepeatedBookmarks.edits(bookmarks, sectionEnds: part.sectionEnds(), place: { marker in
      // Bookmarks stand inside paragraphs: a section around whole paragraphs has no place for one.
      marker.ancestor(where: { $0.is(ODF.p) || $0.is(ODF.h) }) == nil ? nil : marker
    }, renamed: { mark in [.hookAttribute(mark.node, ODF.text("name"), .uniqueName(original: mark.key))] })
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

  private static func bookmarkMark(_ node: XMLNode, sections: [XMLNode]) -> BookmarkMark? {
    guard node.isElement, node.namespaceURI == ODF.textNS, let name = node.attribute(ODF.text("name")) else { return nil }
    switch node.localName {
    case "bookmark": return BookmarkMark(node: node, role: .point, key: name, sections: sections)
    case "bookmark-start": return BookmarkMark(node: node, role: .start, key: name, sections: sections)
    case "bookmark-end": return BookmarkMark(node: node, role: .end, key: name, sections: sections)
    default: return nil
    }
  }

  /// `text:note`, `office:annotation` and `office:annotation-end`, whose names must be unique.
  private static func isNamedNote(_ node: XMLNode) -> Bool {
    node.is(ODF.text("note")) || node.is(XMLName(ODF.officeNS, "annotation"))
      || node.is(XMLName(ODF.officeNS, "annotation-end"))
  }
}
