/// Completes the section breaks structured content writes around a landscape table (`w:sectPr` with
/// only `w:pgSz`, no `w:pgMar`) from the document's own last section, after the render:
///
/// - a portrait break takes the last section's properties as they are;
/// - a landscape break takes them turned a quarter: A4 across, the margins rotated so the table's
///   header lies toward the binding edge (top 28 mm, bottom 26 mm, left 35 mm, right 37 mm: the same
///   156 × 225 mm type area), and the template's landscape footers (relationships `GongwenLandscapeOdd`
///   and `GongwenLandscapeEven`: the page number at the page's side, where portrait pages have it);
/// - only the first section keeps `w:titlePg` and the page number's `w:start`, so numbering runs on.
enum WordSectionLayout {
  /// Relationship ids of the landscape footers a template may carry.
  static let oddFooter = "GongwenLandscapeOdd", evenFooter = "GongwenLandscapeEven"

  /// Completes the breaks in `body`; returns whether there were any.
  /// `typeAreaBottom` (twips) is where portrait pages end their body when a footer, not the bottom
  /// margin, sets it (a 信函's first page has a lower margin): the landscape page's left margin.
  static func complete(_ body: XMLNode, landscapeFooters: Bool, typeAreaBottom: Int? = nil) -> Bool {
    guard let last = body.elementChildren.last(where: { $0.is(W.name("sectPr")) }) else { return false }
    var sections: [XMLNode] = []
    for paragraph in body.elementChildren where paragraph.is(W.p) {
      if let section = paragraph.child(W.pPr)?.child(W.name("sectPr")) { sections.append(section) }
    }
    let breaks = sections.filter { $0.child(W.name("pgMar")) == nil && $0.child(W.name("pgSz")) != nil }
    guard !breaks.isEmpty else { return false }
    for section in breaks {
      let landscape = section.child(W.name("pgSz"))?.attribute(W.name("orient")) == "landscape"
      let first = section == sections.first
      for child in section.elementChildren { child.remove() }
      for child in last.elementChildren {
        guard let copy = child.deepCopy() else { continue }
        section.append(copy)
      }
      if landscape { turn(section, footers: landscapeFooters, typeAreaBottom: typeAreaBottom) }
      if !first || landscape { keepOnlyInFirst(section) }
    }
    keepOnlyInFirst(last)
    return true
  }

  /// The first page's own footer and the numbering's start belong to the document's first section.
  private static func keepOnlyInFirst(_ section: XMLNode) {
    section.child(W.name("titlePg"))?.remove()
    section.child(W.name("pgNumType"))?.removeAttribute(W.name("start"))
    for reference in section.elementChildren where reference.is(W.name("footerReference")) || reference.is(W.name("headerReference")) {
      if reference.attribute(W.name("type")) == "first" { reference.remove() }
    }
  }

  private static func turn(_ section: XMLNode, footers: Bool, typeAreaBottom: Int?) {
    if let size = section.child(W.name("pgSz")) {
      let width = size.attribute(W.name("w")) ?? "11906", height = size.attribute(W.name("h")) ?? "16838"
      size.setAttribute(W.name("w"), height)
      size.setAttribute(W.name("h"), width)
      size.setAttribute(W.name("orient"), "landscape")
    }
    if let margins = section.child(W.name("pgMar")) {
      // a quarter turn clockwise: the portrait left edge (binding) becomes the top
      let value = { (name: String) in margins.attribute(W.name(name)) ?? "0" }
      let (top, right, bottom) = (value("left"), value("top"), value("right"))
      let left = typeAreaBottom.map { String(max($0, Int(value("bottom")) ?? 0)) } ?? value("bottom")
      margins.setAttribute(W.name("top"), top)
      margins.setAttribute(W.name("right"), right)
      margins.setAttribute(W.name("bottom"), bottom)
      margins.setAttribute(W.name("left"), left)
      // the footer holds only the anchor of the page number's box: low enough to leave the margin whole
      margins.setAttribute(W.name("footer"), "284")
    }
    guard footers else { return }
    for reference in section.elementChildren where reference.is(W.name("footerReference")) {
      switch reference.attribute(W.name("type")) {
      case "default": reference.setAttribute(XMLName(W.relationshipsNS, "id"), oddFooter)
      case "even": reference.setAttribute(XMLName(W.relationshipsNS, "id"), evenFooter)
      default: break
      }
    }
  }
}
