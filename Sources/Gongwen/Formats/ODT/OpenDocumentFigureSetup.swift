/// What OpenDocument figures need from the template, read once at compile time: the narrowest text
/// width of the master pages' page layouts, the manifest and the entry names taken.
struct OpenDocumentFigureSetup: Sendable {
  let baseDirectory: String?
  /// Further folders to look for relative image paths in (``TemplateOptions/morePictureDirectories``).
  var moreDirectories: [String] = []
  let entryNames: Set<String>
  let textWidth: EMU
  /// Per part, the text width of table cells by paragraph number.
  let cellWidths: [String: [Int: EMU]]
  let manifest: [UInt8]?

  /// The text width where paragraph `paragraph` of `part` stands: the page's, or its cell's when narrower.
  func textWidth(part: String, paragraph: Int) -> EMU {
    cellWidths[part]?[paragraph].map { min($0, textWidth) } ?? textWidth
  }

  static let foNS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

  /// Reads what figures need, or nothing when no part holds an image tag.
  static func read(_ package: TemplatePackage, parts: [CompiledPart]) throws -> OpenDocumentFigureSetup {
    guard FigureTags.present(in: parts) else {
      return OpenDocumentFigureSetup(baseDirectory: nil, entryNames: [], textWidth: WordFigureSetup.fallbackWidth,
                                     cellWidths: [:], manifest: nil)
    }
    var cellWidths: [String: [Int: EMU]] = [:]
    for part in parts where FigureTags.present(in: [part]) {
      if let root = try package.xml(part.name)?.root { cellWidths[part.name] = OpenDocumentCellWidths.widths(in: root) }
    }
    return OpenDocumentFigureSetup(baseDirectory: package.options.baseDirectory, moreDirectories: package.options.morePictureDirectories,
                                   entryNames: Set(package.archive.entries.map(\.name)),
                                   textWidth: try textWidth(package), cellWidths: cellWidths,
                                   manifest: try package.archive.read(named: "META-INF/manifest.xml"))
  }

  /// The narrowest page width less side margins among the page layouts master pages use.
  private static func textWidth(_ package: TemplatePackage) throws -> EMU {
    guard let document = try package.xml("styles.xml"), let root = document.root else { return WordFigureSetup.fallbackWidth }
    let styleName = XMLName(ODF.styleNS, "name"), layoutName = XMLName(ODF.styleNS, "page-layout-name")
    var layouts: [String: EMU] = [:]
    var used: [String] = []
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(XMLName(ODF.styleNS, "page-layout")), let name = node.attribute(styleName),
        let properties = node.child(XMLName(ODF.styleNS, "page-layout-properties"))
      {
        func length(_ attribute: String) -> EMU? {
          properties.attribute(XMLName(foNS, attribute)).flatMap { try? EMU.parse(.string($0), field: attribute) }
        }
        if let page = length("page-width") {
          let text = page.value - (length("margin-left")?.value ?? 0) - (length("margin-right")?.value ?? 0)
          if text > 0 { layouts[name] = EMU(text) }
        }
      }
      if node.is(XMLName(ODF.styleNS, "master-page")), let layout = node.attribute(layoutName) { used.append(layout) }
      return true
    }
    return used.compactMap { layouts[$0] }.min() ?? layouts.values.min() ?? WordFigureSetup.fallbackWidth
  }
}
