import Foundation
import GongwenTemplate

/// A compiled OpenDocument template. Its `mimetype` entry is always written first and stored.
struct OpenDocumentCompiledTemplate: CompiledFormat {
  let parts: [CompiledPart]
  let mimetype: [UInt8]
  let figures: OpenDocumentFigureSetup
  /// The template's styles, for structured content.
  var styles = OpenDocumentStyleCatalog()

  func makeState() -> DocumentRenderState { OpenDocumentRenderState(mimetype: mimetype, styles: styles, figures: figures) }
  func compression(for entry: String) -> ZipWriter.Compression { entry == "mimetype" ? .store : .deflate }

  func role(of part: String) -> String {
    switch part {
    case "content.xml": return "body"
    case "styles.xml": return "master pages (headers and footers)"
    case "meta.xml": return "document properties"
    default: return "part"
    }
  }
}

/// Per-document state of an OpenDocument render.
final class OpenDocumentRenderState: DocumentRenderState {
  private let mimetype: [UInt8]
  private let styles: OpenDocumentStyleCatalog
  private var tableCount = 0
  /// Whether structured content put a table on landscape pages.
  private var wroteLandscapeTable = false
  private let figures: OpenDocumentFigures

  init(mimetype: [UInt8], styles: OpenDocumentStyleCatalog = OpenDocumentStyleCatalog(), figures: OpenDocumentFigureSetup) {
    self.mimetype = mimetype
    self.styles = styles
    self.figures = OpenDocumentFigures(setup: figures)
  }

  /// Names unique per repetition.
  private var uniqueNames = UniqueNames()

  func hookMarkup(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope) -> [UInt8] {
    guard case .uniqueName(let original) = part.hooks[id] else { return [] }
    return uniqueNames.attributeBytes(original, part: part.name, repetitions: repetitions)
  }

  func blockMarkup(_ value: Value, site: TagSite, scope: Scope, part: CompiledPart) throws -> [UInt8] {
    if site.tag.kind == .image { return try figures.markup(value, site: site, part: part, kept: part.keepsWithNext(site, scope: scope)) }
    if site.tag.kind == .block {
      return try OpenDocumentStructuredBlocks.markup(value, site: site, styles: styles, tableCount: &tableCount,
                                                     landscape: &wroteLandscapeTable)
    }
    var error = StructuredContentKeys.problem(site.tag.expression.path.description, .blockNotSupportedOpenDocument)
    error.location = site.location
    error.tagText = site.tag.text
    throw error
  }

  /// `styles.xml` with the master page of landscape tables when one was written (`OpenDocumentLandscapePage`).
  var partsToLayOut: [String] { wroteLandscapeTable ? ["styles.xml"] : [] }

  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8] {
    guard part == "styles.xml", wroteLandscapeTable else { return bytes }
    return try OpenDocumentLandscapePage.add(to: bytes, part: part)
  }

  /// A placed signature line's own automatic style, named by the line's prefix (`placed[0]`) and
  /// `number`, with its right margin in points.
  func placedSignatureLine(_ line: SignatureLine, rightIndent: Double, number: Int) -> PlacedSignatureLine {
    guard line.placed.count == 4 else { return PlacedSignatureLine(slot: line.original) }
    let name = line.placed[0] + Array(String(number).utf8)
    let margin = Array(String(format: "%.2fpt", rightIndent).utf8)
    return PlacedSignatureLine(slot: name, definition: line.placed[1] + name + line.placed[2] + margin + line.placed[3])
  }

  /// The mimetype is rewritten so it is stored and first whatever the template had.
  func finish() throws -> [(name: String, bytes: [UInt8])] { [("mimetype", mimetype)] + (try figures.finish()) }
}
