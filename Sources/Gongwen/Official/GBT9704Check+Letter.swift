import GongwenTemplate

/// The 信函格式 (GB/T 9704-2012 10.1), read from the shapes anchored to the page:
///
/// - `issuer_position`: the 标志 (red or large text in a text box placed from the page's top) with its
///   top edge 30 mm below the page's top edge, ±1 mm, computed as for the 版头 (GBT9704Check+Positions:
///   the text's box ends at its line's bottom and rises 1.2 × its size);
/// - `letter_lines`: the double lines (filled rectangles placed on the page, under 2 mm high and over
///   100 mm long) red #FF0000, 170 mm long and centred on the page, ±1 mm.
extension GBT9704Check {
  static func checkLetter(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    if let issuer = letterIssuer(layout), abs(issuer.top - 30) > positionTolerance + 0.05 {
      found.append(FormatDeviation(id: "issuer_position", place: Phrase(FormatPlacePhrase.letterIssuer),
                                   expectation: Phrase(FormatHeadPhrase.letterIssuerTop), finding: millimetres(issuer.top)))
    }
    let lines = layout.rules.filter { $0.height < 2 && $0.width > 100 }
    let pageWidth = layout.pages.first?.width ?? 210
    let wrong = lines.filter { line in
      line.color != "FF0000" || abs(line.width - 170) > positionTolerance + 0.05
        || abs(line.left - (pageWidth - line.width) / 2) > positionTolerance + 0.05
    }
    if let line = wrong.first {
      let colour = line.color.map { Phrase.asIs("#" + $0) } ?? .value(.noFill)
      found.append(FormatDeviation(id: "letter_lines", place: Phrase(FormatPlacePhrase.letterLine, texts: ["x": format(line.top)]),
                                   expectation: Phrase(FormatHeadPhrase.letterLines),
                                   finding: Phrase(FormatHeadPhrase.letterLine, ["c": .phrase(colour), "w": .text(format(line.width)),
                                                                                 "l": .text(format(line.left))])))
    }
    return found
  }
}
