/// Tracked changes, move ranges, content controls and other annotations inside sections (`w:ins`,
/// `w:del`, `w:rPrChange`, `w:moveFromRangeStart`, `w:sdtPr/w:id`): their id is fresh in every copy — the
/// same for a range's start and end within one copy — and above the part's highest, so no id repeats.
/// (Bookmarks are numbered by `WordBookmarks`; notes and comments are copied by `WordRepeatedNotes`.)
enum WordAnnotationIDs {
  private static let handledElsewhere: Set<String> = [
    "footnoteReference", "endnoteReference", "commentRangeStart", "commentRangeEnd", "commentReference",
    "bookmarkStart", "bookmarkEnd", "footnote", "endnote", "comment",
  ]

  /// The attribute that holds an annotation id on `element`, if it has one.
  static func idAttribute(of element: XMLNode) -> XMLName? {
    guard element.namespaceURI == W.ns, !handledElsewhere.contains(element.localName) else { return nil }
    if element.attribute(W.annotationID) != nil { return W.annotationID }
    if element.is(W.annotationID), element.parent?.is(W.name("sdtPr")) == true, element.attribute(W.val) != nil {
      return W.val
    }
    return nil
  }

  /// The highest annotation id of the part (ids of every kind, so a fresh one collides with none).
  static func highest(in document: XMLDocument) -> Int {
    var highest = 0
    document.root?.walk { node in
      guard node.isElement else { return false }
      for value in [node.attribute(W.annotationID), node.is(W.annotationID) ? node.attribute(W.val) : nil] {
        if let number = value.flatMap({ Int($0) }), number > highest { highest = number }
      }
      return true
    }
    return highest
  }

  /// Makes the ids of `elements` hooks (an attribute already made a hook keeps its first).
  static func edits(_ elements: [XMLNode], in document: XMLDocument) -> [PartEdit] {
    guard !elements.isEmpty else { return [] }
    let above = highest(in: document)
    return elements.compactMap { element in
      guard let name = idAttribute(of: element), let original = element.attribute(name) else { return nil }
      return .hookAttribute(element, name, .annotationID(original: original, above: above))
    }
  }
}
