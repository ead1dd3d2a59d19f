import Foundation
@testable import Gongwen

/// Reads rendered packages back for the assertions, through the package's archive and XML layers (internal,
/// hence `@testable`: only the assertions use them; `LibraryUsage` does not).
enum DocumentText {
  /// The text of each paragraph of `word/document.xml`.
  static func paragraphs(_ bytes: [UInt8]) throws -> [String] {
    let archive = try ZipArchive(bytes: bytes, name: "rendered.docx")
    guard let part = try archive.read(named: "word/document.xml") else { return [] }
    let document = try XMLDocument(parsing: part, part: "word/document.xml")
    var texts: [String] = []
    document.root?.walk { node in
      guard node.isElement else { return false }
      if node.is(W.p) { texts.append(node.text) }
      return true
    }
    return texts
  }
}

/// The bytes of a file.
func fileBytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
