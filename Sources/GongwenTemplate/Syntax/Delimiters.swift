/// The strings that open and close a tag: `{{` and `}}` by default.
public struct Delimiters: Sendable, Hashable {
  public let open: String
  public let close: String

  public init(open: String, close: String) {
    self.open = open
    self.close = close
  }

  /// `{{` and `}}`.
  public static let standard = Delimiters(open: "{{", close: "}}")

  /// Parses `"{ }"` or `"[[ ]]"`: two non-empty strings separated by a space.
  public init?(parsing text: String) {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 2, parts[0] != parts[1] else { return nil }
    self.open = String(parts[0])
    self.close = String(parts[1])
  }
}
