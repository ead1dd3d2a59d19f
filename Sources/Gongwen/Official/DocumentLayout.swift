/// What a document says about its layout, read from its styles and settings (not from rendering):
/// the facts a GB/T 9704 check compares with the standard. Lengths are in millimetres, sizes and
/// line pitches in points; nil where the document does not say.
struct DocumentLayout {
  /// One page geometry: a Word section or an OpenDocument page layout in use.
  struct Page {
    var name: String
    var width: Double?
    var height: Double?
    var top: Double?
    /// From the paper's bottom edge to the body text (an ODF footer inside the margin counted in).
    var bottom: Double?
    var left: Double?
    var right: Double?
  }

  /// A run of text with its effective formatting.
  struct Run {
    var text: String
    var font: String?
    var size: Double?
    /// Extra space after each character in points (Word `w:spacing`, ODF `fo:letter-spacing`).
    var letterSpacing: Double?
    /// The text colour as six upper-case hex digits (`FF0000`), nil for automatic.
    var color: String? = nil
  }

  /// How a paragraph's lines are spaced.
  enum LineSpacing: Equatable {
    case exact(Double)
    case other(String)
  }

  /// A paragraph of the body (not in a table, header or footer).
  struct Paragraph {
    /// 1-based position among the body's paragraphs.
    var index: Int
    var runs: [Run]
    var lineSpacing: LineSpacing?
    /// The heading level (1–4) of a paragraph numbered by Word list numbering with an outline level.
    var listHeadingLevel: Int? = nil
    /// The paragraph's style marks it as the title (`GongwenTitle`).
    var isTitle = false
    /// The colour of the paragraph's bottom border (six upper-case hex digits), nil without one.
    var bottomBorderColor: String? = nil
    /// The first line's indent from the left indent in points, negative when hanging; nil where the
    /// document leaves it to list numbering.
    var firstLineIndent: Double? = nil
    /// The indent of every line from the type area's left edge, in points.
    var leftIndent: Double? = nil
    /// `left`, `right`, `center` or `justify`.
    var alignment: String? = nil
    var text: String { runs.map(\.text).joined() }
  }

  /// A footer that should hold the page number.
  struct PageNumber {
    /// Which pages: `odd` (or all pages when even pages have no footer of their own) or `even`.
    var pages: String
    /// The footer text with the page number shown as `#`.
    var text: String
    var hasPageField: Bool
    var size: Double?
    /// `left`, `right`, `center` or `justify`.
    var alignment: String?
  }

  var pages: [Page] = []
  var paragraphs: [Paragraph] = []
  var pageNumbers: [PageNumber] = []
  /// Whether even pages have footers of their own (Word `w:evenAndOddHeaders`, ODF `style:footer-left`).
  var evenPagesDiffer = false
  /// A document-wide line pitch (Word `w:docGrid w:linePitch` in points) that spaces lines when
  /// paragraphs do not use exact spacing.
  var gridPitch: Double?
  /// True when a document grid fixes the characters per line (Word `linesAndChars`).
  var characterGrid = false
}
