/// Effective formatting in a Word document: direct properties, then the character style, the
/// paragraph style (through `w:basedOn`) and the document defaults, as Word resolves them.
struct WordStyleSheet {
  private struct Style {
    var basedOn: String?
    var rPr: XMLNode?
    var pPr: XMLNode?
  }

  private var styles: [String: Style] = [:]
  private var defaultRPr: XMLNode?
  private var defaultPPr: XMLNode?
  private(set) var defaultParagraphStyle: String?
  /// East Asian theme fonts: `minorEastAsia` / `majorEastAsia` → typeface.
  var themeFonts: [String: String] = [:]

  init(root: XMLNode?) {
    guard let root else { return }
    let defaults = root.child(W.name("docDefaults"))
    defaultRPr = defaults?.child(W.name("rPrDefault"))?.child(W.rPr)
    defaultPPr = defaults?.child(W.name("pPrDefault"))?.child(W.pPr)
    for style in root.elementChildren where style.is(W.name("style")) {
      guard let id = style.attribute(W.name("styleId")) else { continue }
      styles[id] = Style(basedOn: style.child(W.name("basedOn"))?.attribute(W.val), rPr: style.child(W.rPr), pPr: style.child(W.pPr))
      if style.attribute(W.name("type")) == "paragraph", ["1", "true", "on"].contains(style.attribute(W.name("default")) ?? "") {
        defaultParagraphStyle = id
      }
    }
  }

  /// Reads the East Asian faces of a theme part's major and minor fonts (`a:ea`, or the `Hans` script font).
  mutating func readThemeFonts(_ theme: XMLNode?) {
    let drawingNS = "http://schemas.openxmlformats.org/drawingml/2006/main"
    theme?.walk { node in
      guard node.isElement else { return false }
      guard node.namespaceURI == drawingNS, node.localName == "majorFont" || node.localName == "minorFont" else { return true }
      let key = (node.localName == "majorFont" ? "major" : "minor") + "EastAsia"
      let ea = node.child(XMLName(drawingNS, "ea"))?.attribute(XMLName("", "typeface")).flatMap { $0.isEmpty ? nil : $0 }
      let hans = node.elementChildren.first { $0.localName == "font" && $0.attribute(XMLName("", "script")) == "Hans" }?
        .attribute(XMLName("", "typeface"))
      if let face = ea ?? hans { themeFonts[key] = face }
      return false
    }
  }

  /// The chain of a style and the styles it is based on, nearest first.
  private func chain(_ id: String?) -> [Style] {
    var result: [Style] = []
    var seen = Set<String>()
    var current = id
    while let name = current, seen.insert(name).inserted, let style = styles[name] {
      result.append(style)
      current = style.basedOn
    }
    return result
  }

  /// The paragraph style of a paragraph (its `w:pStyle`, or the default paragraph style).
  func paragraphStyle(of paragraph: XMLNode) -> String? {
    paragraph.child(W.pPr)?.child(W.name("pStyle"))?.attribute(W.val) ?? defaultParagraphStyle
  }

  /// The first value `read` finds in a run's properties, its character style, its paragraph's
  /// style and the defaults.
  func runProperty<T>(_ run: XMLNode, paragraph: XMLNode, _ read: (XMLNode) -> T?) -> T? {
    let rPr = run.child(W.rPr)
    var sources: [XMLNode?] = [rPr]
    sources += chain(rPr?.child(W.name("rStyle"))?.attribute(W.val)).map(\.rPr)
    sources += chain(paragraphStyle(of: paragraph)).map(\.rPr)
    sources.append(defaultRPr)
    for case let source? in sources {
      if let value = read(source) { return value }
    }
    return nil
  }

  /// The first value `read` finds in a paragraph's properties, its style chain and the defaults.
  func paragraphProperty<T>(_ paragraph: XMLNode, _ read: (XMLNode) -> T?) -> T? {
    var sources: [XMLNode?] = [paragraph.child(W.pPr)]
    sources += chain(paragraphStyle(of: paragraph)).map(\.pPr)
    sources.append(defaultPPr)
    for case let source? in sources {
      if let value = read(source) { return value }
    }
    return nil
  }

  /// A run's East Asian font by name, or the theme's font slot (`minorEastAsia`) when the theme names
  /// no face for it.
  func eastAsianFont(_ run: XMLNode, paragraph: XMLNode) -> (name: String?, themeSlot: String?) {
    let found = runProperty(run, paragraph: paragraph) { rPr -> (name: String?, themeSlot: String?)? in
      guard let fonts = rPr.child(W.name("rFonts")) else { return nil }
      if let name = fonts.attribute(W.name("eastAsia")) { return (name, nil) }
      guard let slot = fonts.attribute(W.name("eastAsiaTheme")) else { return nil }
      if let face = themeFonts[slot] { return (face, nil) }
      return (nil, slot)
    }
    return found ?? (nil, nil)
  }

  /// A run's size in points (`w:sz` is in half-points).
  func size(_ run: XMLNode, paragraph: XMLNode) -> Double? {
    runProperty(run, paragraph: paragraph) { rPr in rPr.child(W.name("sz"))?.attribute(W.val).flatMap(Double.init).map { $0 / 2 } }
  }

  /// The size in points of a paragraph without runs (an empty line): its mark's, its style's or the default.
  func paragraphSize(_ paragraph: XMLNode) -> Double? {
    var sources: [XMLNode?] = [paragraph.child(W.pPr)?.child(W.rPr)]
    sources += chain(paragraphStyle(of: paragraph)).map(\.rPr)
    sources.append(defaultRPr)
    for case let source? in sources {
      if let size = source.child(W.name("sz"))?.attribute(W.val).flatMap(Double.init) { return size / 2 }
    }
    return nil
  }

  /// A run's letter spacing in points (`w:spacing w:val` in twips).
  func letterSpacing(_ run: XMLNode, paragraph: XMLNode) -> Double? {
    runProperty(run, paragraph: paragraph) { rPr in rPr.child(W.name("spacing"))?.attribute(W.val).flatMap(Double.init).map { $0 / 20 } }
  }

  /// A run's colour (`w:color`), nil when automatic.
  func color(_ run: XMLNode, paragraph: XMLNode) -> String? {
    let value = runProperty(run, paragraph: paragraph) { $0.child(W.name("color"))?.attribute(W.val) }
    return value.flatMap { $0 == "auto" ? nil : $0.uppercased() }
  }

  /// The colour of a paragraph's bottom border, nil without one.
  func bottomBorderColor(_ paragraph: XMLNode) -> String? {
    let border = paragraphProperty(paragraph) { $0.child(W.name("pBdr"))?.child(W.name("bottom")) }
    guard let border, !["nil", "none"].contains(border.attribute(W.val) ?? "none") else { return nil }
    let color = border.attribute(W.name("color")) ?? "auto"
    return color == "auto" ? "000000" : color.uppercased()
  }

  /// The `w:ind` that sets the given attributes, nearest first (direct formatting, styles, defaults).
  private func indent(_ paragraph: XMLNode, _ names: [String]) -> XMLNode? {
    paragraphProperty(paragraph) { pPr -> XMLNode? in
      guard let ind = pPr.child(W.name("ind")), names.contains(where: { ind.attribute(W.name($0)) != nil }) else { return nil }
      return ind
    }
  }

  /// The first line's indent in points, negative when hanging. The `…Chars` attributes (hundredths of
  /// a character) win over the twip ones, as in Word.
  func firstLineIndent(_ paragraph: XMLNode, characterSize: Double) -> Double {
    guard let ind = indent(paragraph, ["firstLine", "firstLineChars", "hanging", "hangingChars"]) else { return 0 }
    func value(_ name: String) -> Double? { ind.attribute(W.name(name)).flatMap(Double.init) }
    if let chars = value("hangingChars"), chars != 0 { return -chars / 100 * characterSize }
    if let hanging = value("hanging"), hanging != 0 { return -hanging / 20 }
    if let chars = value("firstLineChars"), chars != 0 { return chars / 100 * characterSize }
    return (value("firstLine") ?? 0) / 20
  }

  /// The left indent in points (`w:left` or `w:start`, or their `…Chars`).
  func leftIndent(_ paragraph: XMLNode, characterSize: Double) -> Double {
    guard let ind = indent(paragraph, ["left", "start", "leftChars", "startChars"]) else { return 0 }
    func value(_ name: String) -> Double? { ind.attribute(W.name(name)).flatMap(Double.init) }
    if let chars = value("leftChars") ?? value("startChars"), chars != 0 { return chars / 100 * characterSize }
    return (value("left") ?? value("start") ?? 0) / 20
  }

  /// A paragraph's alignment: `left`, `right`, `center` or `justify`.
  func alignment(_ paragraph: XMLNode) -> String {
    let value = paragraphProperty(paragraph) { $0.child(W.name("jc"))?.attribute(W.val) } ?? "left"
    switch value {
    case "right", "end": return "right"
    case "center": return "center"
    case "both", "distribute": return "justify"
    default: return "left"
    }
  }

  /// A paragraph's line spacing.
  func lineSpacing(_ paragraph: XMLNode) -> DocumentLayout.LineSpacing? {
    paragraphProperty(paragraph) { pPr -> DocumentLayout.LineSpacing? in
      guard let spacing = pPr.child(W.name("spacing")), let line = spacing.attribute(W.name("line")).flatMap(Double.init) else { return nil }
      switch spacing.attribute(W.name("lineRule")) ?? "auto" {
      case "exact": return .exact(line / 20)
      case "atLeast": return .atLeast(line / 20)
      default: return .lines(line / 240)
      }
    }
  }
}
