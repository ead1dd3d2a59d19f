/// What Word figures need from the template, read once at compile time: the text width of each
/// section, each templated part's relationships, the content types and the entry names taken.
struct WordFigureSetup: Sendable {
  /// The type area of GB/T 9704 (156 mm), used when a section does not give its page.
  static let fallbackWidth = EMU(156 * 36_000)

  /// The folder relative image paths are resolved against.
  let baseDirectory: String?
  /// Further folders to look for relative image paths in (``TemplateOptions/morePictureDirectories``).
  var moreDirectories: [String] = []
  /// Every entry name of the template.
  let entryNames: Set<String>
  /// Main document sections in order: the last paragraph number each one covers, and its text width.
  let sections: [(lastParagraph: Int, width: EMU)]
  /// The width after the last section break (the body's own `w:sectPr`).
  let finalWidth: EMU
  let mainPart: String
  /// Per part, the text width of table cells by paragraph number.
  let cellWidths: [String: [Int: EMU]]
  /// The `.rels` part of each templated part as the template has it (nil: none yet).
  let relationships: [String: [UInt8]]
  let contentTypes: [UInt8]?

  /// The text width where paragraph `paragraph` of `part` stands: its section's (in headers, footers
  /// and notes the narrowest section's), or its table cell's when narrower.
  func textWidth(part: String, paragraph: Int) -> EMU {
    let section = part == mainPart
      ? sections.first { paragraph <= $0.lastParagraph }?.width ?? finalWidth
      : sections.map(\.width).reduce(finalWidth) { min($0, $1) }
    return cellWidths[part]?[paragraph].map { min($0, section) } ?? section
  }

  /// Reads what figures need, or nothing when no part holds an image tag.
  static func read(_ package: TemplatePackage, mainPart: String, parts: [CompiledPart]) throws -> WordFigureSetup {
    guard FigureTags.present(in: parts) else {
      return WordFigureSetup(baseDirectory: nil, entryNames: [], sections: [], finalWidth: fallbackWidth,
                             mainPart: mainPart, cellWidths: [:], relationships: [:], contentTypes: nil)
    }
    var sections: [(Int, EMU)] = []
    var finalWidth = fallbackWidth
    if let document = try package.xml(mainPart), let root = document.root {
      var paragraph = 0
      root.walk { node in
        guard node.isElement else { return false }
        if node.is(W.p) {
          paragraph += 1
          if let sectPr = node.child(W.pPr)?.child(W.name("sectPr")) { sections.append((paragraph, width(of: sectPr))) }
        } else if node.is(W.name("sectPr")), node.parent?.is(W.name("body")) == true {
          finalWidth = width(of: node)
        }
        return true
      }
    }
    var cellWidths: [String: [Int: EMU]] = [:]
    for part in parts where FigureTags.present(in: [part]) {
      if let root = try package.xml(part.name)?.root { cellWidths[part.name] = WordCellWidths.widths(in: root) }
    }
    var relationships: [String: [UInt8]] = [:]
    for part in parts.map(\.name) {
      if let bytes = try package.bytes(Relationships.partName(for: part)) { relationships[part] = bytes }
    }
    return WordFigureSetup(baseDirectory: package.options.baseDirectory, moreDirectories: package.options.morePictureDirectories,
                           entryNames: Set(package.archive.entries.map(\.name)), sections: sections,
                           finalWidth: finalWidth, mainPart: mainPart, cellWidths: cellWidths, relationships: relationships,
                           contentTypes: try package.bytes("[Content_Types].xml"))
  }

  /// Page width less the left and right margins, from `w:pgSz` and `w:pgMar`.
  private static func width(of sectPr: XMLNode) -> EMU {
    func twips(_ element: XMLNode?, _ attribute: String) -> Int? {
      element?.attribute(W.name(attribute)).flatMap { Int($0) }
    }
    let size = sectPr.child(W.name("pgSz")), margins = sectPr.child(W.name("pgMar"))
    guard let page = twips(size, "w") else { return fallbackWidth }
    let left = twips(margins, "left") ?? twips(margins, "start") ?? 1440
    let right = twips(margins, "right") ?? twips(margins, "end") ?? 1440
    let text = page - left - right
    return text > 0 ? EMU(twips: text) : fallbackWidth
  }
}
