import ArgumentParser
import Gongwen

/// Checks the extension of `-o` and `--name`: a known file type Gongwen does not write (`x.txt`,
/// `x.doc`, `x.xlsx`) is a usage error, not a document under a misleading name.
enum OutputExtension {
  /// Extensions people give by mistake, with what to write instead.
  static let refused: [String: String] = [
    "doc": "Gongwen writes .docx (Word 2007 and later), not .doc", "wps": "use .docx, which WPS opens",
    "txt": "a document is .docx, .odt or .pdf", "rtf": "use .docx", "html": "use .pdf or .docx", "htm": "use .pdf or .docx",
    "md": "use .docx", "xls": "a document is .docx, .odt or .pdf", "xlsx": "a document is .docx, .odt or .pdf",
    "csv": "a document is .docx, .odt or .pdf", "json": "a document is .docx, .odt or .pdf",
    "yaml": "a document is .docx, .odt or .pdf", "yml": "a document is .docx, .odt or .pdf",
    "pptx": "a document is .docx, .odt or .pdf", "ppt": "a document is .docx, .odt or .pdf",
    "et": "a document is .docx, .odt or .pdf", "dps": "a document is .docx, .odt or .pdf",
    "ofd": "use .pdf", "zip": "use batch --zip for an archive of documents",
    "png": "use .pdf", "jpg": "use .pdf",
  ]

  /// Throws a usage error when `name` ends in an extension Gongwen does not write. `option` names the
  /// option in the message.
  static func validate(_ name: String, option: String) throws {
    let last = name.split(separator: "/").last.map(String.init) ?? name
    guard let dot = last.lastIndex(of: "."), !last[dot...].contains("}") else { return }
    let ext = last[last.index(after: dot)...].lowercased()
    if let advice = refused[ext] {
      throw ValidationError(HelpText.refusedExtension(option: option, name: name, ext: ext, advice: advice))
    }
  }
}
