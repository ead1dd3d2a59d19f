/// Keeps repeated Word content valid and behaving as users expect: bookmarks inside sections get a
/// fresh id and a name of their own in every copy (`WordBookmarks`), drawing ids get a fresh value per copy, and list numbering
/// instances become hooks so a list that starts inside a repeated block restarts in every copy; paragraph
/// ids (`w14:paraId`) are fresh in every copy; notes and comments referred to inside sections are copied
/// per repetition (`WordRepeatedNotes`).
enum WordRepeatedContent {
  /// `notes`: in a notes part, the kind of note it holds and the ids of the notes referred to inside
  /// sections of the main document.
  static func edits(for part: RewrittenPart, notes: (kind: NoteKind, ids: Set<String>)? = nil) -> [PartEdit] {
    var edits: [PartEdit] = []
    var outside = Set<String>()
    var inside: [(element: XMLNode, numId: String)] = []
    var bookmarks: [BookmarkMark] = []
    var repeatedIDs: [XMLNode] = []
    var references: [(element: XMLNode, section: XMLNode?)] = []
    var annotations: [XMLNode] = []
    part.walkWithSections { node, sections in
      guard node.isElement else { return false }
      let depth = sections.count
      if let mark = WordBookmarks.mark(node, sections: sections) {
        bookmarks.append(mark)
        return false
      }
      if WordRepeatedNotes.referenceKind(node) != nil {
        references.append((node, sections.last))
        return false
      }
      if node.is(W.numId), let value = node.attribute(W.val), node.parent?.is(W.numPr) == true,
        node.ancestor(where: { $0.is(W.pPr) })?.parent?.is(W.p) == true
      {
        if depth > 0 { inside.append((node, value)) } else { outside.insert(value) }
        return false
      }
      guard depth > 0 else { return true }
      if node.attribute(W14.paraId) != nil { repeatedIDs.append(node) }
      if WordAnnotationIDs.idAttribute(of: node) != nil { annotations.append(node) }
      if node.is(W.docPr), let id = node.attribute(W.id) {
        edits.append(.hookAttribute(node, W.id, .uniqueID(original: id)))
      }
      return true
    }
    edits += WordBookmarks.edits(bookmarks, in: part)
    let highest = highestParagraphID(in: part.document)
    edits += freshParagraphIDs(repeatedIDs, above: highest)
    edits += WordRepeatedNotes.referenceEdits(references)
    if let notes {
      let copies = WordRepeatedNotes.fragmentEdits(notes.kind, ids: notes.ids, in: part.document,
                                                   highestParagraphID: highest)
      edits += copies.edits
      annotations += copies.annotations
    }
    edits += WordAnnotationIDs.edits(annotations, in: part.document)
    for (element, numId) in inside where !outside.contains(numId) {
      let prefix = element.prefix.map { $0 + ":" } ?? ""
      edits.append(.replaceWithHook(element, .numberingInstance(original: numId,
                                                                element: Array("<\(prefix)numId \(prefix)val=\"".utf8))))
    }
    return edits
  }

  /// Paragraphs and rows inside sections get a fresh `w14:paraId` and `w14:textId` in every copy, above
  /// the part's highest paraId (MS-DOCX: unique within the part, below 0x80000000).
  private static func freshParagraphIDs(_ elements: [XMLNode], above highest: Int) -> [PartEdit] {
    elements.flatMap { element in
      [W14.paraId, W14.textId].filter { element.attribute($0) != nil }
        .map { PartEdit.hookAttribute(element, $0, .paragraphID(above: highest)) }
    }
  }

  /// The part's highest `w14:paraId`.
  private static func highestParagraphID(in document: XMLDocument) -> Int {
    var highest = 0
    document.root?.walk { node in
      guard node.isElement else { return false }
      if let id = node.attribute(W14.paraId).flatMap({ Int($0, radix: 16) }), id > highest { highest = id }
      return true
    }
    return highest
  }
}
