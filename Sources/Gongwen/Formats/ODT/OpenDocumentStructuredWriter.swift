/// Writes structured official content as ODF paragraphs, headings (`text:h`) and tables, in the
/// template's named styles or the automatic stand-ins `OpenDocumentBlockStyles` adds.
struct OpenDocumentStructuredWriter {
  let styles: OpenDocumentStyleCatalog
  /// Tables in the document so far, for unique `table:name`s.
  var tableCount: Int
  /// Whether a table went on landscape pages (the master page must then be added to the styles).
  private(set) var wroteLandscapeTable = false
  private var output: [UInt8] = []
  private var pendingPageBreak = false
  /// Set while the last block is written: its body paragraph keeps with the next.
  private var keepWithNext = false

  init(styles: OpenDocumentStyleCatalog, tableCount: Int) {
    self.styles = styles
    self.tableCount = tableCount
  }

  /// The markup of `blocks`. A last body paragraph is kept with what follows it (the attachment note
  /// or the signature), so those never stand alone on a page.
  mutating func markup(_ blocks: [StructuredBlock]) -> [UInt8] {
    output = []
    for (number, block) in blocks.enumerated() {
      keepWithNext = number == blocks.count - 1
      switch block {
      case .heading(let heading):
        if let body = heading.runIn {
          paragraph(.body, spans: [(heading.headingText, styles.textStyle(.heading(heading.level))), (body, nil)])
        } else {
          paragraph(.heading(heading.level), spans: [(heading.headingText, nil)])
        }
      case .paragraph(let text):
        paragraph(.body, spans: [(text, nil)])
      case .points(let items):
        paragraph(.body, spans: [(items.enumerated().map { OfficialNumbering.point($0.offset + 1) + $0.element }.joined(), nil)])
      case .list(let list):
        let last = keepWithNext
        for (index, item) in list.items.enumerated() {
          keepWithNext = last && index == list.items.count - 1
          paragraph(.list, spans: [(list.marker(at: index) + item, nil)])
        }
      case .table(let table) where table.landscape && styles.portraitMasterPage != nil:
        // its own landscape pages: the table's style starts them, an empty paragraph returns to portrait
        self.table(table.grid, style: OpenDocumentStyleCatalog.landscapeTableStyle)
        wroteLandscapeTable = true
        output += "<text:p text:style-name=\"\(OpenDocumentStyleCatalog.afterLandscapeStyle)\"/>".utf8
      case .table(let table):
        self.table(table.grid, style: nil)
      case .pageBreak:
        pendingPageBreak = true
      }
    }
    keepWithNext = false
    if pendingPageBreak { paragraph(.body, spans: []) }
    return output
  }

  private mutating func paragraph(_ role: OfficialRole, spans: [(text: String, style: String?)]) {
    var style = styles.paragraphStyle(role, pageBreak: pendingPageBreak)
    if keepWithNext && !pendingPageBreak && role == .body { style = OpenDocumentStyleCatalog.keptBodyStyle }
    if keepWithNext && !pendingPageBreak && role == .list { style = OpenDocumentStyleCatalog.keptListStyle }
    pendingPageBreak = false
    if let level = role.headingLevel {
      output += "<text:h text:style-name=\"\(style)\" text:outline-level=\"\(level)\">".utf8
    } else {
      output += "<text:p text:style-name=\"\(style)\">".utf8
    }
    for span in spans where !span.text.isEmpty {
      if let name = span.style {
        output += "<text:span text:style-name=\"\(name)\">".utf8
        ODFTextEncoder.encode(span.text, prefix: "text", into: &output)
        output += "</text:span>".utf8
      } else {
        ODFTextEncoder.encode(span.text, prefix: "text", into: &output)
      }
    }
    output += (role.headingLevel != nil ? "</text:h>" : "</text:p>").utf8
  }

  private mutating func table(_ grid: TableGrid, style own: String?) {
    guard grid.columnCount > 0 else { return }
    tableCount += 1
    let style = own ?? (pendingPageBreak ? OpenDocumentStyleCatalog.tableBreakStyle : OpenDocumentStyleCatalog.tableStyle)
    pendingPageBreak = false
    output += "<table:table table:name=\"GongwenTable\(tableCount)\" table:style-name=\"\(style)\">".utf8
    output += "<table:table-column table:number-columns-repeated=\"\(grid.columnCount)\"/>".utf8
    for (r, row) in grid.slots.enumerated() {
      if r == 0 && grid.headerRows > 0 { output += "<table:table-header-rows>".utf8 }
      output += "<table:table-row table:style-name=\"\(OpenDocumentStyleCatalog.rowStyle)\">".utf8
      for (c, slot) in row.enumerated() {
        switch slot {
        case .origin(let cell):
          output += "<table:table-cell table:style-name=\"\(OpenDocumentStyleCatalog.cellStyle)\"".utf8
          let span = grid.columnSpan(row: r, column: c)
          if span > 1 { output += " table:number-columns-spanned=\"\(span)\"".utf8 }
          if cell.rowSpan > 1 { output += " table:number-rows-spanned=\"\(cell.rowSpan)\"".utf8 }
          output += ">".utf8
          paragraph(.tableText, spans: [(cell.text, nil)])
          output += "</table:table-cell>".utf8
        case .covered:
          output += "<table:covered-table-cell/>".utf8
        }
      }
      output += "</table:table-row>".utf8
      if r == grid.headerRows - 1 { output += "</table:table-header-rows>".utf8 }
    }
    output += "</table:table>".utf8
  }
}
