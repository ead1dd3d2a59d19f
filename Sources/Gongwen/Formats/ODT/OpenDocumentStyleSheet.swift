import Foundation

/// Effective formatting in an OpenDocument text: a span's text style, the paragraph's style chain
/// (`style:parent-style-name`) and the default paragraph style, with font names resolved through
/// the font-face declarations.
struct OpenDocumentStyleSheet {
  static let foNS = OpenDocumentBlockStyles.foNS
  static let svgNS = ODF.svgNS

  private var styles: [String: XMLNode] = [:]
  private var defaultParagraph: XMLNode?
  private var fontFamilies: [String: String] = [:]

  /// Adds the styles and font faces of a part's root (`styles.xml` first, then `content.xml`).
  mutating func add(_ root: XMLNode?) {
    guard let root else { return }
    for container in root.elementChildren where container.namespaceURI == ODF.officeNS {
      switch container.localName {
      case "styles", "automatic-styles":
        for style in container.elementChildren where style.namespaceURI == ODF.styleNS {
          if style.localName == "default-style", style.attribute(XMLName(ODF.styleNS, "family")) == "paragraph" {
            defaultParagraph = style
          } else if let name = style.attribute(XMLName(ODF.styleNS, "name")) {
            let family = style.localName == "style" ? style.attribute(XMLName(ODF.styleNS, "family")) ?? "" : style.localName
            styles[family + "|" + name] = style
          }
        }
      case "font-face-decls":
        for face in container.elementChildren {
          if let name = face.attribute(XMLName(ODF.styleNS, "name")), let family = face.attribute(XMLName(Self.svgNS, "font-family")) {
            fontFamilies[name] = family.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
          }
        }
      default: continue
      }
    }
  }

  func style(_ family: String, _ name: String) -> XMLNode? { styles[family + "|" + name] }

  private func chain(_ family: String, _ name: String?) -> [XMLNode] {
    var result: [XMLNode] = []
    var seen = Set<String>()
    var current = name
    while let next = current, seen.insert(next).inserted, let style = style(family, next) {
      result.append(style)
      current = style.attribute(XMLName(ODF.styleNS, "parent-style-name"))
    }
    return result
  }

  /// The property elements (`style:text-properties` …) a text span and its paragraph see, nearest first.
  private func sources(_ properties: String, paragraphStyle: String?, textStyles: [String]) -> [XMLNode] {
    var styles: [XMLNode] = []
    for name in textStyles.reversed() { styles += chain("text", name) }
    styles += chain("paragraph", paragraphStyle)
    if let defaultParagraph { styles.append(defaultParagraph) }
    return styles.compactMap { $0.child(XMLName(ODF.styleNS, properties)) }
  }

  func font(paragraphStyle: String?, textStyles: [String]) -> String? {
    for properties in sources("text-properties", paragraphStyle: paragraphStyle, textStyles: textStyles) {
      if let name = properties.attribute(XMLName(ODF.styleNS, "font-name-asian")) { return fontFamilies[name] ?? name }
      if let family = properties.attribute(XMLName(ODF.styleNS, "font-family-asian")) {
        return family.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
      }
    }
    return nil
  }

  func size(paragraphStyle: String?, textStyles: [String]) -> Double? {
    for properties in sources("text-properties", paragraphStyle: paragraphStyle, textStyles: textStyles) {
      for attribute in [XMLName(ODF.styleNS, "font-size-asian"), XMLName(Self.foNS, "font-size")] {
        if let value = properties.attribute(attribute), let points = Self.points(value) { return points }
      }
    }
    return nil
  }

  func letterSpacing(paragraphStyle: String?, textStyles: [String]) -> Double? {
    for properties in sources("text-properties", paragraphStyle: paragraphStyle, textStyles: textStyles) {
      if let value = properties.attribute(XMLName(Self.foNS, "letter-spacing")) { return Self.points(value) ?? 0 }
    }
    return nil
  }

  /// The text colour (`fo:color`), upper-case hex without `#`.
  func color(paragraphStyle: String?, textStyles: [String]) -> String? {
    for properties in sources("text-properties", paragraphStyle: paragraphStyle, textStyles: textStyles) {
      if let value = properties.attribute(XMLName(Self.foNS, "color")) { return value.replacingOccurrences(of: "#", with: "").uppercased() }
    }
    return nil
  }

  /// The colour of a paragraph's bottom border (`fo:border-bottom` or `fo:border`), nil without one.
  func bottomBorderColor(paragraphStyle: String?) -> String? {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      guard let value = properties.attribute(XMLName(Self.foNS, "border-bottom")) ?? properties.attribute(XMLName(Self.foNS, "border"))
      else { continue }
      guard value != "none", let hash = value.firstIndex(of: "#") else { return nil }
      return String(value[value.index(after: hash)...].prefix(6)).uppercased()
    }
    return nil
  }

  func lineSpacing(paragraphStyle: String?) -> DocumentLayout.LineSpacing? {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      if let value = properties.attribute(XMLName(Self.foNS, "line-height")) {
        if let points = Self.points(value) { return .exact(points) }
        return .proportional(value)
      }
      if let value = properties.attribute(XMLName(ODF.styleNS, "line-height-at-least")) { return .atLeastLength(value) }
    }
    return nil
  }

  /// A paragraph-properties attribute as the nearest style sets it.
  func paragraphAttribute(_ name: XMLName, paragraphStyle: String?) -> String? {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      if let value = properties.attribute(name) { return value }
    }
    return nil
  }

  /// The tab stops' positions in points from the paragraph's left margin, as the nearest style that
  /// sets `style:tab-stops` has them; nil where none does.
  func tabStops(paragraphStyle: String?) -> [Double]? {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      guard let stops = properties.child(XMLName(ODF.styleNS, "tab-stops")) else { continue }
      return stops.elementChildren.compactMap { $0.attribute(XMLName(ODF.styleNS, "position")).flatMap(Self.points) }
    }
    return nil
  }

  /// A graphic style's (and its parents') `style:graphic-properties` attribute.
  func graphicAttribute(_ name: XMLName, graphicStyle: String?) -> String? {
    for style in chain("graphic", graphicStyle) {
      if let value = style.child(XMLName(ODF.styleNS, "graphic-properties"))?.attribute(name) { return value }
    }
    return nil
  }

  /// A paragraph-properties length in points (`fo:text-indent`, `fo:margin-left`), nearest style first; 0 when unset.
  func paragraphLength(_ name: String, paragraphStyle: String?) -> Double {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      if let value = properties.attribute(XMLName(Self.foNS, name)) { return Self.points(value) ?? 0 }
    }
    return 0
  }

  func alignment(paragraphStyle: String?) -> String {
    for properties in sources("paragraph-properties", paragraphStyle: paragraphStyle, textStyles: []) {
      switch properties.attribute(XMLName(Self.foNS, "text-align")) {
      case "end", "right": return "right"
      case "start", "left": return "left"
      case "center": return "center"
      case "justify": return "justify"
      default: continue
      }
    }
    return "left"
  }

  /// A length in points (`16pt`, `0.7cm`, `12mm`, `1in`); nil for percentages and other units.
  static func points(_ length: String) -> Double? {
    let units: [(String, Double)] = [("pt", 1), ("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pc", 12), ("px", 0.75)]
    for (unit, factor) in units where length.hasSuffix(unit) {
      return Double(length.dropLast(unit.count)).map { $0 * factor }
    }
    return nil
  }

  /// A length in millimetres.
  static func millimetres(_ length: String?) -> Double? { length.flatMap(points).map { $0 / 72 * 25.4 } }
}
