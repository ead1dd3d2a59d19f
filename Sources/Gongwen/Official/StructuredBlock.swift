/// One block of structured official content, independent of the document format: what a
/// `{{>正文}}` tag inserts and what `gongwen convert` makes of a text file.
package enum StructuredBlock: Sendable, Equatable {
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
package struct StructuredHeading: Sendable, Equatable {
  package var level: Int
  package var number: String
  package var text: String
  /// Body text that follows a run-in heading in the same paragraph; nil for a standalone heading.
  package var runIn: String?

  package init(level: Int, number: String, text: String, runIn: String? = nil) {
    self.level = level
    self.number = number
    self.text = text
    self.runIn = runIn
  }

  /// The heading's own text as it prints: number then words.
  package var headingText: String { number + text }
}

/// A numbered or bulleted list. Markers are written as text (see `marker(at:)`).
package struct StructuredList: Sendable, Equatable {
  package var ordered: Bool
  package var items: [String]

  package init(ordered: Bool, items: [String]) {
    self.ordered = ordered
    self.items = items
  }

  /// The marker of item `index` (0-based): `1.` `2.` … for an ordered list, `●` otherwise.
  package func marker(at index: Int) -> String { ordered ? "\(index + 1)." : "●" }
}

/// A table: header rows (repeated on every page) and body rows of cells that may span.
package struct StructuredTable: Sendable, Equatable {
  package var header: [[StructuredCell]]
  package var rows: [[StructuredCell]]
  /// Printed on landscape pages of its own (a 横排表格, GB/T 9704-2012 8): the pages before and after
  /// stay portrait, and the table's pages keep their page numbers where portrait pages have them.
  package var landscape: Bool

  package init(header: [[StructuredCell]], rows: [[StructuredCell]], landscape: Bool = false) {
    self.header = header
    self.rows = rows
    self.landscape = landscape
  }

  /// Header rows then body rows laid out on a grid.
  package var grid: TableGrid { TableGrid(rows: header + rows, headerRows: header.count) }
}

/// A table cell: its text and how many columns and rows it covers.
package struct StructuredCell: Sendable, Equatable {
  package var text: String
  package var columnSpan: Int
  package var rowSpan: Int

  package init(_ text: String, columnSpan: Int = 1, rowSpan: Int = 1) {
    self.text = text
    self.columnSpan = max(1, columnSpan)
    self.rowSpan = max(1, rowSpan)
  }
}
