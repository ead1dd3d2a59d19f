/// A tag found in a paragraph's text: its UTF-8 byte range and its text, delimiters included.
package struct TagMatch: Sendable, Hashable {
  package var range: Range<Int>
  package var text: String
  /// After a delimiter switch: the delimiters the tag is written with, one object shared by all such
  /// tags (a template may hold hundreds of thousands of tags); nil for the lexer's own delimiters.
  package var switched: SwitchedDelimiters?
  /// True for a delimiter switch (`{{=<% %>=}}`) itself; `switched` then holds the delimiters it sets.
  package var isSwitch = false

  package init(range: Range<Int>, text: String, switched: SwitchedDelimiters? = nil, isSwitch: Bool = false) {
    self.range = range
    self.text = text
    self.switched = switched
    self.isSwitch = isSwitch
  }

  /// For a delimiter switch: the delimiters it sets.
  package var newDelimiters: Delimiters? { isSwitch ? switched?.delimiters : nil }
}

/// Delimiters set by a switch inside a template.
package final class SwitchedDelimiters: Sendable, Hashable {
  package let delimiters: Delimiters

  package init(_ delimiters: Delimiters) { self.delimiters = delimiters }

  package static func == (left: SwitchedDelimiters, right: SwitchedDelimiters) -> Bool { left.delimiters == right.delimiters }
  package func hash(into hasher: inout Hasher) { hasher.combine(delimiters) }
}

/// A lexical problem at a UTF-8 byte range of the text.
package struct LexError: Sendable, Hashable {
  package var range: Range<Int>
  package var kind: TemplateError.Kind

  package init(range: Range<Int>, kind: TemplateError.Kind) {
    self.range = range
    self.kind = kind
  }
}

/// Finds tags in the flattened text of one paragraph, in one linear pass over its UTF-8 bytes.
///
/// - A tag runs from an opening delimiter to the first closing delimiter after it. When both
///   delimiters are the same string (`% %`), a tag runs from one to the next.
/// - An opening delimiter with no closing one before the end of the text, or before the next opening
///   delimiter, is `.unclosedTag`; its range runs to the end of the text or to that next opening
///   delimiter, where scanning resumes (`{{a {{b}}` reports `{{a ` and still finds `{{b}}`).
/// - A closing delimiter outside any tag is `.unopenedTag`, with the delimiter's range.
/// - Opening delimiters right after one another belong to the same tag, and as many closing delimiters
///   right after its end as there were opening ones are taken into it too. With `{ }` delimiters,
///   `{{x}}` is therefore one tag `{{x}}` (which the parser reports as malformed) rather than an unclosed
///   `{`, a tag `{x}` and a stray `}`.
/// - With `allowUnclosedTag`, an opening delimiter not closed before the next one (or the end) is text,
///   and only the last of several opening delimiters opens the tag; with `allowUnopenedTag`, a stray
///   closing delimiter is text.
/// - A delimiter switch, the opening delimiter and the change prefix, two delimiters separated by a space,
///   then the prefix and the closing delimiter (`{{=<% %>=}}`, `{=[[ ]]=}`), is a match carrying the new
///   delimiters, which are in effect for the rest of the text (and, through `scan(_:delimiters:)`, for
///   the texts scanned after it). Anything else between the prefixes is `.invalidDelimiters`.
///
/// Empty delimiters are replaced by the standard ones.
package struct TagLexer: Sendable {
  package let syntax: TagSyntax

  /// The delimiters in effect at the start of a text.
  package var delimiters: Delimiters { syntax.delimiters }

  package init(delimiters: Delimiters = .standard) {
    self.init(syntax: TagSyntax(delimiters: delimiters))
  }

  package init(syntax: TagSyntax) {
    var usable = syntax
    if usable.delimiters.open.isEmpty || usable.delimiters.close.isEmpty { usable.delimiters = .standard }
    if usable.changeDelimiterPrefix?.isEmpty == true { usable.changeDelimiterPrefix = nil }
    self.syntax = usable
  }

  package func scan(_ text: String) -> (matches: [TagMatch], errors: [LexError]) {
    var delimiters = syntax.delimiters
    return scan(text, delimiters: &delimiters)
  }

  /// Scans `text` with `delimiters` in effect at its start; leaves in `delimiters` those in effect at its
  /// end, so that a switch carries on into the texts scanned after it (the next paragraphs of a part).
  package func scan(_ text: String, delimiters: inout Delimiters) -> (matches: [TagMatch], errors: [LexError]) {
    var text = text
    var state = delimiters
    let result = text.withUTF8 { scan(bytes: $0, delimiters: &state) }
    delimiters = state
    return result
  }

  /// Scans UTF-8 bytes directly (ranges are offsets into `bytes`).
  package func scan(bytes: UnsafeBufferPointer<UInt8>) -> (matches: [TagMatch], errors: [LexError]) {
    var delimiters = syntax.delimiters
    return scan(bytes: bytes, delimiters: &delimiters)
  }

  /// Scans UTF-8 bytes with `delimiters` in effect at their start, leaving those in effect at their end.
  package func scan(
    bytes: UnsafeBufferPointer<UInt8>, delimiters: inout Delimiters
  ) -> (matches: [TagMatch], errors: [LexError]) {
    var cursor = LexCursor(bytes: bytes, delimiters: delimiters, initial: syntax.delimiters,
                           prefix: syntax.changeDelimiterPrefix)
    var matches: [TagMatch] = []
    var errors: [LexError] = []
    var tagStart = -1
    var openRun = 0
    var contentStarted = false
    while cursor.position < bytes.count {
      let position = cursor.position
      if tagStart < 0 {
        if cursor.atOpen {
          if let change = cursor.delimiterChange() {
            if let new = change.delimiters {
              cursor.switchTo(new)
              matches.append(TagMatch(range: change.range, text: cursor.string(change.range),
                                      switched: cursor.switched, isSwitch: true))
            } else {
              errors.append(LexError(range: change.range, kind: .invalidDelimiters(cursor.string(change.range))))
            }
            cursor.position = change.range.upperBound
            continue
          }
          tagStart = position
          openRun = 1
          contentStarted = false
          cursor.position += cursor.open.count
        } else if cursor.atClose {
          if !syntax.allowUnopenedTag {
            errors.append(LexError(range: position..<(position + cursor.close.count), kind: .unopenedTag))
          }
          cursor.position += cursor.close.count
        } else {
          cursor.position += 1
        }
        continue
      }
      if cursor.atClose {
        var end = position + cursor.close.count
        var closes = 1
        while closes < openRun && cursor.has(cursor.close, at: end) {
          end += cursor.close.count
          closes += 1
        }
        matches.append(TagMatch(range: tagStart..<end, text: cursor.string(tagStart..<end), switched: cursor.switched))
        tagStart = -1
        cursor.position = end
      } else if cursor.atOpen {
        if syntax.allowUnclosedTag || contentStarted {
          // The tag so far is unclosed; the opening delimiter here is read afresh (it may be a switch).
          if !syntax.allowUnclosedTag { errors.append(LexError(range: tagStart..<position, kind: .unclosedTag)) }
          tagStart = -1
          continue
        }
        openRun += 1
        cursor.position += cursor.open.count
      } else {
        contentStarted = true
        cursor.position += 1
      }
    }
    if tagStart >= 0 && !syntax.allowUnclosedTag {
      errors.append(LexError(range: tagStart..<bytes.count, kind: .unclosedTag))
    }
    delimiters = cursor.delimiters
    return (matches, errors)
  }
}
