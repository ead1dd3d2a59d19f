import GongwenTemplate

/// One note to attach to a template: where, and what it says.
struct AnnotationNote {
  /// The paragraph the note anchors in, and the tag's byte range in its text (nil: the paragraph start).
  let paragraph: ParagraphText
  let range: Range<Int>?
  /// The note's paragraphs: the message, the place when the note could not anchor at the tag, the hint.
  let lines: [String]
}

/// A format's way of turning notes into comments in a template's parts.
protocol AnnotationWriter: AnyObject {
  /// The part notes go to when their own part cannot hold comments (headers, properties).
  var mainPart: String { get }
  /// The profile to find paragraphs in `part` with, when the part can hold comments at its tags.
  func profile(for part: String) -> FormatProfile?
  /// Adds a note to `document`. Notes of one paragraph come last tag first, so earlier offsets stay valid.
  func annotate(_ note: AnnotationNote, in document: XMLDocument) throws
  /// The parts to add or replace besides the annotated ones (a comments part, its relationship, its
  /// content type).
  func finish() throws -> [(name: String, bytes: [UInt8])]
}
