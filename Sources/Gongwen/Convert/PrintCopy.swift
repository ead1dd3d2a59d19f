/// The copy of a document that LibreOffice lays out for a PDF, prepared in one pass over its parts:
/// hanging punctuation turned off (`HangingPunctuation`), Word's automatic CJK spacing read
/// (`WordAutospace`) and the official faces it asks for found (`FontRole`), each part parsed once.
/// The document a user keeps is never changed.
struct PrintCopy {
  /// The bytes to hand to LibreOffice: the document's own when nothing needed changing or a part
  /// could not be read.
  let bytes: [UInt8]
  /// True when a Word document turns the automatic space between Chinese and Latin text or digits off.
  let autospaceOff: Bool
  /// The official faces the document declares (Word's font table, ODF's font faces), for checking the
  /// PDF's embedded faces against (`FontFallbackCheck`).
  let roles: [FontRole]

  init(of document: [UInt8], format: DocumentFormat) {
    guard let archive = try? ZipArchive(bytes: document, name: "document") else {
      (bytes, autospaceOff, roles) = (document, false, [])
      return
    }
    var replaced: [String: [UInt8]] = [:]
    var autospaceOff = false
    var fontNames = Set<String>()
    let edited = format == .docx ? ["word/styles.xml", "word/document.xml"] : ["styles.xml", "content.xml"]
    for part in edited + (format == .docx ? ["word/fontTable.xml"] : []) {
      guard let original = try? archive.read(named: part), let xml = try? XMLDocument(parsing: original, part: part),
        let root = xml.root
      else { continue }
      if part == "word/styles.xml" { autospaceOff = WordAutospace.isOff(styles: root) }
      fontNames.formUnion(FontRole.declaredNames(in: root, part: part, format: format))
      if edited.contains(part), HangingPunctuation.remove(in: root, part: part, format: format) {
        replaced[part] = XMLSerializer.bytes(of: xml)
      }
    }
    self.autospaceOff = autospaceOff
    roles = FontRole.roles(named: fontNames)
    guard !replaced.isEmpty,
      let rebuilt = try? PackageAssembly.assemble(archive, replacing: replaced, adding: [], compression: { _ in .deflate })
    else {
      bytes = document
      return
    }
    bytes = rebuilt
  }
}
