/// Places unsealed signatures while a part renders (GB/T 9704 7.3.5.2). The compiled template marks
/// each name and date line (`HookKind.signatureLine` … `signatureLineEnd`); the sink passes their
/// literal text and values here. When a date line ends, the name lines before it and the date get
/// their right indents from `SignaturePlacement`; a slot's markup is only known then, so each one is
/// an insertion at the offset where the line began, applied once when the part is finished.
/// Lines not followed by a date with text, or without text themselves, keep the template's markup.
struct SignatureLines {
  private struct Line {
    let line: SignatureLine
    /// Where the line's slot goes in the part's output.
    let offset: Int
    var text = ""
  }

  private var current: Line?
  private var names: [Line] = []
  /// Markup to insert, by offset in the output.
  private var insertions: [(offset: Int, bytes: [UInt8])] = []
  private var definitionsOffset: Int?
  private var definitions: [UInt8] = []
  private var placedCount = 0

  /// True while a line's text is being collected.
  var isCollecting: Bool { current != nil }

  mutating func begin(_ line: SignatureLine, at offset: Int) {
    current = Line(line: line, offset: offset)
  }

  /// Printed text of the current line; control characters (a tab, a line break) print no width.
  mutating func collect(_ text: String) {
    guard current != nil else { return }
    current?.text.unicodeScalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0.value >= 0x20 })
  }

  mutating func end(state: DocumentRenderState) {
    guard let line = current else { return }
    current = nil
    guard line.line.role == .date else {
      names.append(line)
      return
    }
    let named = names.filter { !$0.text.isEmpty }
    if named.isEmpty || line.text.isEmpty {
      for name in names { keepOriginal(name) }
      keepOriginal(line)
    } else {
      let placement = SignaturePlacement(names: named.map(\.text), date: line.text)
      for name in names {
        if name.text.isEmpty { keepOriginal(name) } else { place(name, rightIndent: placement.nameRight, state: state) }
      }
      place(line, rightIndent: placement.dateRight, state: state)
    }
    names = []
  }

  /// Where definitions go (the end of the automatic styles).
  mutating func markDefinitions(at offset: Int) {
    if definitionsOffset == nil { definitionsOffset = offset }
  }

  /// Forgets what was recorded at or after `offset`: the output from there was dropped.
  mutating func drop(from offset: Int) {
    insertions.removeAll { $0.offset >= offset }
    names.removeAll { $0.offset >= offset }
    if let line = current, line.offset >= offset { current = nil }
  }

  /// `output` with every slot filled: lines still waiting for a date keep the template's markup.
  mutating func finish(_ output: [UInt8]) -> [UInt8] {
    for name in names { keepOriginal(name) }
    if let line = current { keepOriginal(line) }
    names = []
    current = nil
    if let definitionsOffset, !definitions.isEmpty { insertions.append((definitionsOffset, definitions)) }
    guard !insertions.isEmpty else { return output }
    let ordered = insertions.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
    var result: [UInt8] = []
    result.reserveCapacity(output.count + ordered.reduce(0) { $0 + $1.element.bytes.count })
    var position = 0
    for (_, insertion) in ordered {
      let offset = min(insertion.offset, output.count)
      result += output[position..<offset]
      result += insertion.bytes
      position = offset
    }
    result += output[position...]
    insertions = []
    return result
  }

  private mutating func keepOriginal(_ line: Line) {
    if !line.line.original.isEmpty { insertions.append((line.offset, line.line.original)) }
  }

  private mutating func place(_ line: Line, rightIndent: Double, state: DocumentRenderState) {
    placedCount += 1
    let placed = state.placedSignatureLine(line.line, rightIndent: rightIndent, number: placedCount)
    insertions.append((line.offset, placed.slot))
    definitions += placed.definition
  }
}
