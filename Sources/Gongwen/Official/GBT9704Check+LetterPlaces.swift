import GongwenTemplate

/// Where the 信函格式 (GB/T 9704-2012 10.1) puts its red double lines and the first page's text, from
/// the document's properties:
///
/// - `letter_lines`: the first double line's top 4 mm below the 标志's characters (their em box: the
///   text's top, as `issuer_position` computes it, plus its size), the second double line's bottom
///   20 mm above the page's bottom edge, ±1 mm;
/// - `margin_bottom` (the first page's): the first page's last possible line, 7/8 of a 3号
///   character's height (14 pt, 4.94 mm) above the second double line, ±1 mm. Its lines follow the
///   exact 28.95 pt grid from the title's line down (the title, 主送 and body on the grid, the space
///   after the title counted); the text's box ends at its line's bottom, as for the 版头. The first
///   page may end lower than the others for it, so the 35 mm bottom margin is not asked of it. On paper
///   with a printed letterhead (no lines drawn, a first page of its own ending between 20 and 34 mm
///   above the bottom edge) the second double line is taken where the standard and the templates put
///   it: 1.95 mm thick, its bottom 20 mm above the bottom edge.
extension GBT9704Check {
  /// The 信函's double lines: thin filled rectangles over 100 mm long, the upper ones above the
  /// page's middle.
  static func letterLines(_ layout: DocumentLayout) -> (upper: [DocumentLayout.Rule], lower: [DocumentLayout.Rule]) {
    let lines = layout.rules.filter { $0.height < 2 && $0.width > 100 }
    let middle = (layout.pages.first?.height ?? 297) / 2
    return (lines.filter { $0.top < middle }, lines.filter { $0.top >= middle })
  }

  /// The 信函's 标志: the text's top from the page's top in millimetres and its size in points.
  static func letterIssuer(_ layout: DocumentLayout) -> (top: Double, size: Double)? {
    for box in layout.textBoxes {
      guard let pageTop = box.pageTop,
        let issuer = box.paragraphs.first(where: { $0.runs.contains { $0.color == "FF0000" || ($0.size ?? 0) >= 26 } }),
        !issuer.text.contains("{{"), box.paragraphs.first?.index == issuer.index
      else { continue }
      let size = issuer.runs.compactMap(\.size).max() ?? 16
      let height = lineHeight(issuer, size: size, layout: layout)
      return (pageTop + (issuer.spaceBefore + max(0, height - 1.2 * size)) / pointsPerMillimetre, size)
    }
    return nil
  }

  static func checkLetterPlaces(_ layout: DocumentLayout) -> [FormatDeviation] {
    let (upper, lower) = letterLines(layout)
    var found: [FormatDeviation] = []
    func off(_ value: Double, _ target: Double) -> Bool { abs(value - target) > positionTolerance + 0.05 }
    if let issuer = letterIssuer(layout), let top = upper.map(\.top).min() {
      let gap = top - (issuer.top + issuer.size / pointsPerMillimetre)
      if off(gap, 4) {
        found.append(FormatDeviation(id: "letter_lines", place: Phrase(FormatPlacePhrase.letterLine, texts: ["x": format(top)]),
                                     expectation: Phrase(FormatHeadPhrase.letterUpperLine), finding: millimetres(gap)))
      }
    }
    let pageHeight = layout.pages.first?.height ?? 297
    guard let lowerTop = lower.map(\.top).min(), let lowerBottom = lower.map({ $0.top + $0.height }).max() else {
      // paper with a printed letterhead: its second double line (1.95 mm, as the templates draw it)
      // where the standard puts it
      guard preprintedLetter(layout), let gap = firstPageGap(layout, lowerLineTop: pageHeight - 20 - 1.95), off(gap, 14 / pointsPerMillimetre)
      else { return found }
      return found + [firstPageDeviation(layout, gap)]
    }
    // a misplaced line is the one thing wrong: the text is not measured against it
    guard !off(pageHeight - lowerBottom, 20) else {
      found.append(FormatDeviation(id: "letter_lines", place: Phrase(FormatPlacePhrase.letterLine, texts: ["x": format(lowerTop)]),
                                   expectation: Phrase(FormatHeadPhrase.letterLowerLine), finding: millimetres(pageHeight - lowerBottom)))
      return found
    }
    if let gap = firstPageGap(layout, lowerLineTop: lowerTop), off(gap, 14 / pointsPerMillimetre) {
      found.append(firstPageDeviation(layout, gap))
    }
    return found
  }

  private static func firstPageDeviation(_ layout: DocumentLayout, _ gap: Double) -> FormatDeviation {
    let page = layout.pages.first { $0.isFirstPage } ?? layout.pages.first
    return FormatDeviation(id: "margin_bottom", place: page.map(place) ?? Phrase(FormatPlacePhrase.page),
                           expectation: Phrase(FormatHeadPhrase.letterFirstPageGap), finding: millimetres(gap))
  }

  /// A 信函 on paper with a printed letterhead: no double lines drawn, a first page of its own whose
  /// text ends between the second double line's place (20 mm above the bottom edge) and the usual
  /// 35 mm bottom margin.
  static func preprintedLetter(_ layout: DocumentLayout) -> Bool {
    guard letterLines(layout).lower.isEmpty, let bottom = layout.pages.first(where: { $0.isFirstPage })?.bottom else { return false }
    return bottom > 20 && bottom < 35 - positionTolerance - 0.05
  }

  /// From the first page's last possible line's text to the second double line, in millimetres; nil
  /// where the lines cannot be known from the properties (a template whose 版头 holds tags).
  static func firstPageGap(_ layout: DocumentLayout, lowerLineTop: Double) -> Double? {
    guard let page = layout.pages.first(where: { $0.isFirstPage }) ?? layout.pages.first,
      let height = page.height, let top = page.top, let bottom = page.bottom,
      let boxes = headBoxes(layout), let title = layout.paragraphs.first(where: { $0.isTitle }), let titleBox = boxes[title.index]
    else { return nil }
    let perMM = pointsPerMillimetre
    // the title's last line ends on the grid as its first does; the next lines follow its space after
    let gridStart = titleBox.bottom + title.spaceAfter
    let room = (height - bottom - top) * perMM - gridStart
    guard room >= 0 else { return nil }
    let lastLine = gridStart + (room / gridLine).rounded(.down) * gridLine
    return lowerLineTop - (top + lastLine / perMM)
  }
}
