/// Where a tag stands in a template: the package part, the paragraph, and the tag's place in
/// the paragraph's text.
public struct SourceLocation: Sendable, Hashable {
  /// The template file, when known (set by the package layer).
  public var file: String?
  /// The package part, e.g. `word/document.xml` or `content.xml`.
  public var part: String
  /// 1-based paragraph number within the part (0 when the part has no paragraphs).
  public var paragraph: Int
  /// The paragraph's text as a reader sees it (all runs joined).
  public var paragraphText: String
  /// UTF-8 byte offset of the tag in `paragraphText`.
  public var offset: Int
  /// UTF-8 byte length of the tag text.
  public var length: Int
  /// Extra context a person can find the spot by: "header", "table 1, row 2, cell 3", "text box".
  public var container: String?
  /// The container as a phrase of the catalogue, put into words when printed.
  package private(set) var containerPhrase: Phrase?

  /// A location in a part's paragraph.
  public init(
    file: String? = nil, part: String, paragraph: Int, paragraphText: String, offset: Int, length: Int,
    container: String? = nil
  ) {
    self.file = file
    self.part = part
    self.paragraph = paragraph
    self.paragraphText = paragraphText
    self.offset = offset
    self.length = length
    self.container = container
  }

  /// A location whose container is a phrase (`container` holds its English).
  package init(
    file: String? = nil, part: String, paragraph: Int, paragraphText: String, offset: Int, length: Int,
    containerPhrase: Phrase?
  ) {
    self.init(file: file, part: part, paragraph: paragraph, paragraphText: paragraphText, offset: offset, length: length,
              container: containerPhrase?.englishText)
    self.containerPhrase = containerPhrase
  }

  /// The container in `chinese` or English.
  package func containerText(chinese: Bool) -> String? {
    containerPhrase?.text(chinese: chinese) ?? container
  }
}
