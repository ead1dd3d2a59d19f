import GongwenTemplate

/// The values the GB/T 9704 checks write into their findings, as phrases: numbers and lengths carried
/// as they are, points, fonts, alignments and places in the catalogue's words.
extension GBT9704Check {
  /// A paragraph named by its element: `¶12 (一级标题)`.
  static func place(_ index: Int, _ element: String) -> Phrase {
    Phrase(FormatPlacePhrase.paragraph, texts: ["n": String(index), "element": element])
  }

  /// A page geometry's place: `page`, `section 2`, `page style 'Standard'`.
  static func place(_ page: DocumentLayout.Page) -> Phrase {
    let named = switch page.name {
    case .document: Phrase(FormatPlacePhrase.page)
    case .section(let number): Phrase(FormatPlacePhrase.section, texts: ["n": String(number)])
    case .pageStyle(let name): Phrase(FormatPlacePhrase.pageStyle, texts: ["x": name])
    }
    // a Word section's first page of its own (an ODF first page has a page style of its own)
    guard page.isFirstPage, page.name.isWordSection else { return named }
    return Phrase(FormatPlacePhrase.firstPage, ["x": .phrase(named)])
  }

  /// The footer of `pages` (`odd`, `even` or `all`).
  static func footer(_ pages: String) -> Phrase {
    switch pages {
    case "odd": Phrase(FormatPlacePhrase.footerOddPages)
    case "even": Phrase(FormatPlacePhrase.footerEvenPages)
    default: Phrase(FormatPlacePhrase.footerAllPages)
    }
  }

  /// `16 pt`.
  static func points(_ value: Double) -> Phrase { .value(.points, ["x": .text(format(value))]) }

  /// `16 pt`, or `no size`.
  static func size(_ value: Double?) -> Phrase { value.map(points) ?? .value(.noSize) }

  /// `25.4 mm`, or `none`.
  static func millimetres(_ value: Double?) -> Phrase { value.map { .asIs(format($0) + " mm") } ?? .value(.none) }

  /// A run's East Asian font: its name, the theme's slot, or `no East Asian font`.
  static func font(_ run: DocumentLayout.Run) -> Phrase {
    if let font = run.font { return .asIs(font) }
    if let slot = run.themeFont { return .value(.themeFont, ["x": .text(slot)]) }
    return .value(.noEastAsianFont)
  }

  /// A run's font and size: `黑体 14 pt`.
  static func fontAndSize(_ run: DocumentLayout.Run) -> Phrase {
    .value(.fontAndSize, ["font": .phrase(font(run)), "size": .phrase(size(run.size))])
  }

  /// `left`, `right`, `center`, `justify`, or `not aligned`.
  static func alignment(_ value: String?) -> Phrase {
    switch value {
    case "left"?: .value(.left)
    case "right"?: .value(.right)
    case "center"?: .value(.center)
    case "justify"?: .value(.justify)
    case let other?: .asIs(other)
    case nil: .value(.notAligned)
    }
  }
}
