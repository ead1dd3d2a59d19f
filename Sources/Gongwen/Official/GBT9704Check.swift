/// Compares a document's layout with GB/T 9704-2012: A4 paper; margins top 37 mm, left 28 mm and a
/// 156 × 225 mm type area (so right 26 mm, bottom 35 mm), each ±1 mm; 22 lines a page (exact
/// 28.95 pt line pitch, or a 579-twip document grid) of 28 characters; fonts and sizes by role (title 2号小标宋,
/// headings 一、黑体 （一）楷体 1./（1）仿宋, body 3号仿宋); page numbers `— 1 —` in 4号 (14 pt),
/// odd pages right and even pages left.
enum GBT9704Check {
  static func deviations(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    // a 信函's first page ends above its second double line, as its own rule has it
    let letter = !letterLines(layout).lower.isEmpty || preprintedLetter(layout)
    for page in layout.pages { found += check(page).filter { !(letter && page.isFirstPage && $0.id == "margin_bottom") } }
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

  private static func mm(_ value: Double?) -> String { value.map { format($0) + " mm" } ?? "none" }

  /// A number with at most two decimals, without trailing zeros (`16`, `25.4`, `-0.25`).
  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  private static func check(_ page: DocumentLayout.Page) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    func near(_ value: Double?, _ target: Double, _ tolerance: Double) -> Bool {
      guard let value else { return false }
      return abs(value - target) <= tolerance + 0.05
    }
    // A 横排表格's page (GB/T 9704 8): A4 across, the portrait margins turned with it either way.
    if near(page.width, 297, 1), near(page.height, 210, 1) {
      let turned: [(top: Double, bottom: Double, left: Double, right: Double)] = [(28, 26, 35, 37), (26, 28, 37, 35)]
      if turned.contains(where: { near(page.top, $0.top, 1) && near(page.bottom, $0.bottom, 1)
        && near(page.left, $0.left, 1) && near(page.right, $0.right, 1) }) { return [] }
    }
    if !near(page.width, 210, 1) || !near(page.height, 297, 1) {
      found.append(FormatDeviation(id: "page_size", location: page.name, expected: "A4 210 × 297 mm",
                                   found: "\(mm(page.width)) × \(mm(page.height))"))
    }
    let margins: [(String, Double?, Double, String)] = [
      ("margin_top", page.top, 37, "top margin 37 ± 1 mm"), ("margin_bottom", page.bottom, 35, "bottom margin 35 ± 1 mm (type area 225 mm high)"),
      ("margin_left", page.left, 28, "left margin 28 ± 1 mm"), ("margin_right", page.right, 26, "right margin 26 ± 1 mm (type area 156 mm wide)"),
    ]
    for (id, value, target, expected) in margins where !near(value, target, 1) {
      found.append(FormatDeviation(id: id, location: page.name, expected: expected, found: mm(value)))
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
        let location = "¶\(paragraph.index) (\(runRole.chineseName))"
        let sample = String(run.text.prefix(12))
        if let font = run.font, !runRole.acceptedFonts.contains(font), reported.insert("font" + runRole.chineseName).inserted {
          found.append(FormatDeviation(id: "font", location: location, expected: runRole.font,
                                       found: "\(font) in “\(sample)”"))
        } else if run.font == nil, reported.insert("font" + runRole.chineseName).inserted {
          found.append(FormatDeviation(id: "font", location: location, expected: runRole.font, found: "no East Asian font in “\(sample)”"))
        }
        if run.size.map({ abs($0 - runRole.pointSize) > 0.25 }) ?? true, reported.insert("size" + runRole.chineseName).inserted {
          found.append(FormatDeviation(id: "font_size", location: location, expected: "\(format(runRole.pointSize)) pt",
                                       found: (run.size.map { format($0) + " pt" } ?? "no size") + " in “\(sample)”"))
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
          let what: String
          switch paragraph.lineSpacing {
          case .exact(let points)?: what = "exact \(format(points)) pt"
          case .other(let rule)?: what = rule
          case nil: what = "no line spacing"
          }
          found.append(FormatDeviation(id: "line_pitch", location: "¶\(paragraph.index) (\(role.chineseName))",
                                       expected: "22 lines a page: exact 28.95 pt line pitch (28.99 pt at most)", found: what))
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
      return [FormatDeviation(id: "characters_per_line", location: "¶\(paragraph.index) (正文)",
                              expected: "28 characters a line",
                              found: "\(characters) (\(format(size)) pt characters, letter spacing \(format(run.letterSpacing ?? 0)) pt)")]
    }
    return []
  }

  private static func checkPageNumbers(_ layout: DocumentLayout) -> [FormatDeviation] {
    var found: [FormatDeviation] = []
    if layout.pageNumbers.isEmpty {
      return [FormatDeviation(id: "page_number_format", location: "footer", expected: "page numbers “— 1 —”", found: "no page number")]
    }
    if !layout.evenPagesDiffer {
      found.append(FormatDeviation(id: "even_pages", location: "footer", expected: "odd and even pages with their own footers",
                                   found: "one footer for all pages"))
    }
    for number in layout.pageNumbers {
      let location = "footer (\(number.pages) pages)"
      let text = number.text.trimmingCharacters(in: .whitespaces)
      if !number.hasPageField || !(text.hasPrefix("—") && text.hasSuffix("—") && text.contains("#")) {
        found.append(FormatDeviation(id: "page_number_format", location: location, expected: "“— 1 —” with a page-number field",
                                     found: number.hasPageField ? "“\(text)”" : "no page-number field"))
      }
      if number.size.map({ abs($0 - 14) > 0.25 }) ?? true {
        found.append(FormatDeviation(id: "page_number_size", location: location, expected: "14 pt (4号)",
                                     found: number.size.map { format($0) + " pt" } ?? "no size"))
      }
      let side = number.pages == "even" ? "left" : "right"
      if number.alignment != side {
        found.append(FormatDeviation(id: "page_number_placement", location: location, expected: side,
                                     found: number.alignment ?? "not aligned"))
      }
    }
    return found
  }
}
