/// One block of structured official content, independent of the document format: what a
/// `{{>正文}}` tag inserts and what `gongwen convert` makes of a text file.
public enum StructuredBlock: Sendable, Equatable {
  /// A heading of level 1–4. `number` is the official number as it prints (`一、`, `（一）`, `1.`,
  /// `（1）`, or whatever the text already carried); `text` follows it. A run-in heading
  /// (`runIn` not nil) shares its paragraph with body text: the heading in the level's character
  /// formatting, then `runIn` as body text.
  case heading(StructuredHeading)
  /// A body paragraph (first line indented two characters).
  case paragraph(String)
  /// "一是……二是……" points: one body paragraph, each item after its ordinal.
  case points([String])
  /// A list: one paragraph per item, each starting with its marker (`1.` or `●`).
  case list(StructuredList)
  /// A table with header rows and merged cells.
  case table(StructuredTable)
  /// A page break.
  case pageBreak
}

/// A heading with its official number.
public struct StructuredHeading: Sendable, Equatable {
  public var level: Int
  public var number: String
  public var text: String
  /// Body text that follows a run-in heading in the same paragraph; nil for a standalone heading.
  public var runIn: String?

  public init(level: Int, number: String, text: String, runIn: String? = nil) {
    self.level = level
    self.number = number
    self.text = text
    self.runIn = runIn
  }

  /// The heading's own text as it prints: number then words.
  public var headingText: String { number + text }
}

/// A numbered or bulleted list. Markers are written as text (see `marker(at:)`).
public struct StructuredList: Sendable, Equatable {
  public var ordered: Bool
  public var items: [String]

  public init(ordered: Bool, items: [String]) {
    self.ordered = ordered
    self.items = items
  }

  /// The marker of item `index` (0-based): `1.` `2.` … for an ordered list, `●` otherwise.
  public func marker(at index: Int) -> String { ordered ? "\(index + 1)." : "●" }
}

/// A table: header rows (repeated on every page) and body rows of cells that may span.
public struct StructuredTable: Sendable, Equatable {
  public var header: [[StructuredCell]]
  public var rows: [[StructuredCell]]
  /// Printed on landscape pages of its own (a 横排表格, GB/T 9704-2012 8): the pages before and after
  /// stay portrait, and the table's pages keep their page numbers where portrait pages have them.
  public var landscape: Bool

  public init(header: [[StructuredCell]], rows: [[StructuredCell]], landscape: Bool = false) {
    self.header = header
    self.rows = rows
    self.landscape = landscape
  }

  /// Header rows then body rows laid out on a grid.
  public var grid: TableGrid { TableGrid(rows: header + rows, headerRows: header.count) }
}

/// A table cell: its text and how many columns and rows it covers.
public struct StructuredCell: Sendable, Equatable {
  public var text: String
  public var columnSpan: Int
  public var rowSpan: Int

  public init(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
    self.text = text
    self.columnSpan = max(1, columnSpan)
    self.rowSpan = max(1, rowSpan)
  }
}
