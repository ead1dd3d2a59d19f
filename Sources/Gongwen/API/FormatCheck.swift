/// Checks a .docx or .odt document against GB/T 9704-2012: page size, margins, line pitch, fonts and
/// sizes by role (title, headings, body) and page numbers.
///
/// ```swift
/// let deviations = try FormatCheck.check(path: "报告.docx")   // [] when it follows the standard
/// ```
public enum FormatCheck {
  /// The deviations of the document at `path`; empty when it follows the standard.
  public static func check(path: String) throws -> [FormatDeviation] {
    try check(bytes: try FileBytes.read(path), name: path)
  }

  /// Checks a document held in memory; `name` is used in messages.
  public static func check(bytes: [UInt8], name path: String) throws -> [FormatDeviation] {
    GBT9704Check.deviations(try layout(bytes: bytes, name: path))
  }

  /// What a document says about its layout (pages, body paragraphs, page numbers).
  static func layout(bytes: [UInt8], name path: String) throws -> DocumentLayout {
    let package = TemplatePackage(archive: try ZipArchive(bytes: bytes, name: path), file: path, options: TemplateOptions())
    let layout: DocumentLayout
    switch try FormatDetector.detect(package) {
    case .docx: layout = try WordLayoutReader(package: package).read()
    case .odt: layout = try OpenDocumentLayoutReader(package: package).read()
    }
    return layout
  }
}
