/// The data file formats Gongwen reads.
public enum DataFormat: String, Sendable, CaseIterable {
  case json
  case yaml

  /// The format for a file name's extension (`.json`, `.yaml`, `.yml`, any case), or nil.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "json": self = .json
    case "yaml", "yml": self = .yaml
    default: return nil
    }
  }

  /// The extensions a person can use, for messages.
  static let supportedExtensions = ".json, .yaml and .yml"

  /// JSON when the text's first non-blank character is `{` or `[`, otherwise YAML.
  static func guessed(from text: String) -> DataFormat {
    let first = text.unicodeScalars.first { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}") }
    return first == "{" || first == "[" ? .json : .yaml
  }
}
