import GongwenTemplate

/// What a marker node in the tree turns into in the token stream.
enum MarkerToken {
  case value(FoundTag, context: Int)
  case open(FoundTag, SectionMode)
  case close(FoundTag)
  case block(FoundTag, context: Int)
  case hook(Int)
}

/// The three marks of a `HookKind.dropIfEmpty` region.
enum DropMark: Sendable, Equatable {
  case start, content, end
}

/// A format-defined spot whose output depends on the repetition it is rendered in.
enum HookKind: Sendable, Equatable {
  /// A list's numbering instance (`w:numId`); restarts per repetition of the section at `level`.
  case numberingInstance(original: String, element: [UInt8])
  /// An id that must be unique in the package (`wp:docPr/@id`) in every copy.
  case uniqueID(original: String)
  /// A paragraph or row id (`w14:paraId`, `w14:textId`) fresh in every copy: above `above`, the part's
  /// highest, so it is unique within the part.
  case paragraphID(above: Int)
  /// Marks for content that disappears when nothing inside it rendered: a table whose rows all sat in
  /// loops that rendered nothing. `start` and `end` enclose it; each row carries a `content` mark.
  case dropIfEmpty(DropMark)
  /// Where a numbering part receives the numbering instances made during a render.
  case numberingDefinitions(prefix: String)
  /// The id of a note or comment referred to inside a section (`w:footnoteReference`, a comment's range
  /// and reference): each repetition refers to a copy of its own.
  case noteReference(NoteKind, original: String)
  /// A note or comment that references inside sections copy. It begins a fragment (up to
  /// `fragmentEnd`) that renders once per copy, in the scope of the repetition that referred to it.
  case noteCopies(NoteKind, original: String)
  /// The id of a note as it is rendered: the copy's.
  case noteID(original: String)
  /// A paragraph id inside a copied note: the original in the first copy, fresh in the others.
  case noteParagraphID(original: String, above: Int)
  /// An annotation id (`w:ins/@w:id`, `w:sdtPr/w:id/@w:val`) fresh in every copy, above the part's
  /// highest; the same for every element with `original` in one copy (a range's start and end).
  case annotationID(original: String, above: Int)
  /// A paraId in a comments extension part (`w15:paraId`, `w15:paraIdParent`, `w16cid:paraId`): in a
  /// copied comment's entry, the paraId its paragraph got in that copy's repetition.
  case commentParagraphID(original: String)
  /// A comment's `durableId` (`commentsIds.xml`, `commentsExtensible.xml`): the original in a comment's
  /// first copy, fresh in the package in the others, the same in both parts for one copy.
  case commentDurableID(original: String)
  /// The end of a fragment begun by a hook such as `noteCopies`.
  case fragmentEnd
  /// A name that must be unique in the document (`text:note/@text:id`, `office:annotation/@office:name`,
  /// bookmark names):
  /// the same within one repetition, distinct between repetitions.
  case uniqueName(original: String)
  /// Where an unsealed signature's name or date line takes its right indent (GB/T 9704 7.3.5.2): the
  /// line's own markup, filled once the date under the names has rendered (`SignatureLines`).
  case signatureLine(SignatureLine)
  /// Literal text of a signature line, counted with the values rendered in it.
  case printedText(String)
  /// The end of a signature line.
  case signatureLineEnd
  /// Where the definitions placed signature lines need go (OpenDocument automatic styles).
  case signatureDefinitions
  /// A line before a signature kept with the next one (GB/T 9704 7.3.5.5): `kept`, or `otherwise` in a
  /// repetition other than the last of the sections around it that do not hold the signature.
  case keepWithNext(kept: [UInt8], otherwise: [UInt8], lastRepetitionOnly: Bool)

  /// True for hooks whose content, up to the next `fragmentEnd`, is kept apart as a fragment.
  var beginsFragment: Bool {
    if case .noteCopies = self { return true }
    return false
  }
}

/// Notes and comments a document refers to by id, each kind kept in its own part.
enum NoteKind: String, Sendable, Equatable, CaseIterable {
  case footnote, endnote, comment
}
