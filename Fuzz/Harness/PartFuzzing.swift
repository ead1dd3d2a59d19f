import Gongwen
import GongwenTemplate

/// Runs one fuzz input as a Word `document.xml`: packaged with a numbering part, compiled, rendered
/// with `FuzzData`, and the output opened again, which must succeed whenever rendering did (every
/// part well-formed). Errors are expected outcomes; a crash, a hang, a sanitizer report or a rendered
/// package that does not open is a bug.
public enum PartFuzzing {
  /// What one input came to, for tests that replay the corpus.
  public struct Outcome: Sendable, Equatable {
    /// The stable id of the error that refused the template or its rendering, if any.
    public var errorID: String?
    /// True when the template compiled and rendered.
    public var rendered = false
    /// When it rendered: the id of the error raised opening the output again, if any.
    public var reopenErrorID: String?
  }

  @discardableResult
  public static func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    let outcome = run(document: Array(bytes))
    if outcome.rendered, let problem = outcome.reopenErrorID {
      fatalError("the rendered package does not open again: \(problem)")
    }
    return outcome
  }

  public static func run(document: [UInt8]) -> Outcome {
    var outcome = Outcome()
    do {
      let template = try Template(bytes: try package(document: document), name: "fuzz.docx")
      let output = try template.render(FuzzData.value, options: RenderOptions(allowMissing: true))
      outcome.rendered = true
      do {
        _ = try Template(bytes: output, name: "rendered.docx")
      } catch is TemplateErrors {
        // Values may print text that reads as tags; the output is still a sound package.
      } catch {
        outcome.reopenErrorID = Diagnostics.from(error).first?.id ?? "error"
      }
    } catch {
      outcome.errorID = Diagnostics.from(error).first?.id ?? "error"
    }
    return outcome
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
  static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
  static let wordprocessingML = "application/vnd.openxmlformats-officedocument.wordprocessingml."

  static let fixedParts: [(String, String)] = [
    ("[Content_Types].xml", declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordprocessingML)document.main+xml\"/>"
      + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(wordprocessingML)numbering+xml\"/></Types>"),
    ("_rels/.rels", declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
    ("word/_rels/document.xml.rels", declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rIdNumbering\" Type=\"\(officeRelationships)numbering\" Target=\"numbering.xml\"/></Relationships>"),
    ("word/numbering.xml", declaration
      + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      + "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "</w:numbering>"),
  ]

  /// A Word package around `document`.
  static func package(document: [UInt8]) throws -> [UInt8] {
    let writer = try ZipWriter(name: "fuzz.docx")
    for (name, text) in fixedParts.prefix(3) { try writer.add(name: name, bytes: Array(text.utf8)) }
    try writer.add(name: "word/document.xml", bytes: document)
    for (name, text) in fixedParts.dropFirst(3) { try writer.add(name: name, bytes: Array(text.utf8)) }
    return try writer.finish()
  }
}
