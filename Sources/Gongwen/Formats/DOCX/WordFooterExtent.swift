/// Where a Word section's body ends above its footer. Word lays the footer out upward from
/// `w:pgMar w:footer` (the page's bottom edge to the footer's bottom): when the footer's paragraphs
/// (space before, lines, space after) reach above the bottom margin, the body ends on top of them.
/// A 信函 uses this: a low bottom margin for its first page, whose footer is empty, and footers on the
/// other pages tall enough to keep the 225 mm type area there.
struct WordFooterExtent {
  let styles: WordStyleSheet

  /// The bottom of the body from the paper's bottom edge in millimetres: the bottom margin, or the
  /// footer's top where it stands higher.
  func bodyBottom(section: XMLNode, footer: XMLNode?) -> Double? {
    func mm(_ name: String) -> Double? {
      section.child(W.name("pgMar"))?.attribute(W.name(name)).flatMap(Double.init).map { abs($0) / 1440 * 25.4 }
    }
    guard let margin = mm("bottom") else { return nil }
    guard let footer, let distance = mm("footer") else { return margin }
    return max(margin, distance + height(of: footer))
  }

  /// The footer's paragraphs' height in millimetres: spacing and lines (an exact line height, or
  /// 1.3 × the paragraph's size).
  func height(of footer: XMLNode) -> Double {
    var points = 0.0
    for paragraph in footer.elementChildren where paragraph.is(W.p) {
      func twips(_ name: String) -> Double {
        styles.paragraphProperty(paragraph) { $0.child(W.name("spacing"))?.attribute(W.name(name)).flatMap(Double.init) } ?? 0
      }
      let line: Double
      if case .exact(let exact)? = styles.lineSpacing(paragraph) { line = exact } else { line = 1.3 * (styles.paragraphSize(paragraph) ?? 10.5) }
      points += (twips("before") + twips("after")) / 20 + line
    }
    return points / 72 * 25.4
  }
}

extension WordFooterExtent {
  /// Where the body of a template's pages ends, in twips from the paper's bottom edge: the last
  /// section's bottom margin or its default footer's top, whichever stands higher (a landscape page
  /// turns this, not a 信函's lower first-page margin). Nil without a last section.
  static func typeAreaBottom(of mainPart: String, relationships: [Relationship], in package: TemplatePackage) throws -> Int? {
    guard let section = try package.xml(mainPart)?.root?.child(W.name("body"))?.child(W.name("sectPr")) else { return nil }
    func part(_ target: String?) throws -> XMLNode? { try target.flatMap { try package.xml($0)?.root } }
    let styles = WordStyleSheet(root: try part(relationships.first { $0.shortType == "styles" && !$0.isExternal }?.target))
    let reference = section.elementChildren.first { $0.is(W.name("footerReference")) && $0.attribute(W.name("type")) == "default" }
    let id = reference?.attribute(XMLName(W.relationshipsNS, "id"))
    let footer = try part(relationships.first { $0.id == id && !$0.isExternal }?.target)
    return WordFooterExtent(styles: styles).bodyBottom(section: section, footer: footer).map { Int(($0 / 25.4 * 1440).rounded()) }
  }
}
