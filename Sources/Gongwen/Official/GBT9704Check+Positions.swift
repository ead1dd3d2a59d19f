import GongwenTemplate

/// Positions of the 版头 (GB/T 9704-2012 7.2.4, 7.2.5, 7.2.7, 10.2), computed from the document's own
/// properties, not from a rendering: from the top of the type area each paragraph up to the title
/// takes its space before, one line (an exact line height, the document grid's pitch, or 1.3 × its
/// size for single spacing), its bottom border (distance and width) and its space after. Text sits
/// in its line as Word and LibreOffice set an exact line, the room to spare above it: the text's box
/// (as `pdftotext -bbox` gives it from LibreOffice's PDF) ends at the line's bottom and rises 1.2 ×
/// its size (a CJK face's ascent and descent). For the shipped notice this gives the 标志's top at
/// 35.3 mm (the PDF: 35.0 mm) and the red line 4.1 mm below the 发文字号 (the PDF: 3.9 mm to the line's
/// top edge). Measured this way:
///
/// - `issuer_position`: the 标志's top edge 35 mm below the type area's top (命令 20 mm), ±1 mm;
/// - `doc_number_position`: the 发文字号's line two lines (2 × 28.95 pt) below the 标志's line, ±1 mm;
/// - `separator_position`: the red line 4 mm below the 发文字号's characters (its em box), ±1 mm;
/// - `separator_width`: the red line as wide as the type area, 156 mm ±1 mm;
/// - `title_position`: the title's line two lines below the red line, ±1 mm.
///
/// A template whose 版头 holds tags is left alone: its lines are known only once rendered. The 信函's
/// 标志 stands in a text box anchored to the page and is not measured here.
extension GBT9704Check {
  /// Millimetres either side of a position that still count as it.
  static let positionTolerance = 1.0
  /// The 22-line grid's pitch in points.
  static let gridLine = 28.95
  static let pointsPerMillimetre = 72 / 25.4

  /// A paragraph's line box from the type area's top, in points.
  struct LineBox {
    var top: Double
    var height: Double
    /// The size of its largest characters.
    var size: Double
    /// Where its bottom border is drawn (the border's middle), when it has one.
    var border: Double?
    var bottom: Double { top + height }
    /// Top and bottom of the text's box: on the line's bottom, 1.2 × its size high.
    var textTop: Double { max(top, bottom - 1.2 * size) }
    var textBottom: Double { bottom }
  }

  static func lineHeight(_ paragraph: DocumentLayout.Paragraph, size: Double, layout: DocumentLayout) -> Double {
    switch paragraph.lineSpacing {
    case .exact(let points)?: return points
    case .lines(let lines)?: return 1.3 * size * lines
    case .atLeast?, .atLeastLength?, .proportional?, nil: return layout.gridPitch ?? 1.3 * size
    }
  }

  /// The line boxes of the paragraphs up to and including the title, by paragraph index; nil for a
  /// template whose 版头 holds tags or a document without a 版头.
  static func headBoxes(_ layout: DocumentLayout) -> [Int: LineBox]? {
    var boxes: [Int: LineBox] = [:]
    var y = 0.0
    for paragraph in layout.paragraphs {
      if paragraph.text.contains("{{") { return nil }
      let size = paragraph.runs.compactMap(\.size).max() ?? paragraph.emptySize ?? 16
      let height = lineHeight(paragraph, size: size, layout: layout)
      y += paragraph.spaceBefore
      var box = LineBox(top: y, height: height, size: size)
      y += height
      if let width = paragraph.bottomBorderWidth {
        box.border = y + (paragraph.bottomBorderSpace ?? 0) + width / 2
        y += (paragraph.bottomBorderSpace ?? 0) + width
      }
      y += paragraph.spaceAfter
      boxes[paragraph.index] = box
      if paragraph.isTitle { break }
    }
    return boxes
  }

  static func checkPositions(_ layout: DocumentLayout, _ elements: [Int: OfficialElement]) -> [FormatDeviation] {
    let perMM = pointsPerMillimetre
    guard let issuer = layout.paragraphs.first(where: { elements[$0.index] == .issuer }),
      let boxes = headBoxes(layout), let issuerBox = boxes[issuer.index]
    else { return [] }
    var found: [FormatDeviation] = []
    func off(_ value: Double, _ target: Double) -> Bool { abs(value - target) > positionTolerance + 0.05 }
    func mm(_ points: Double) -> Phrase { millimetres(points / perMM) }
    /// `2.3 lines (66.6 pt)`.
    func lines(_ points: Double) -> Phrase { Phrase(FormatHeadPhrase.lines, texts: ["n": format(points / gridLine), "p": format(points)]) }
    let isOrder = issuer.text.trimmingCharacters(in: .whitespaces).hasSuffix("令")
    let issuerTarget = isOrder ? 20.0 : 35.0
    if off(issuerBox.textTop / perMM, issuerTarget) {
      found.append(FormatDeviation(id: "issuer_position", place: place(issuer.index, "发文机关标志"),
                                   expectation: Phrase(FormatHeadPhrase.issuerTop, texts: ["n": format(issuerTarget)]), finding: mm(issuerBox.textTop)))
    }
    let after = layout.paragraphs.filter { $0.index > issuer.index && boxes[$0.index] != nil }
    guard let number = after.first(where: { elements[$0.index] == .documentNumber }), let numberBox = boxes[number.index] else { return found }
    if off((numberBox.top - issuerBox.bottom) / perMM, 2 * gridLine / perMM) {
      found.append(FormatDeviation(id: "doc_number_position", place: place(number.index, "发文字号"),
                                   expectation: Phrase(FormatHeadPhrase.numberBelowIssuer), finding: lines(numberBox.top - issuerBox.bottom)))
    }
    guard !isOrder else { return found }
    // the red line: the first red bottom border after the 标志 and before the title
    guard let lineParagraph = after.first(where: { $0.bottomBorderColor == "FF0000" && !$0.isTitle }),
      let lineBox = boxes[lineParagraph.index], let border = lineBox.border
    else { return found }
    if off((border - numberBox.textBottom) / perMM, 4) {
      found.append(FormatDeviation(id: "separator_position", place: place(lineParagraph.index, "分隔线"),
                                   expectation: Phrase(FormatHeadPhrase.lineBelowNumber), finding: mm(border - numberBox.textBottom)))
    }
    if let page = layout.pages.first, let width = page.width, let left = page.left, let right = page.right {
      let lineWidth = width - left - right - ((lineParagraph.leftIndent ?? 0) + (lineParagraph.rightIndent ?? 0)) / perMM
      if off(lineWidth, 156) {
        found.append(FormatDeviation(id: "separator_width", place: place(lineParagraph.index, "分隔线"),
                                     expectation: Phrase(FormatHeadPhrase.typeAreaWidth), finding: millimetres(lineWidth)))
      }
    }
    // the title is the first text under the red line (a 纪要 has none: its first text is the body, and a
    // title further down belongs to an 附件)
    let firstText = after.first { $0.index > lineParagraph.index && !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    if let title = firstText, title.isTitle, let titleBox = boxes[title.index], off((titleBox.top - border) / perMM, 2 * gridLine / perMM) {
      found.append(FormatDeviation(id: "title_position", place: place(title.index, "标题"),
                                   expectation: Phrase(FormatHeadPhrase.titleBelowLine), finding: lines(titleBox.top - border)))
    }
    return found
  }
}
