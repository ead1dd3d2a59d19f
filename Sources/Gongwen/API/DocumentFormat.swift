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
}
