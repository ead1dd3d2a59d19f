/// Turns positions the parsers know (a UTF-8 offset, or libyaml's line and Unicode-scalar column)
/// into what people see: a 1-based line, a 1-based column in characters, and the line's text.
struct TextPosition: Equatable {
  let line: Int
  let column: Int
  let sourceLine: String
  /// The column of the line where `sourceLine` starts: 1, or further on when a long line is cut to a
  /// window around the position (so an error in a 100 MB line copies a few kilobytes, not the line).
  var sourceStart = 1

  /// Lines longer than this many bytes keep only ``windowBytes`` either side of the position.
  static let longLineBytes = 8192
  static let windowBytes = 1024

  /// The position of byte `offset` in UTF-8 `bytes`. Line breaks are LF, CRLF and lone CR.
  init(utf8Offset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    let offset = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    var index = 0
    while index < offset {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    var lineEnd = offset
    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
    self.line = line
    guard lineEnd - lineStart > Self.longLineBytes else {
      let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self)
      self.column = before.count + 1
      self.sourceLine = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
      return
    }
    // A long line: columns are counted in Unicode scalars (no copy of the line is made), and only a
    // window around the position is kept, cut at scalar boundaries.
    let isLead = { (byte: UInt8) in byte & 0xC0 != 0x80 }
    var windowStart = max(lineStart, offset - Self.windowBytes)
    while windowStart > lineStart, !isLead(bytes[windowStart]) { windowStart -= 1 }
    var windowEnd = min(lineEnd, offset + Self.windowBytes)
    while windowEnd < lineEnd, !isLead(bytes[windowEnd]) { windowEnd += 1 }
    let scalarsBefore = bytes[lineStart..<offset].lazy.filter(isLead).count
    let scalarsInWindow = bytes[windowStart..<offset].lazy.filter(isLead).count
    self.column = scalarsBefore + 1
    self.sourceStart = scalarsBefore - scalarsInWindow + 1
    self.sourceLine = String(decoding: UnsafeBufferPointer(rebasing: bytes[windowStart..<windowEnd]), as: UTF8.self)
  }

  /// The position libyaml reports as `line` and `scalarColumn` (both 1-based, the column counted
  /// in Unicode scalars). libyaml breaks lines at LF, CRLF, CR, NEL, LS and PS.
  init(line: Int, scalarColumn: Int, in text: String) {
    var currentLine = 1
    var lineScalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      let isBreak =
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}"
        || scalar == "\u{2029}"
      if isBreak {
        defer { previousWasCR = scalar == "\r" }
        if scalar == "\n" && previousWasCR { continue }
        if currentLine == line { break }
        currentLine += 1
        continue
      }
      previousWasCR = false
      if currentLine == line { lineScalars.append(scalar) }
    }
    let sourceLine = String(lineScalars)
    let wanted = max(scalarColumn - 1, 0)
    var scalarsSeen = 0
    var characters = 0
    for character in sourceLine {
      if scalarsSeen >= wanted { break }
      scalarsSeen += character.unicodeScalars.count
      characters += 1
    }
    if scalarsSeen < wanted { characters += wanted - scalarsSeen }
    self.line = line
    self.column = characters + 1
    self.sourceLine = sourceLine
  }
}
