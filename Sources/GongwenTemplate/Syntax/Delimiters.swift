/// The strings that open and close a tag: `{{` and `}}` by default.
public struct Delimiters: Sendable, Hashable {
  /// The opening delimiter (`{{`).
  public let open: String
  /// The closing delimiter (`}}`).
  public let close: String

  /// Delimiters as given (non-empty; the two may be equal).
  public init(open: String, close: String) {
    self.open = open
    self.close = close
  }

  /// `{{` and `}}`.
  public static let standard = Delimiters(open: "{{", close: "}}")

  /// Parses `"{ }"`, `"[[ ]]"` or `"% %"`: two non-empty strings separated by white space. The two may
  /// be the same: a tag then runs from one to the next (`%name%`).
  public init?(parsing text: String) {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
    guard parts.count == 2 else { return nil }
    self.open = String(parts[0])
    self.close = String(parts[1])
  }
}
