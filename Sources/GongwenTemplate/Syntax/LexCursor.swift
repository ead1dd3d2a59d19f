/// The lexer's position in a text's UTF-8 bytes and the delimiters in effect there.
struct LexCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  private(set) var delimiters: Delimiters
  /// The delimiters after a switch, shared by the matches written with them; nil before any switch
  /// (or when the delimiters in effect at the start came from one).
  private(set) var switched: SwitchedDelimiters?
  private(set) var open: [UInt8]
  private(set) var close: [UInt8]
  private let prefix: [UInt8]?
  /// Where the next `prefix + close` starts at or after `searchedFrom`, or nil when there is none to the
  /// end of the text: cached so that many unfinished switches cost one pass, not one each.
  private var switchEnd: (searchedFrom: Int, found: Int?)?

  init(bytes: UnsafeBufferPointer<UInt8>, delimiters: Delimiters, initial: Delimiters, prefix: String?) {
    self.bytes = bytes
    self.delimiters = delimiters
    self.switched = delimiters == initial ? nil : SwitchedDelimiters(delimiters)
    self.open = Array(delimiters.open.utf8)
    self.close = Array(delimiters.close.utf8)
    self.prefix = prefix.map { Array($0.utf8) }
  }

  var atOpen: Bool { bytes[position] == open[0] && has(open, at: position) }
  var atClose: Bool { bytes[position] == close[0] && has(close, at: position) }

  /// Makes `new` the delimiters from here on.
  mutating func switchTo(_ new: Delimiters) {
    delimiters = new
    switched = SwitchedDelimiters(new)
    open = Array(new.open.utf8)
    close = Array(new.close.utf8)
    switchEnd = nil
  }

  /// At an opening delimiter followed by the change prefix and with `prefix + close` further on: the
  /// switch's range and the delimiters it names (nil when they are not two strings separated by
  /// white space).
  mutating func delimiterChange() -> (range: Range<Int>, delimiters: Delimiters?)? {
    guard let prefix else { return nil }
    let innerStart = position + open.count + prefix.count
    guard has(prefix, at: position + open.count), let end = nextSwitchEnd(from: innerStart) else { return nil }
    let range = position..<(end + prefix.count + close.count)
    return (range, Delimiters(parsing: string(innerStart..<end)))
  }

  private mutating func nextSwitchEnd(from start: Int) -> Int? {
    if let cached = switchEnd, cached.searchedFrom <= start {
      guard let found = cached.found else { return nil }
      if found >= start { return found }
    }
    var index = start
    let ending = (prefix ?? []) + close
    while index + ending.count <= bytes.count {
      if has(ending, at: index) {
        switchEnd = (start, index)
        return index
      }
      index += 1
    }
    switchEnd = (start, nil)
    return nil
  }

  @inline(__always)
  func has(_ delimiter: [UInt8], at position: Int) -> Bool {
    guard position + delimiter.count <= bytes.count else { return false }
    var index = 0
    while index < delimiter.count {
      if bytes[position + index] != delimiter[index] { return false }
      index += 1
    }
    return true
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
