/// A tag found in a paragraph's text: its UTF-8 byte range and its text, delimiters included.
public struct TagMatch: Sendable, Hashable {
  public var range: Range<Int>
  public var text: String

  public init(range: Range<Int>, text: String) {
    self.range = range
    self.text = text
  }
}

/// A lexical problem at a UTF-8 byte range of the text.
public struct LexError: Sendable, Hashable {
  public var range: Range<Int>
  public var kind: TemplateError.Kind

  public init(range: Range<Int>, kind: TemplateError.Kind) {
    self.range = range
    self.kind = kind
  }
}

/// Finds tags in the flattened text of one paragraph, in one linear pass over its UTF-8 bytes.
///
/// - A tag runs from an opening delimiter to the first closing delimiter after it.
/// - An opening delimiter with no closing one before the end of the text, or before the next opening
///   delimiter, is `.unclosedTag`; its range runs to the end of the text or to that next opening
///   delimiter, where scanning resumes (`{{a {{b}}` reports `{{a ` and still finds `{{b}}`).
/// - A closing delimiter outside any tag is `.unopenedTag`, with the delimiter's range.
/// - Opening delimiters right after one another belong to the same tag, and as many closing delimiters
///   right after its end as there were opening ones are taken into it too. With `{ }` delimiters,
///   `{{x}}` is therefore one tag `{{x}}` (which the parser reports as malformed) rather than an unclosed
///   `{`, a tag `{x}` and a stray `}`.
///
/// Empty delimiters are replaced by the standard ones.
public struct TagLexer: Sendable {
  public let delimiters: Delimiters
  private let open: [UInt8]
  private let close: [UInt8]

  public init(delimiters: Delimiters = .standard) {
    let usable = delimiters.open.isEmpty || delimiters.close.isEmpty ? Delimiters.standard : delimiters
    self.delimiters = usable
    open = Array(usable.open.utf8)
    close = Array(usable.close.utf8)
  }

  public func scan(_ text: String) -> (matches: [TagMatch], errors: [LexError]) {
    var text = text
    return text.withUTF8 { scan(bytes: $0) }
  }

  /// Scans UTF-8 bytes directly (ranges are offsets into `bytes`).
  public func scan(bytes: UnsafeBufferPointer<UInt8>) -> (matches: [TagMatch], errors: [LexError]) {
    var matches: [TagMatch] = []
    var errors: [LexError] = []
    let count = bytes.count
    let openFirst = open[0]
    let closeFirst = close[0]
    var position = 0
    var tagStart = -1
    var openRun = 0
    var contentStarted = false
    while position < count {
      let byte = bytes[position]
      if tagStart < 0 {
        if byte == openFirst && has(open, in: bytes, at: position) {
          tagStart = position
          openRun = 1
          contentStarted = false
          position += open.count
        } else if byte == closeFirst && has(close, in: bytes, at: position) {
          errors.append(LexError(range: position..<(position + close.count), kind: .unopenedTag))
          position += close.count
        } else {
          position += 1
        }
        continue
      }
      if byte == closeFirst && has(close, in: bytes, at: position) {
        var end = position + close.count
        var closes = 1
        while closes < openRun && has(close, in: bytes, at: end) {
          end += close.count
          closes += 1
        }
        matches.append(TagMatch(range: tagStart..<end, text: string(bytes, tagStart..<end)))
        tagStart = -1
        position = end
      } else if byte == openFirst && has(open, in: bytes, at: position) {
        if contentStarted {
          errors.append(LexError(range: tagStart..<position, kind: .unclosedTag))
          tagStart = position
          openRun = 1
          contentStarted = false
        } else {
          openRun += 1
        }
        position += open.count
      } else {
        contentStarted = true
        position += 1
      }
    }
    if tagStart >= 0 {
      errors.append(LexError(range: tagStart..<count, kind: .unclosedTag))
    }
    return (matches, errors)
  }

  @inline(__always)
  private func has(_ delimiter: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
    guard position + delimiter.count <= bytes.count else { return false }
    var index = 0
    while index < delimiter.count {
      if bytes[position + index] != delimiter[index] { return false }
      index += 1
    }
    return true
  }

  private func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
