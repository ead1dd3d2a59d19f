/// The two lines under a data error: the source line (cut to a window around the column when
/// long) and a caret under the column, aligned in a terminal where wide characters take two columns.
struct DataErrorSnippet {
  /// At most about this many terminal columns of the line are shown.
  static let windowColumns = 100

  let sourceText: String
  let caretText: String

  /// `column` is 1-based and counted in characters; a column past the end points just after it.
  /// `cutBefore`: `line` is a window of a longer line, which goes on before it.
  init(line: String, column: Int, cutBefore: Bool = false) {
    let characters = Array(line)
    let index = min(max(column - 1, 0), characters.count)
    var start = 0
    var end = characters.count
    // Keep the window around the caret: walk left and right until the budget is used up.
    var budget = DataErrorSnippet.windowColumns
    var left = index
    var right = index
    while budget > 0, left > 0 || right < characters.count {
      if left > 0, budget > 0 {
        left -= 1
        budget -= DataErrorSnippet.width(of: characters[left])
      }
      if right < characters.count, budget > 0 {
        budget -= DataErrorSnippet.width(of: characters[right])
        right += 1
      }
    }
    start = left
    end = right
    var shown = ""
    var caretIndent = ""
    if start > 0 || cutBefore {
      shown += "…"
      caretIndent += " "
    }
    for position in start..<end {
      let character = DataErrorSnippet.visible(characters[position])
      shown.append(character)
      if position < index {
        caretIndent += character == "\t" ? "\t" : String(repeating: " ", count: DataErrorSnippet.width(of: character))
      }
    }
    if end < characters.count { shown += "…" }
    sourceText = "    " + shown
    caretText = "    " + caretIndent + "^"
  }

  /// Control characters other than tab are shown as one space so the caret stays aligned.
  private static func visible(_ character: Character) -> Character {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      return character
    }
    if scalar == "\t" { return character }
    return scalar.value < 0x20 || scalar.value == 0x7F ? " " : character
  }

  /// Terminal columns of a character: 2 for East Asian wide and fullwidth ones and emoji, else 1.
  static func width(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if scalar.value < 0x1100 { return 1 }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
