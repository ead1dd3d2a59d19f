import GongwenTemplate
/// Builds an ``XLSXGrid`` from the stream of a worksheet part, one row at a time: the part is never
/// held as a tree, so memory is the grid's text and not the sheet's XML.
///
/// A sheet whose rows would hold more than `maxCells` cells (``XLSXGrid/maxCells``, counted up to the
/// last filled cell of each row) is refused before it is read further.
final class XLSXSheetHandler: XMLStreamHandler {
  private(set) var grid = XLSXGrid()
  var failure: Error?
  private let file: String
  private let strings: [String]
  private let formats: [XLSXNumberFormat.Parsed]
  private let date1904: Bool
  private var rowNumber = 0
  private var cells: [String] = []
  private var cell = XLSXCell()
  private var column = 0
  private var inCell = false
  private var inInlineString = false
  private var phoneticDepth = 0
  private var text = XMLTextCapture()
  private var usedCells = 0
  private let maxCells: Int

  init(file: String, sheet: String, strings: [String], formats: [String], date1904: Bool, maxCells: Int = XLSXGrid.maxCells) {
    self.file = file
    self.maxCells = maxCells
    self.strings = strings
    self.formats = formats.map(XLSXNumberFormat.Parsed.init)
    self.date1904 = date1904
    grid.sheet = sheet
  }

  func startElement(_ element: XMLStreamElement) {
    if element.named("row") {
      rowNumber = element.attribute("r").flatMap(Int.init) ?? rowNumber + 1
      cells.removeAll(keepingCapacity: true)
    } else if element.named("c") {
      cell = XLSXCell(type: element.attribute("t") ?? "n", style: element.attribute("s").flatMap(Int.init) ?? 0)
      column = element.attribute("r").flatMap { XLSXSheetReader.reference($0)?.column } ?? cells.count
      inCell = true
    } else if inCell && element.named("v") {
      text.reset()
      text.isOn = true
    } else if inCell && element.named("f") {
      cell.hasFormula = true
    } else if inCell && element.named("is") {
      inInlineString = true
    } else if inInlineString && (element.named("rPh") || element.named("phoneticPr")) {
      phoneticDepth += 1
    } else if inInlineString && phoneticDepth == 0 && element.named("t") {
      text.reset()
      text.isOn = true
    } else if element.named("mergeCell") {
      let parts = (element.attribute("ref") ?? "").split(separator: ":").compactMap { XLSXSheetReader.reference(String($0)) }
      if parts.count == 2, parts[0].row <= parts[1].row, parts[0].column <= parts[1].column {
        grid.merges.append((parts[0].row...parts[1].row, parts[0].column...parts[1].column))
      }
    }
  }

  func endElement(_ element: XMLStreamElement) {
    if element.named("c") {
      endCell()
    } else if element.named("row") {
      endRow()
    } else if inCell && element.named("v") {
      cell.value = text.string
      text.isOn = false
    } else if inInlineString && element.named("t") {
      if phoneticDepth == 0 { cell.inlineText += text.string }
      text.isOn = false
    } else if inInlineString && (element.named("rPh") || element.named("phoneticPr")) {
      phoneticDepth -= 1
    } else if element.named("is") {
      inInlineString = false
    }
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(bytes) }

  private func endCell() {
    inCell = false
    inInlineString = false
    let shown: String
    switch cell.shown(strings: strings, formats: formats, date1904: date1904) {
    case .success(let value): shown = value
    case .failure(let problem):
      shown = ""
      let place = "\(XLSXSheetReader.quotedSheet(grid.sheet))!\(UnitRecordBuilder.columnName(column))\(rowNumber)"
      if let first = grid.problems[rowNumber] {
        grid.problems[rowNumber] = first.withOneMoreCell()
      } else {
        grid.problems[rowNumber] = .cell(reference: place, problem.kind, more: 0)
      }
    }
    // An empty cell (a styled blank) does not widen the row.
    guard !shown.isEmpty else { return }
    if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
    cells[column] = shown
  }

  private func endRow() {
    while cells.last?.isEmpty == true { cells.removeLast() }
    guard !cells.isEmpty || grid.problems[rowNumber] != nil else { return }
    usedCells += cells.count
    if usedCells > maxCells {
      failure = DataError(.tooLarge, file: file, message: UnitTablePhrase.tooManyCells.phrase(
        ["sheet": .text(grid.sheet), "limit": .text(String(maxCells)), "row": .text(String(rowNumber))]))
      return
    }
    grid.rows[rowNumber] = cells
  }
}
