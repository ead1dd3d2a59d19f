import GongwenTemplate

/// What the format-agnostic compiler needs to know about a markup vocabulary: which elements are
/// paragraphs, runs' text, rows and cells, and how values are encoded. DOCX and ODT each supply one.
protocol FormatProfile {
  /// True for paragraph elements (`w:p`; `text:p`, `text:h`).
  func isParagraph(_ element: XMLNode) -> Bool
  /// True when a text node inside a paragraph is document text (`w:t` content; ODT span text).
  func isTextCarrier(_ textNode: XMLNode) -> Bool
  /// The text an element stands for inside a paragraph (a tab, a line break, spaces), or nil.
  func virtualText(_ element: XMLNode) -> String?
  /// True for elements inside a paragraph whose subtree holds no document text (`w:pPr`, `w:instrText`).
  func skipsSubtree(_ element: XMLNode) -> Bool
  func isTable(_ element: XMLNode) -> Bool
  func isRow(_ element: XMLNode) -> Bool
  func isCell(_ element: XMLNode) -> Bool
  /// Elements that wrap one paragraph and repeat with it (an ODF `text:list-item`): when a tag's
  /// paragraph is the only content of such a wrapper, the wrapper is the unit a section repeats.
  func isParagraphWrapper(_ element: XMLNode) -> Bool
  /// True when a tag paragraph must stay even when its tag goes (it carries section properties).
  func mustKeep(_ paragraph: XMLNode) -> Bool
  /// True when a paragraph holds content besides text (a picture), so it never disappears with a section.
  func hasNonTextContent(_ paragraph: XMLNode) -> Bool
  /// Containers that must keep at least one paragraph (a Word table cell).
  func requiresParagraph(_ container: XMLNode) -> Bool
  /// How a value placed in a text node whose parent is `textParent` is encoded.
  func valueEncoding(textParent: XMLNode) -> ValueEncoding
  /// Called once on each text element that received a value (e.g. to preserve spaces).
  func prepareForValue(textParent: XMLNode)
  /// Called on each text element that lost text to a tag: remove it and its run when left empty.
  func pruneIfEmpty(textParent: XMLNode)
  /// Inline elements that wrap runs or text and may be split in two around a tag (a Word hyperlink,
  /// tracked insertion or content control; an ODF span or link).
  func isInlineContainer(_ element: XMLNode) -> Bool
  /// Children of a split element that both halves keep (a Word run's `w:rPr`).
  func isSplitProperty(_ element: XMLNode) -> Bool
  /// Called once an element has been split in two, e.g. to give the copy ids of its own.
  func finishSplit(original: XMLNode, copy: XMLNode)
  /// For a paragraph stored a second time for other readers (the `mc:Fallback` copy of a Word text box),
  /// the paragraph of the first copy it repeats: it shares that paragraph's number, so a problem in both
  /// copies is counted once.
  func firstCopy(of paragraph: XMLNode) -> XMLNode?
  /// A short description of where a paragraph stands ("table 1, row 2, cell 3", "text box").
  func describeContainer(of paragraph: XMLNode) -> Phrase?
  /// The grid columns of a table, one element per column (`w:gridCol`; `table:table-column`, split
  /// where one stands for several).
  func gridColumns(of table: XMLNode) -> [XMLNode]
  /// How many grid columns a cell spans.
  func columnSpan(of cell: XMLNode) -> Int
  /// Width attributes of a grid column and of a cell that a column loop shares among its repetitions.
  func scalableWidths(ofColumn column: XMLNode) -> [ScalableWidth]
  func scalableWidths(ofCell cell: XMLNode) -> [ScalableWidth]
  /// For a grid column whose width is in a style: the attribute naming the style, and the prefix of the
  /// styles made for each count of repetitions (the count completes the name).
  func countedStyle(ofColumn column: XMLNode) -> CountedStyle?
  /// Format-specific edits once section markers are placed (numbering, unique ids, copied notes),
  /// returned for the compiler to apply in order.
  func edits(for part: RewrittenPart) throws -> [PartEdit]
  /// Adds to the edited tree what rendered content needs (namespace declarations, automatic styles).
  func completeTree(_ part: RewrittenPart) throws
  /// True when a part holding no tag must still be compiled (it holds notes that sections copy).
  func compilesWithoutTags(_ document: XMLDocument) -> Bool
}

extension FormatProfile {
  func edits(for part: RewrittenPart) throws -> [PartEdit] { [] }
  func completeTree(_ part: RewrittenPart) throws {}
  func compilesWithoutTags(_ document: XMLDocument) -> Bool { false }
  func isParagraphWrapper(_ element: XMLNode) -> Bool { false }
  func mustKeep(_ paragraph: XMLNode) -> Bool { false }
  func hasNonTextContent(_ paragraph: XMLNode) -> Bool { false }
  func isInlineContainer(_ element: XMLNode) -> Bool { false }
  func firstCopy(of paragraph: XMLNode) -> XMLNode? { nil }
  func isSplitProperty(_ element: XMLNode) -> Bool { false }
  func finishSplit(original: XMLNode, copy: XMLNode) {}
  func gridColumns(of table: XMLNode) -> [XMLNode] { [] }
  func columnSpan(of cell: XMLNode) -> Int { 1 }
  func scalableWidths(ofColumn column: XMLNode) -> [ScalableWidth] { [] }
  func scalableWidths(ofCell cell: XMLNode) -> [ScalableWidth] { [] }
  func countedStyle(ofColumn column: XMLNode) -> CountedStyle? { nil }
}

extension FormatProfile {
  /// The rows of a table, not of tables nested in its cells.
  func rows(of table: XMLNode) -> [XMLNode] {
    var rows: [XMLNode] = []
    table.walk { node in
      guard node.isElement else { return false }
      if node != table, isTable(node) { return false }
      if isRow(node) {
        rows.append(node)
        return false
      }
      return true
    }
    return rows
  }
}
