import GongwenTemplate

/// Compares a document's layout with GB/T 9704-2012: A4 paper; margins top 37 mm, left 28 mm and a
/// 156 × 225 mm type area (so right 26 mm, bottom 35 mm), each ±1 mm; 22 lines a page (exact
/// 28.95 pt line pitch, or a 579-twip document grid) of 28 characters; fonts and sizes by role (title 2号小标宋,
/// headings 一、黑体 （一）楷体 1./（1）仿宋, body 3号仿宋); page numbers `— 1 —` in 4号 (14 pt),
/// odd pages right and even pages left.
enum GBT9704Check {
  static func deviations(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    // a 信函's first page ends above its second double line: its bottom is the letter rule's to measure
    let letter = !letterLines(layout).lower.isEmpty || preprintedLetter(layout)
    for page in layout.pages { found += check(page, bottomByLetterRule: letter && page.isFirstPage) }
    let elements = OfficialElement.find(in: layout)
    found += checkParagraphs(layout)
    found += checkElements(layout, elements)
    found += checkIndents(layout)
    found += checkPositions(layout, elements)
    found += checkSignature(layout)
    found += checkAttachmentPages(layout, elements)
    // one 附件说明 message: its numbers are looked at when its names are in place
    let attachmentNote = checkAttachmentNote(layout)
    found += attachmentNote.isEmpty ? checkAttachmentNumbers(layout) : attachmentNote
    found += checkImprint(layout)
    found += checkLetter(layout)
    found += checkLetterPlaces(layout)
    found += checkCharactersPerLine(layout)
    found += checkPageNumbers(layout)
    return merged(found)
  }

  /// Line pitches that give 22 lines on the 225 mm type area: 637.8 pt / 22 = 28.99 pt at most
  /// (29.0 pt gives 21 lines).
  static let pitchRange = 28.89...(637.8 / 22)

  /// A page's margins in millimetres, clockwise from the top.
  struct Margins: Equatable {
    var top: Double, right: Double, bottom: Double, left: Double

    /// The margins of the page turned a quarter clockwise: the left edge comes to the top.
    var turnedClockwise: Margins { Margins(top: left, right: top, bottom: right, left: bottom) }
    /// The margins of the page turned a quarter counter-clockwise: the right edge comes to the top.
    var turnedCounterclockwise: Margins { Margins(top: right, right: bottom, bottom: left, left: top) }
  }

  /// The portrait A4 page's margins: a 156 × 225 mm type area 37 mm from the top and 28 mm from the left.
  static let margins = Margins(top: 37, right: 26, bottom: 35, left: 28)

  /// A number with at most two decimals, without trailing zeros (`16`, `25.4`, `-0.25`).
  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// The page's size and margins; the bottom margin is left out when `bottomByLetterRule` (a 信函's
  /// first page, measured by `checkLetterPlaces`).
  private static func check(_ page: DocumentLayout.Page, bottomByLetterRule: Bool) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    func near(_ value: Double?, _ target: Double, _ tolerance: Double) -> Bool {
      guard let value else { return false }
      return abs(value - target) <= tolerance + 0.05
    }
    // A 横排表格's page (GB/T 9704 8): A4 across, the portrait margins turned with it either way.
    if near(page.width, 297, 1), near(page.height, 210, 1) {
      let turned = [margins.turnedClockwise, margins.turnedCounterclockwise]
      if turned.contains(where: { near(page.top, $0.top, 1) && near(page.bottom, $0.bottom, 1)
        && near(page.left, $0.left, 1) && near(page.right, $0.right, 1) }) { return [] }
    }
    let at = place(page)
    if !near(page.width, 210, 1) || !near(page.height, 297, 1) {
      found.append(FormatDeviation(id: "page_size", place: at, expectation: Phrase(FormatPagePhrase.a4),
                                   finding: Phrase(FormatPagePhrase.pageSize, ["width": .phrase(millimetres(page.width)),
                                                                               "height": .phrase(millimetres(page.height))])))
    }
    var sides: [(String, Double?, Double, FormatPagePhrase)] = [
      ("margin_top", page.top, margins.top, .marginTop), ("margin_bottom", page.bottom, margins.bottom, .marginBottom),
      ("margin_left", page.left, margins.left, .marginLeft), ("margin_right", page.right, margins.right, .marginRight),
    ]
    if bottomByLetterRule { sides.removeAll { $0.0 == "margin_bottom" } }
    for (id, value, target, expected) in sides where !near(value, target, 1) {
      found.append(FormatDeviation(id: id, place: at, expectation: Phrase(expected), finding: millimetres(value)))
    }
    return found
  }

  /// The role of a body paragraph: the first is the title; headings, run-in headings and list items
  /// as `BodyRoleRules` reads them (a numbered list item is body text); the rest is body.
  static func roles(_ layout: DocumentLayout) -> [(paragraph: DocumentLayout.Paragraph, role: OfficialRole, headingEnd: Int)] {
    var result: [(DocumentLayout.Paragraph, OfficialRole, Int)] = []
    // the paragraph styled as the title, or else the first paragraph with text
    var seenTitle = false
    let styledTitle = layout.paragraphs.contains { $0.isTitle }
    var body: [(paragraph: DocumentLayout.Paragraph, text: Substring, fixed: LineRole?)] = []
    // 版头 lines and 附件 labels have rules of their own (GBT9704Check+Elements)
    let elements = OfficialElement.find(in: layout)
    for paragraph in layout.paragraphs where elements[paragraph.index] == nil {
      let text = paragraph.text.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty, !(text.hasPrefix("{{") && OfficialElement.isTemplateTags(text) && !paragraph.isTitle) else { continue }
      // without a styled title the first paragraph is the title, unless a 版头 stands before it and it
      // is not set larger than 3号 (a 纪要 or 命令 without a title)
      let untitled = elements.values.contains(.issuer) && !paragraph.runs.contains { ($0.size ?? 0) >= 20 }
      defer { seenTitle = true }
      if styledTitle ? paragraph.isTitle : (!seenTitle && !untitled) {
        result.append((paragraph, .title, text.count))
      } else {
        // a heading numbered by Word's list numbering (no number typed) is a heading of its outline level
        let listLevel = paragraph.listHeadingLevel.flatMap { OfficialNumbering.leadingNumber(of: text[...]) == nil ? $0 : nil }
        body.append((paragraph, text[...], listLevel.map { LineRole.heading($0, runIn: false) }))
      }
    }
    let lineRoles = BodyRoleRules.roles(body.map(\.text), fixed: body.map(\.fixed), markdown: false)
    for ((paragraph, text, fixed), lineRole) in zip(body, lineRoles) {
      if let level = lineRole.headingLevel {
        // a run-in heading ends at its first 。：；; the rest is body text
        let split = fixed == nil ? BodyRoleRules.runInSplit(text) : nil
        let end = split.map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        result.append((paragraph, .heading(level), end))
      } else {
        result.append((paragraph, .body, 0))
      }
    }
    return result
  }

  private static func checkParagraphs(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    for (paragraph, role, headingEnd) in roles(layout) {
      var offset = paragraph.text.prefix { $0 == " " || $0 == "　" }.count
      var reported = Set<String>()
      for run in paragraph.runs {
        let start = offset
        offset += run.text.count
        guard !run.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        let runRole = role.headingLevel != nil && start >= headingEnd ? OfficialRole.body : role
        let location = place(paragraph.index, runRole.chineseName)
        let sample = run.text.prefix(12)
        if !runRole.acceptedFonts.contains(run.font ?? ""), reported.insert("font" + runRole.chineseName).inserted {
          found.append(FormatDeviation(id: "font", place: location, expectation: .asIs(runRole.font), finding: .inText(font(run), sample)))
        }
        if run.size.map({ abs($0 - runRole.pointSize) > 0.25 }) ?? true, reported.insert("size" + runRole.chineseName).inserted {
          found.append(FormatDeviation(id: "font_size", place: location, expectation: points(runRole.pointSize),
                                       finding: .inText(size(run.size), sample)))
        }
      }
      if role == .body || role.headingLevel != nil {
        let pitchOK: Bool
        switch paragraph.lineSpacing {
        // 637.8 pt / 22 = 28.99 pt at most: 29.0 pt already gives 21 lines
        case .exact(let points)?: pitchOK = Self.pitchRange.contains(points)
        default: pitchOK = layout.gridPitch.map { Self.pitchRange.contains($0) } ?? false
        }
        if !pitchOK {
          let what: Phrase
          switch paragraph.lineSpacing {
          case .exact(let points)?: what = Phrase(FormatPagePhrase.exactPitch, texts: ["x": format(points)])
          case .lines(let lines)?: what = Phrase(FormatPagePhrase.lineMultiple, texts: ["x": format(lines)])
          case .atLeast(let least)?: what = Phrase(FormatPagePhrase.atLeast, ["x": .phrase(points(least))])
          case .atLeastLength(let length)?: what = Phrase(FormatPagePhrase.atLeast, texts: ["x": length])
          case .proportional(let percent)?: what = Phrase(FormatPagePhrase.proportional, texts: ["x": percent])
          case nil: what = Phrase(FormatPagePhrase.noLineSpacing)
          }
          found.append(FormatDeviation(id: "line_pitch", place: place(paragraph.index, role.chineseName),
                                       expectation: Phrase(FormatPagePhrase.linePitch), finding: what))
        }
      }
    }
    return found
  }

  /// 28 characters a line: the type area's width over the body's character advance (size plus
  /// letter spacing), checked once on the first body run.
  private static func checkCharactersPerLine(_ layout: DocumentLayout) -> [FormatDeviation] {
    guard !layout.characterGrid, let page = layout.pages.first, let width = page.width, let left = page.left,
      let right = page.right
    else { return [] }
    for (paragraph, role, _) in roles(layout) where role == .body {
      guard let run = paragraph.runs.first(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }),
        let size = run.size, size > 0
      else { continue }
      let advance = size + (run.letterSpacing ?? 0)
      let characters = Int(((width - left - right) / 25.4 * 72 / advance + 0.001).rounded(.down))
      guard characters != 28 else { return [] }
      return [FormatDeviation(id: "characters_per_line", place: place(paragraph.index, "正文"),
                              expectation: Phrase(FormatPagePhrase.charactersPerLine),
                              finding: Phrase(FormatPagePhrase.characters, texts: ["n": String(characters), "s": format(size),
                                                                                   "l": format(run.letterSpacing ?? 0)]))]
    }
    return []
  }

  private static func checkPageNumbers(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    let footer = Phrase(FormatPlacePhrase.footer)
    if layout.pageNumbers.isEmpty {
      return [FormatDeviation(id: "page_number_format", place: footer, expectation: Phrase(FormatPagePhrase.pageNumbers),
                              finding: Phrase(FormatPagePhrase.noPageNumber))]
    }
    if !layout.evenPagesDiffer {
      found.append(FormatDeviation(id: "even_pages", place: footer, expectation: Phrase(FormatPagePhrase.ownEvenFooters),
                                   finding: Phrase(FormatPagePhrase.oneFooter)))
    }
    for number in layout.pageNumbers {
      let location = Self.footer(number.pages)
      let text = number.text.trimmingCharacters(in: .whitespaces)
      if !number.hasPageField || !(text.hasPrefix("—") && text.hasSuffix("—") && text.contains("#")) {
        found.append(FormatDeviation(id: "page_number_format", place: location, expectation: Phrase(FormatPagePhrase.pageNumberField),
                                     finding: number.hasPageField ? .value(.quoted, ["q": .text(text)]) : Phrase(FormatPagePhrase.noPageField)))
      }
      if number.size.map({ abs($0 - 14) > 0.25 }) ?? true {
        found.append(FormatDeviation(id: "page_number_size", place: location, expectation: Phrase(FormatPagePhrase.pageNumberSize),
                                     finding: size(number.size)))
      }
      let side = number.pages == "even" ? "left" : "right"
      if number.alignment != side {
        found.append(FormatDeviation(id: "page_number_placement", place: location, expectation: alignment(side),
                                     finding: alignment(number.alignment)))
      }
    }
    return found
  }
}
