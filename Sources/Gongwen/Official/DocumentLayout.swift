/// What a document says about its layout, read from its styles and settings (not from rendering):
/// the facts a GB/T 9704 check compares with the standard. Lengths are in millimetres, sizes and
/// line pitches in points; nil where the document does not say.
struct DocumentLayout {
  /// One page geometry: a Word section or an OpenDocument page layout in use.
  struct Page {
    /// How the document names the geometry.
    enum Name: Equatable {
      /// The only section of a Word document.
      case document
      /// A Word section, 1-based.
      case section(Int)
      /// An OpenDocument page style.
      case pageStyle(String)

      /// Whether the name is a Word document's or section's.
      var isWordSection: Bool {
        if case .pageStyle = self { return false }
        return true
      }
    }

    var name: Name
    var width: Double?
    var height: Double?
    var top: Double?
    /// From the paper's bottom edge to the body text (an ODF footer inside the margin counted in).
    var bottom: Double?
    var left: Double?
    var right: Double?
    /// The geometry of a document's first page alone (Word's `w:titlePg` with a first-page footer of
    /// another height, an ODF master page that hands over to another): a 信函's first page.
    var isFirstPage = false
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
    /// The Word theme font slot (`minorEastAsia`) the run names when the theme gives no face for it
    /// (`font` is nil then).
    var themeFont: String? = nil
  }

  /// How a paragraph's lines are spaced.
  enum LineSpacing: Equatable {
    /// An exact line height in points.
    case exact(Double)
    /// A multiple of single spacing (Word `auto`).
    case lines(Double)
    /// At least this height in points (Word `atLeast`).
    case atLeast(Double)
    /// At least this height as the document writes it (ODF `0.5cm`).
    case atLeastLength(String)
    /// A percentage of single spacing as the document writes it (ODF `150%`).
    case proportional(String)
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
    /// The indent of every line from the type area's right edge, in points.
    var rightIndent: Double? = nil
    /// Its tab stops from the type area's left edge in points, where the paragraph or its style sets
    /// them (Word `w:tabs`, ODF `style:tab-stops`).
    var tabStops: [Double]? = nil
    /// Space above and below the paragraph in points.
    var spaceBefore = 0.0
    var spaceAfter = 0.0
    /// The bottom border's width and its distance from the text, in points.
    var bottomBorderWidth: Double? = nil
    var bottomBorderSpace: Double? = nil
    /// The paragraph starts a new page (Word `w:pageBreakBefore` or a page break ending the paragraph
    /// before it, ODF `fo:break-before="page"`).
    var pageBreakBefore = false
    /// The paragraph is kept on one page with the next (`w:keepNext`, `fo:keep-with-next`).
    var keepWithNext = false
    /// A picture anchored in the paragraph floats behind the text (`wp:anchor behindDoc`,
    /// `style:run-through="background"`).
    var picture: Picture? = nil
    /// The size in points of an empty paragraph's line (its mark's or its style's).
    var emptySize: Double? = nil
    var text: String { runs.map(\.text).joined() }
  }

  /// A picture anchored in a paragraph (a seal).
  struct Picture {
    var behindText: Bool
    /// The picture's width in points.
    var width: Double?
    /// The horizontal offset of the picture's centre from the type area's left edge in points, when
    /// the document places it so.
    var centre: Double?
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

  /// A text box or frame of the body (the 版记 is set in one) with its paragraphs.
  struct TextBox {
    /// Its width in millimetres.
    var width: Double?
    /// Whether its bottom lies on the type area's bottom edge: Word's box placed from the page's top
    /// down to it, or aligned to the bottom of the margin area; an ODF frame at the bottom of the page
    /// content. Nil where the document places it otherwise.
    var onBottomEdge: Bool?
    /// From the page's top edge to where its text starts (inner margin included), in millimetres,
    /// when it is anchored to the page.
    var pageTop: Double? = nil
    var paragraphs: [Paragraph]
  }

  /// A filled rectangle anchored to the page (the 信函's red double lines), in millimetres from the
  /// page's top-left corner.
  struct Rule {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    /// The fill colour, six upper-case hex digits; nil without a solid fill.
    var color: String?
  }

  var pages: [Page] = []
  var paragraphs: [Paragraph] = []
  var textBoxes: [TextBox] = []
  var rules: [Rule] = []
  var pageNumbers: [PageNumber] = []
  /// Whether even pages have footers of their own (Word `w:evenAndOddHeaders`, ODF `style:footer-left`).
  var evenPagesDiffer = false
  /// A document-wide line pitch (Word `w:docGrid w:linePitch` in points) that spaces lines when
  /// paragraphs do not use exact spacing.
  var gridPitch: Double?
  /// True when a document grid fixes the characters per line (Word `linesAndChars`).
  var characterGrid = false
}
