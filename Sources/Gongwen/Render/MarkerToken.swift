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
}
