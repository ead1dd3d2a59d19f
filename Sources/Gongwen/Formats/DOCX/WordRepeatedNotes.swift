/// Footnotes, endnotes and comments referred to inside sections. Each repetition refers to a copy of
/// its own: the references' `w:id` become hooks, and in the notes part the note becomes a fragment that
/// renders once per reference, in the scope of the repetition that made it, under a fresh id.
enum WordRepeatedNotes {
  /// The kind of note an element inside a paragraph refers to, if it is a reference or a comment's range mark.
  static func referenceKind(_ element: XMLNode) -> NoteKind? {
    guard element.namespaceURI == W.ns else { return nil }
    switch element.localName {
    case "footnoteReference": return .footnote
    case "endnoteReference": return .endnote
    case "commentRangeStart", "commentRangeEnd", "commentReference": return .comment
    default: return nil
    }
  }

  /// The kind of note a notes part holds, by its relationship type ("footnotes").
  static func kind(ofRole role: String) -> NoteKind? {
    switch role {
    case "footnotes": return .footnote
    case "endnotes": return .endnote
    case "comments": return .comment
    default: return nil
    }
  }

  /// Makes the references found inside sections hooks. `references` holds each reference element with
  /// the innermost section around it (nil outside sections). A comment whose marks do not all stand in
  /// one section keeps the marks outside sections and loses those inside, so no id repeats.
  static func referenceEdits(_ references: [(element: XMLNode, section: XMLNode?)]) -> [PartEdit] {
    var edits: [PartEdit] = []
    var sectionsByComment: [String: Set<XMLNode?>] = [:]
    for (element, section) in references where referenceKind(element) == .comment {
      if let id = element.attribute(W.annotationID) { sectionsByComment[id, default: []].insert(section) }
    }
    for (element, section) in references where section != nil {
      guard let kind = referenceKind(element), let id = element.attribute(W.annotationID) else { continue }
      if kind == .comment, sectionsByComment[id]?.count != 1 {
        edits.append(.remove(element))
        continue
      }
      edits.append(.hookAttribute(element, W.annotationID, .noteReference(kind, original: id)))
    }
    return edits
  }

  /// In a notes part: each note whose id is in `ids` becomes a fragment between a `noteCopies` hook and a
  /// `fragmentEnd` hook; its id and its paragraphs' ids become hooks, so every copy has its own. Returns
  /// those edits and the annotations inside the notes (tracked changes), whose ids must be fresh in every
  /// copy too.
  static func fragmentEdits(_ kind: NoteKind, ids: Set<String>, in document: XMLDocument,
                            highestParagraphID: Int) -> (edits: [PartEdit], annotations: [XMLNode]) {
    var edits: [PartEdit] = []
    var annotations: [XMLNode] = []
    guard !ids.isEmpty, let root = document.root else { return (edits, annotations) }
    for note in root.elementChildren where note.is(W.name(kind.rawValue)) {
      guard let id = note.attribute(W.annotationID), ids.contains(id) else { continue }
      edits += [.hookBefore(note, .noteCopies(kind, original: id)), .hookAfter(note, .fragmentEnd),
                .hookAttribute(note, W.annotationID, .noteID(original: id))]
      note.walk { node in
        guard node.isElement else { return false }
        if node != note, WordAnnotationIDs.idAttribute(of: node) != nil { annotations.append(node) }
        for name in [W14.paraId, W14.textId] {
          guard let value = node.attribute(name) else { continue }
          edits.append(.hookAttribute(node, name, .noteParagraphID(original: value, above: highestParagraphID)))
        }
        return true
      }
    }
    return (edits, annotations)
  }

  /// The largest id of the notes in a notes part (separators included), so copies get ids no note uses.
  static func highestNoteID(in document: XMLDocument?) -> Int {
    document?.root?.elementChildren.compactMap { $0.attribute(W.annotationID).flatMap { Int($0) } }.max() ?? 0
  }
}
