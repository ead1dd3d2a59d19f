/// The two lines under a diagnostic: the paragraph (cut to a window around the tag when long) and a
/// line of carets under the tag, aligned in a terminal where East Asian wide characters take two columns.
struct SourceSnippet {
  /// At most this many columns of paragraph text are shown.
  static let windowColumns = 80
  static let ellipsis: Unicode.Scalar = "…"

  let location: SourceLocation

  var rendered: String {
    var before: [Unicode.Scalar] = []
    var tag: [Unicode.Scalar] = []
    var after: [Unicode.Scalar] = []
    let start = max(0, location.offset)
    let end = start + max(0, location.length)
    var byte = 0
    for scalar in location.paragraphText.unicodeScalars {
      let shown = SourceSnippet.visible(scalar)
      if byte < start {
        before.append(shown)
      } else if byte < end {
        tag.append(shown)
      } else {
        after.append(shown)
      }
      byte += UTF8.width(scalar)
    }
    let window = SourceSnippet.window(before: before, tag: tag, after: after)
    let number = location.paragraph > 0 ? String(location.paragraph) : ""
    let gutterWidth = max(5, number.count)
    let gutter = String(repeating: " ", count: gutterWidth - number.count) + number
    var line = gutter + " | "
    line.unicodeScalars.append(contentsOf: window.before)
    line.unicodeScalars.append(contentsOf: window.tag)
    line.unicodeScalars.append(contentsOf: window.after)
    let indent = TerminalColumns.width(of: window.before)
    let carets = max(1, TerminalColumns.width(of: window.tag))
    let marker =
      String(repeating: " ", count: gutterWidth) + " | " + String(repeating: " ", count: indent)
      + String(repeating: "^", count: carets)
    return line + "\n" + marker
  }

  /// Control characters (tabs, line breaks) shown as one space so columns stay predictable.
  private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
  }

  /// Cuts the text around the tag to `windowColumns`, marking cuts with `…`.
  static func window(
    before: [Unicode.Scalar], tag: [Unicode.Scalar], after: [Unicode.Scalar]
  ) -> (before: [Unicode.Scalar], tag: [Unicode.Scalar], after: [Unicode.Scalar]) {
    let beforeWidth = TerminalColumns.width(of: before)
    var tagWidth = TerminalColumns.width(of: tag)
    let afterWidth = TerminalColumns.width(of: after)
    if beforeWidth + tagWidth + afterWidth <= windowColumns { return (before, tag, after) }
    var shownTag = tag
    if tagWidth > windowColumns / 2 {
      shownTag = prefix(of: tag, columns: windowColumns / 2 - 1) + [ellipsis]
      tagWidth = TerminalColumns.width(of: shownTag)
    }
    let available = windowColumns - tagWidth
    let leftBudget = min(beforeWidth, max(available / 2, available - afterWidth))
    let rightBudget = min(afterWidth, available - leftBudget)
    var shownBefore = before
    if leftBudget < beforeWidth {
      shownBefore = [ellipsis] + suffix(of: before, columns: max(0, leftBudget - 1))
    }
    var shownAfter = after
    if rightBudget < afterWidth {
      shownAfter = prefix(of: after, columns: max(0, rightBudget - 1)) + [ellipsis]
    }
    return (shownBefore, shownTag, shownAfter)
  }

  private static func prefix(of scalars: [Unicode.Scalar], columns: Int) -> [Unicode.Scalar] {
    var used = 0
    var result: [Unicode.Scalar] = []
    for scalar in scalars {
      let width = TerminalColumns.width(of: scalar)
      if used + width > columns { break }
      used += width
      result.append(scalar)
    }
    return result
  }

  private static func suffix(of scalars: [Unicode.Scalar], columns: Int) -> [Unicode.Scalar] {
    var used = 0
    var result: [Unicode.Scalar] = []
    for scalar in scalars.reversed() {
      let width = TerminalColumns.width(of: scalar)
      if used + width > columns { break }
      used += width
      result.append(scalar)
    }
    return result.reversed()
  }
}
