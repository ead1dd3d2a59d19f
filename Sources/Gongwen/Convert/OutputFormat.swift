/// What a render can be written as: a package, or a PDF made by LibreOffice.
public enum OutputFormat: String, Sendable, CaseIterable {
  case docx, odt, pdf

  /// The output format a path's extension asks for, or nil for an unknown extension.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// The same format as a template's, when it is a package format.
  init(_ format: DocumentFormat) {
    switch format {
    case .docx: self = .docx
    case .odt: self = .odt
    }
  }

  /// LibreOffice's `--convert-to` argument.
  var libreOfficeFilter: String {
    switch self {
    case .pdf: return "pdf:writer_pdf_Export"
    case .docx: return "docx:MS Word 2007 XML"
    case .odt: return "odt:writer8"
    }
  }
}
