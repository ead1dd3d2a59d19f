/// Bookmarks in repeated Word content (`w:bookmarkStart`, `w:bookmarkEnd`): every copy gets a fresh
/// `w:id`, the same for its start and end, and a name of its own (the first copy keeps the name, the
/// others add `_2`, `_3`, …), as Word requires ids and names to be unique (`RepeatedBookmarks`).
enum WordBookmarks {
  /// The bookmark mark `node` is, with the sections around it; nil for other elements.
  static func mark(_ node: XMLNode, sections: [XMLNode]) -> BookmarkMark? {
    let role: BookmarkMark.Role
    if node.is(W.bookmarkStart) { role = .start } else if node.is(W.bookmarkEnd) { role = .end } else { return nil }
    return BookmarkMark(node: node, role: role, key: node.attribute(W.annotationID) ?? "", sections: sections)
  }

  static func edits(_ marks: [BookmarkMark], in part: RewrittenPart) -> [PartEdit] {
    guard marks.contains(where: { !$0.sections.isEmpty }) else { return [] }
    let above = WordAnnotationIDs.highest(in: part.document)
    return RepeatedBookmarks.edits(marks, sectionEnds: part.sectionEnds(), place: { marker in
      // A marker inside a run's text: the bookmark goes beside the run.
      marker.ancestor(where: { $0.is(W.r) }) ?? marker
    }, renamed: { mark in
      var edits: [PartEdit] = [.hookAttribute(mark.node, W.annotationID, .annotationID(original: mark.key, above: above))]
      if let name = mark.node.attribute(W.name("name")) {
        edits.append(.hookAttribute(mark.node, W.name("name"), .uniqueName(original: name)))
      }
      return edits
    })
  }
}
