import GongwenTemplate
/// Splits CSV text into records, strictly (RFC 4180): cells separated by `,`, records by CR, LF or
/// CRLF; a cell that starts with `"` runs to the next lone `"` (a doubled `""` is one quote) and may
/// hold commas and line breaks. A quote inside an unquoted cell is kept as text.
///
/// What a lenient reader would guess at is an error naming its line: a quote that is never closed
/// (which would swallow every row after it into one cell) and text after a closing quote.
struct CSVRecordReader {
  let file: String
  private let utf8: String.UTF8View
  private var index: String.UTF8View.Index
  /// The line the next record starts on (1-based).
  private var line = 1

  init(_ text: String, file: String) {
    self.file = file
    utf8 = text.utf8
    index = utf8.startIndex
  }

  /// The next record with the line it starts on, or nil at the end of the text.
  mutating func next() throws -> (line: Int, cells: [String])? {
    guard index < utf8.endIndex else { return nil }
    let start = line
    var cells: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var inQuotes = false
    var quoteLine = 0
    while index < utf8.endIndex {
      let byte = utf8[index]
      utf8.formIndex(after: &index)
      if inQuotes {
        if byte == 0x22 {
          if index < utf8.endIndex && utf8[index] == 0x22 {
            field.append(0x22)
            utf8.formIndex(after: &index)
          } else {
            inQuotes = false
          }
        } else {
          if byte == 0x0A { line += 1 }
          field.append(byte)
        }
        continue
      }
      switch byte {
      case 0x2C:
        cells.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        quoted = false
      case 0x0D, 0x0A:
        if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
        line += 1
        cells.append(String(decoding: field, as: UTF8.self))
        return (start, cells)
      case 0x22 where field.isEmpty && !quoted:
        inQuotes = true
        quoted = true
        quoteLine = line
      case 0x20 where quoted, 0x09 where quoted:
        continue  // blanks after a closing quote
      default:
        if quoted {
          throw DataError(.syntax,
            file: file, line: line,
            message: UnitTablePhrase.quoteThenText.phrase(["line": .text(String(quoteLine))]))
        }
        field.append(byte)
      }
    }
    if inQuotes {
      throw DataError(.syntax,
        file: file, line: quoteLine,
        message: UnitTablePhrase.quoteNeverClosed.phrase(["line": .text(String(quoteLine))]))
    }
    cells.append(String(decoding: field, as: UTF8.self))
    return (start, cells)
  }
}
