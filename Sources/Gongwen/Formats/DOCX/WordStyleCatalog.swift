/// The styles a Word template defines, as structured content needs them: which paragraph, character
/// and table styles exist, and the East Asian font each resolves to (through `w:basedOn`).
struct WordStyleCatalog: Sendable {
  private(set) var paragraphStyles: Set<String> = []
  private(set) var characterStyles: Set<String> = []
  private(set) var tableStyles: Set<String> = []
  /// styleId → East Asian font, resolved through `w:basedOn` and the document defaults.
  private(set) var fonts: [String: String] = [:]

  /// Reads the styles part of the main document, when it has one.
  init(package: TemplatePackage, mainPart: String) throws {
    let relationships = try Relationships.read(for: mainPart, in: package)
    guard let target = relationships.first(where: { $0.shortType == "styles" && !$0.isExternal })?.target,
      let document = try package.xml(target), let root = document.root
    else { return }
    var defaultFont: String?
    if let defaults = root.child(W.name("docDefaults"))?.child(W.name("rPrDefault"))?.child(W.rPr) {
      defaultFont = defaults.child(W.name("rFonts"))?.attribute(W.name("eastAsia"))
    }
    var own: [String: (font: String?, basedOn: String?)] = [:]
    for style in root.elementChildren where style.is(W.name("style")) {
      guard let id = style.attribute(W.name("styleId")) else { continue }
      switch style.attribute(W.name("type")) {
      case "paragraph": paragraphStyles.insert(id)
      case "character": characterStyles.insert(id)
      case "table": tableStyles.insert(id)
      default: continue
      }
      own[id] = (style.child(W.rPr)?.child(W.name("rFonts"))?.attribute(W.name("eastAsia")),
                 style.child(W.name("basedOn"))?.attribute(W.val))
    }
    for id in own.keys {
      var current: String? = id
      var seen = Set<String>()
      while let style = current, seen.insert(style).inserted, let entry = own[style] {
        if let font = entry.font { fonts[id] = font; break }
        current = entry.basedOn
      }
      if fonts[id] == nil, let defaultFont { fonts[id] = defaultFont }
    }
  }

  init() {}
}
