import GongwenTemplate

/// Writes a copy of a template in which every error is a comment anchored at the failing tag: Word
/// comments in a .docx, `office:annotation`s in an .odt. Errors in parts that cannot hold comments
/// (headers, footers, document properties) are anchored at the start of the document and name their place.
public enum ErrorAnnotation {
  /// The annotated copy of the template at `template`, written atomically to `path` (never over the
  /// template or any of `protecting`).
  public static func write(template: String, errors: [TemplateError], to path: String, protecting: [String] = []) throws {
    if FileBytes.sameFile(path, template) {
      throw PackageError(.wouldOverwriteInput, file: template, detail: PackagePhrase.annotatedOverwritesTemplate.phrase())
    }
    let bytes = try annotate(try FileBytes.read(template), name: template, errors: errors)
    try AtomicFile.write(bytes, to: path, protecting: [template] + protecting)
  }

  /// The bytes of the annotated copy of the template package `bytes`, its comments in `language`.
  public static func annotate(_ bytes: [UInt8], name: String, errors: [TemplateError],
                              language: MessageLanguage = .current) throws -> [UInt8] {
    let archive = try ZipArchive(bytes: bytes, name: name)
    let package = TemplatePackage(archive: archive, file: name, options: TemplateOptions())
    let writer: AnnotationWriter
    switch try FormatDetector.detect(package) {
    case .docx: writer = try WordCommentWriter(package: package)
    case .odt: writer = try OpenDocumentAnnotationWriter(package: package)
    }
    var documents: [String: XMLDocument] = [:]
    var paragraphs: [String: [ParagraphText]] = [:]
    func paragraphsOf(_ part: String, profile: FormatProfile) throws -> [ParagraphText]? {
      if let found = paragraphs[part] { return found }
      guard let document = try package.xml(part) else { return nil }
      documents[part] = document
      let found = ParagraphText.all(in: document, profile: profile)
      paragraphs[part] = found
      return found
    }
    var notes: [(part: String, note: AnnotationNote)] = []
    for error in errors {
      let location = error.location
      // In the language of messages, as the diagnostic prints it.
      let diagnostic = error.diagnostics[0]
      let message = MessageCatalogue.word("error", in: language) + ": " + diagnostic.message(in: language)
      let hintLines = diagnostic.hintText(in: language).map { [MessageCatalogue.word("hint", in: language) + ": " + $0] } ?? []
      if let location, let profile = writer.profile(for: location.part),
        let list = try paragraphsOf(location.part, profile: profile),
        let paragraph = list.first(where: { $0.index == location.paragraph })
      {
        let range = location.offset..<(location.offset + max(1, location.length))
        notes.append((location.part, AnnotationNote(paragraph: paragraph, range: range,
                                                     lines: [message] + hintLines)))
        continue
      }
      guard let profile = writer.profile(for: writer.mainPart),
        let first = try paragraphsOf(writer.mainPart, profile: profile)?.first
      else { continue }
      var lines = [message]
      if let location { lines.append((language == .chinese ? "位置：" : "at ") + place(location, in: language)) }
      lines += hintLines
      notes.append((writer.mainPart, AnnotationNote(paragraph: first, range: nil, lines: lines)))
    }
    // Last tag first within each paragraph, so that splitting text keeps earlier offsets valid.
    notes.sort { a, b in
      a.part != b.part ? a.part < b.part
        : a.note.paragraph.index != b.note.paragraph.index ? a.note.paragraph.index < b.note.paragraph.index
        : (a.note.range?.lowerBound ?? -1) > (b.note.range?.lowerBound ?? -1)
    }
    for (part, note) in notes {
      guard let document = documents[part] else { continue }
      try writer.annotate(note, in: document)
    }
    var replaced: [String: [UInt8]] = [:]
    for part in Set(notes.map(\.part)) {
      if let document = documents[part] { replaced[part] = XMLSerializer.bytes(of: document) }
    }
    var added: [(name: String, bytes: [UInt8])] = []
    for (part, bytes) in try writer.finish() {
      if archive.entry(named: part) != nil { replaced[part] = bytes } else { added.append((part, bytes)) }
    }
    return try PackageAssembly.assemble(archive, replacing: replaced, adding: added) { $0 == "mimetype" ? .store : .deflate }
  }

  private static func place(_ location: SourceLocation, in language: MessageLanguage) -> String {
    var text = location.part
    if location.paragraph > 0 { text += " ¶\(location.paragraph)" }
    if let named = location.containerText(chinese: language == .chinese), !named.isEmpty {
      text += language == .chinese ? "（\(named)）" : " (\(named))"
    }
    if !location.paragraphText.isEmpty { text += ": " + String(location.paragraphText.prefix(60)) }
    return text
  }
}
