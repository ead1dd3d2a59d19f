/// Writes structured official content as WordprocessingML paragraphs and tables, in the template's
/// own styles (`GongwenHeading1`…, `GongwenBody`, `GongwenTableText`, `GongwenTable`); where the
/// template lacks a style, the GB/T 9704 formatting is written directly. Every run names its East
/// Asian font (`w:rFonts w:eastAsia`) and language.
struct WordStructuredWriter {
  let styles: WordStyleCatalog
  /// The namespace prefix of WordprocessingML in the part (`w`).
  let prefix: String
  /// Width of the type area in twips (A4 less GB/T 9704 margins), and on a landscape page.
  var typeAreaWidth = 8845, landscapeTypeAreaWidth = 12756
  private var output: [UInt8] = []
  private var pendingPageBreak = false
  /// Whether section breaks were written (around landscape tables), for `WordSectionLayout` to complete.
  private(set) var wroteSectionBreaks = false
  /// Set while the last block of the body is written: its body paragraph keeps with the next.
  private var keepWithNext = false

  init(styles: WordStyleCatalog, prefix: String) {
    self.styles = styles
    self.prefix = prefix
  }

  /// The markup of `blocks`; `mustEndWithParagraph` for containers that need a last paragraph (cells).
  mutating func markup(_ blocks: [StructuredBlock], mustEndWithParagraph: Bool) -> [UInt8] {
    output = []
    var endsWithParagraph = false
    for (number, block) in blocks.enumerated() {
      // a last body paragraph keeps with what follows (attachment note, signature: GB/T 9704 7.3.5.5)
      keepWithNext = !mustEndWithParagraph && number == blocks.count - 1
      endsWithParagraph = true
      switch block {
      case .heading(let heading):
        if let body = heading.runIn {
          paragraph(.body, runs: [(heading.headingText, .heading(heading.level)), (body, nil)])
        } else {
          paragraph(.heading(heading.level), runs: [(heading.headingText, nil)])
        }
      case .paragraph(let text):
        paragraph(.body, runs: [(text, nil)])
      case .points(let items):
        let text = items.enumerated().map { OfficialNumbering.point($0.offset + 1) + $0.element }.joined()
        paragraph(.body, runs: [(text, nil)])
      case .list(let list):
        let last = keepWithNext
        for (index, item) in list.items.enumerated() {
          keepWithNext = last && index == list.items.count - 1
          paragraph(.list, runs: [(list.marker(at: index) + item, nil)])
        }
      case .table(let table) where table.landscape && !mustEndWithParagraph:
        // a section of its own on landscape pages; `WordSectionLayout` completes both section breaks
        flushPageBreak()
        sectionBreak(landscape: false)
        self.table(table.grid, width: landscapeTypeAreaWidth)
        sectionBreak(landscape: true)
      case .table(let table):
        flushPageBreak()
        self.table(table.grid, width: typeAreaWidth)
        endsWithParagraph = false
      case .pageBreak:
        pendingPageBreak = true
      }
    }
    keepWithNext = false
    flushPageBreak()
    if mustEndWithParagraph && !endsWithParagraph { paragraph(.body, runs: []) }
    return output
  }

  // MARK: Paragraphs and runs

  /// A paragraph in `role`; each run is body text of the paragraph (`nil`) or a run-in heading
  /// in the character style of `role`.
  private mutating func paragraph(_ role: OfficialRole, runs: [(text: String, role: OfficialRole?)]) {
    let p = prefix
    output += "<\(p):p><\(p):pPr>".utf8
    let styled = styles.paragraphStyles.contains(role.paragraphStyle)
    if styled { output += "<\(p):pStyle \(p):val=\"\(role.paragraphStyle)\"/>".utf8 }
    if (!styled && role.headingLevel != nil) || (keepWithNext && (role == .body || role == .list)) { output += "<\(p):keepNext/>".utf8 }
    if pendingPageBreak {
      output += "<\(p):pageBreakBefore/>".utf8
      pendingPageBreak = false
    }
    if !styled { directParagraphProperties(role) }
    output += "</\(p):pPr>".utf8
    for run in runs where !run.text.isEmpty {
      self.run(run.text, paragraphRole: role, characterRole: run.role)
    }
    output += "</\(p):p>".utf8
  }

  private mutating func directParagraphProperties(_ role: OfficialRole) {
    let p = prefix
    let line = Int((role.linePitchPoints * 20).rounded())
    output += "<\(p):spacing \(p):line=\"\(line)\" \(p):lineRule=\"exact\"/>".utf8
    if role.firstLineIndentCharacters > 0 {
      let twips = Int(role.pointSize * 20) * role.firstLineIndentCharacters
      output += "<\(p):ind \(p):firstLineChars=\"\(role.firstLineIndentCharacters * 100)\" \(p):firstLine=\"\(twips)\"/>".utf8
    }
    output += "<\(p):jc \(p):val=\"\(role.centered ? "center" : "both")\"/>".utf8
    if let level = role.headingLevel { output += "<\(p):outlineLvl \(p):val=\"\(level - 1)\"/>".utf8 }
  }

  private mutating func run(_ text: String, paragraphRole: OfficialRole, characterRole: OfficialRole?) {
    let p = prefix
    output += "<\(p):r>".utf8
    runProperties(paragraphRole: paragraphRole, characterRole: characterRole)
    output += "<\(p):t xml:space=\"preserve\">".utf8
    WordRunEncoder.encode(text, prefix: p, into: &output)
    output += "</\(p):t></\(p):r>".utf8
  }

  /// `w:rPr` of an inserted run: the character style of a run-in heading, the East Asian font its
  /// style resolves to, or the official formatting when the template lacks the style.
  private mutating func runProperties(paragraphRole: OfficialRole, characterRole: OfficialRole?) {
    let p = prefix
    output += "<\(p):rPr>".utf8
    if let characterRole, let style = characterRole.characterStyle, styles.characterStyles.contains(style) {
      output += "<\(p):rStyle \(p):val=\"\(style)\"/>".utf8
      fonts(styles.fonts[style] ?? characterRole.font, full: false)
    } else if let characterRole {
      directRunProperties(characterRole)
    } else if styles.paragraphStyles.contains(paragraphRole.paragraphStyle) {
      fonts(styles.fonts[paragraphRole.paragraphStyle] ?? paragraphRole.font, full: false)
    } else {
      directRunProperties(paragraphRole)
    }
    output += "<\(p):lang \(p):eastAsia=\"zh-CN\"/></\(p):rPr>".utf8
  }

  private mutating func fonts(_ font: String, full: Bool) {
    let p = prefix
    var name: [UInt8] = []
    XMLEscaping.appendAttribute(font, to: &name)
    let escaped = String(decoding: name, as: UTF8.self)
    if full {
      output += "<\(p):rFonts \(p):ascii=\"\(escaped)\" \(p):eastAsia=\"\(escaped)\" \(p):hAnsi=\"\(escaped)\" \(p):hint=\"eastAsia\"/>".utf8
    } else {
      output += "<\(p):rFonts \(p):eastAsia=\"\(escaped)\" \(p):hint=\"eastAsia\"/>".utf8
    }
  }

  private mutating func directRunProperties(_ role: OfficialRole) {
    let p = prefix
    fonts(role.font, full: true)
    if role.bold { output += "<\(p):b/><\(p):bCs/>".utf8 }
    let size = Int(role.pointSize * 2)
    output += "<\(p):sz \(p):val=\"\(size)\"/><\(p):szCs \(p):val=\"\(size)\"/>".utf8
  }

  /// An empty paragraph ending a section: its `w:sectPr` holds only the paper size, the rest is the
  /// document's own section's (copied after the render).
  private mutating func sectionBreak(landscape: Bool) {
    let p = prefix
    wroteSectionBreaks = true
    let size = landscape ? "\(p):w=\"16838\" \(p):h=\"11906\" \(p):orient=\"landscape\"" : "\(p):w=\"11906\" \(p):h=\"16838\""
    output += "<\(p):p><\(p):pPr>".utf8
    if styles.paragraphStyles.contains(OfficialRole.body.paragraphStyle) { output += "<\(p):pStyle \(p):val=\"GongwenBody\"/>".utf8 }
    output += "<\(p):sectPr><\(p):pgSz \(size)/></\(p):sectPr></\(p):pPr></\(p):p>".utf8
  }

  private mutating func flushPageBreak() {
    guard pendingPageBreak else { return }
    pendingPageBreak = false
    let p = prefix
    output += "<\(p):p><\(p):r>".utf8
    runProperties(paragraphRole: .body, characterRole: nil)
    output += "<\(p):br \(p):type=\"page\"/></\(p):r></\(p):p>".utf8
  }

  // MARK: Tables

  private mutating func table(_ grid: TableGrid, width: Int) {
    guard grid.columnCount > 0 else { return }
    let p = prefix
    let column = width / grid.columnCount
    output += "<\(p):tbl><\(p):tblPr>".utf8
    let styled = styles.tableStyles.contains("GongwenTable")
    if styled { output += "<\(p):tblStyle \(p):val=\"GongwenTable\"/>".utf8 }
    output += "<\(p):tblW \(p):w=\"5000\" \(p):type=\"pct\"/><\(p):jc \(p):val=\"center\"/>".utf8
    if !styled {
      output += "<\(p):tblBorders>".utf8
      for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        output += "<\(p):\(side) \(p):val=\"single\" \(p):sz=\"4\" \(p):space=\"0\" \(p):color=\"auto\"/>".utf8
      }
      output += "</\(p):tblBorders>".utf8
    }
    output += "<\(p):tblLook \(p):val=\"04A0\" \(p):firstRow=\"1\" \(p):lastRow=\"0\" \(p):firstColumn=\"1\" \(p):lastColumn=\"0\" \(p):noHBand=\"0\" \(p):noVBand=\"1\"/>".utf8
    output += "</\(p):tblPr><\(p):tblGrid>".utf8
    for _ in 0..<grid.columnCount { output += "<\(p):gridCol \(p):w=\"\(column)\"/>".utf8 }
    output += "</\(p):tblGrid>".utf8
    for (r, row) in grid.slots.enumerated() {
      // rows never split across pages; header rows repeat on every page
      output += "<\(p):tr><\(p):trPr><\(p):cantSplit/>".utf8
      if r < grid.headerRows { output += "<\(p):tblHeader/>".utf8 }
      output += "</\(p):trPr>".utf8
      for (c, slot) in row.enumerated() {
        let span = grid.columnSpan(row: r, column: c)
        switch slot {
        case .origin(let cell):
          self.cell(cell.text, width: column * span, span: span, merge: cell.rowSpan > 1 ? "restart" : nil)
        case .covered(_, _, true) where r > 0 && isCoveredFromAbove(grid, r, c):
          self.cell("", width: column * span, span: span, merge: "continue")
        case .covered:
          continue
        }
      }
      output += "</\(p):tr>".utf8
    }
    output += "</\(p):tbl>".utf8
  }

  private func isCoveredFromAbove(_ grid: TableGrid, _ row: Int, _ column: Int) -> Bool {
    if case .covered(let r, _, _) = grid.slots[row][column] { return r < row }
    return false
  }

  private mutating func cell(_ text: String, width: Int, span: Int, merge: String?) {
    let p = prefix
    output += "<\(p):tc><\(p):tcPr><\(p):tcW \(p):w=\"\(width)\" \(p):type=\"dxa\"/>".utf8
    if span > 1 { output += "<\(p):gridSpan \(p):val=\"\(span)\"/>".utf8 }
    if let merge { output += (merge == "restart" ? "<\(p):vMerge \(p):val=\"restart\"/>" : "<\(p):vMerge/>").utf8 }
    output += "<\(p):vAlign \(p):val=\"center\"/></\(p):tcPr>".utf8
    paragraph(.tableText, runs: [(text, nil)])
    output += "</\(p):tc>".utf8
  }
}
