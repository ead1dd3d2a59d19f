/// The package formats Gongwen reads and writes.
public enum DocumentFormat: String, Sendable, CaseIterable {
  /// Office Open XML word processing (.docx).
  case docx
  /// OpenDocument text (.odt).
  case odt

  /// The file extension, without the dot.
  public var fileExtension: String { rawValue }

  /// The format named by a path's extension (.docx, .dotx, .odt, .ott), or nil.
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "docx", "dotx", "docm": self = .docx
    case "odt", "ott": self = .odt
    default: return nil
    }
  }

  /// The format whose template a path's extension names (.dotx → docx, .ott → odt), or nil when the
  /// path names a document or something else.
  public static func template(ofPath path: String) -> DocumentFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "dotx": return .docx
    case "ott": return .odt
    default: return nil
    }
  }
}
