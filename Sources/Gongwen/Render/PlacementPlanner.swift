import GongwenTemplate

/// The third stage of compiling a part: decides, for every tag, where its marker goes — inline, around
/// paragraphs, or around table rows — and returns the decisions as a `PlacementPlan`.
final class PlacementPlanner {
  let paragraphs: [ParagraphText]
  let tags: [FoundTag]
  let profile: FormatProfile
  /// Sections that cannot be placed.
  private(set) var errors: [TemplateError] = []
  /// Value encodings by context number, registered as tags are placed.
  private var encodings: [ValueEncoding] = []

  init(paragraphs: [ParagraphText], tags: [FoundTag], profile: FormatProfile) {
    self.paragraphs = paragraphs
    self.tags = tags
    self.profile = profile
  }

  /// Places every tag; sections that cannot be placed are left out and reported in `errors`.
  func plan(_ pairs: [SectionPair]) -> PlacementPlan {
    var plan = PlacementPlan()
    var paired = Set<Int>()
    for pair in pairs.sorted(by: { $0.open < $1.open }) {
      paired.insert(pair.open)
      paired.insert(pair.close)
      placeSection(pair, in: &plan)
    }
    for (index, found) in tags.enumerated() where !paired.contains(index) {
      placeSingle(index, found, in: &plan)
    }
    plan.encodings = encodings
    return plan
  }

  func report(_ error: TemplateError) { errors.append(error) }

  /// The context number of an encoding, registering it on first use.
  func context(for encoding: ValueEncoding) -> Int {
    if let index = encodings.firstIndex(of: encoding) { return index }
    encodings.append(encoding)
    return encodings.count - 1
  }

  private func mode(of tag: Tag) -> SectionMode { tag.kind == .invertedSection ? .inverted : .normal }

  private func placeSingle(_ index: Int, _ found: FoundTag, in plan: inout PlacementPlan) {
    let paragraph = paragraphs[found.paragraph]
    switch found.tag.kind {
    case .value:
      plan.inline[index] = .value(found, context: context(at: found))
    case .block, .image:
      if paragraph.trimmedText == Substring(found.tag.text) {
        // A paragraph carrying section properties stays (emptied) after the block, keeping the section break.
        plan.replacedParagraphs.append((found.paragraph, .block(found, context: paragraphBlockContext),
                                        profile.mustKeep(paragraph.element)))
      } else if found.tag.kind == .block {
        report(TemplateError(.blockTagNotAlone(found.tag.text), location: found.location, tagText: found.tag.text))
      } else {
        plan.inline[index] = .block(found, context: context(at: found))
      }
    default:
      break  // unpaired section tags were reported by the matcher
    }
  }

  /// The value context of the text node where a tag starts.
  private func context(at found: FoundTag) -> Int {
    let piece = paragraphs[found.paragraph].pieces.first { $0.range.contains(found.range.lowerBound) }
    guard let parent = piece?.node.parent else { return context(for: .plain) }
    return context(for: profile.valueEncoding(textParent: parent))
  }

  private func placeSection(_ pair: SectionPair, in plan: inout PlacementPlan) {
    let open = tags[pair.open], close = tags[pair.close]
    let sectionMode = mode(of: open.tag)
    if let element = open.tag.element {
      placeExplicit(pair, element: element, mode: sectionMode, in: &plan)
      return
    }
    let openPara = paragraphs[open.paragraph], closePara = paragraphs[close.paragraph]
    if open.paragraph == close.paragraph {
      guard sameShape(open, close) else {
        report(TemplateError(.sectionCrossesStructure(open.tag.text), location: open.location, tagText: open.tag.text))
        return
      }
      plan.inline[pair.open] = .open(open, sectionMode)
      plan.inline[pair.close] = .close(close)
      guardWholeParagraph(openPara, open: open, close: close, mode: sectionMode, in: &plan)
      return
    }
    let openCell = openPara.element.ancestor(where: profile.isCell)
    let closeCell = closePara.element.ancestor(where: profile.isCell)
    if openCell != nil || closeCell != nil, openCell != closeCell {
      placeAroundRows(pair, open: open, close: close, mode: sectionMode, in: &plan)
      return
    }
    let alone = openPara.trimmedText == Substring(open.tag.text) && closePara.trimmedText == Substring(close.tag.text)
    let openUnit = repeatUnit(of: openPara.element), closeUnit = repeatUnit(of: closePara.element)
    if alone, let parent = openUnit.parent, parent == closeUnit.parent {
      let keepClose = openUnit == openPara.element && profile.requiresParagraph(parent) && isLastElement(closeUnit)
      if keepClose { plan.keptCloseOpeners[close.paragraph] = open }
      plan.replacedParagraphs.append((open.paragraph, .open(open, sectionMode), profile.mustKeep(openPara.element)))
      plan.replacedParagraphs.append((close.paragraph, .close(close), keepClose || profile.mustKeep(closePara.element)))
      if openUnit != openPara.element { plan.replacedUnits[open.paragraph] = openUnit }
      if closeUnit != closePara.element { plan.replacedUnits[close.paragraph] = closeUnit }
      return
    }
    guard sameShape(open, close) else {
      report(TemplateError(.sectionCrossesStructure(open.tag.text), location: open.location, tagText: open.tag.text))
      return
    }
    plan.inline[pair.open] = .open(open, sectionMode)
    plan.inline[pair.close] = .close(close)
  }

  /// A paragraph that is nothing but one inline section disappears when the section renders nothing.
  private func guardWholeParagraph(_ paragraph: ParagraphText, open: FoundTag, close: FoundTag, mode: SectionMode,
                                   in plan: inout PlacementPlan) {
    let bytes = Array(paragraph.text.utf8)
    let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
    let before = String(decoding: bytes[..<open.range.lowerBound], as: UTF8.self).allSatisfy(isBlank)
    let after = String(decoding: bytes[close.range.upperBound...], as: UTF8.self).allSatisfy(isBlank)
    guard before, after, !profile.hasNonTextContent(paragraph.element), let parent = paragraph.element.parent,
      !profile.requiresParagraph(parent)
    else { return }
    let guardMode: SectionMode = mode == .inverted ? .inverted : .guarded
    plan.before.append((paragraph.element, .open(open, guardMode)))
    plan.after.append((paragraph.element, .close(close)))
  }

  func placeAroundRows(_ pair: SectionPair, open: FoundTag, close: FoundTag, mode: SectionMode,
                               in plan: inout PlacementPlan) {
    let openTable = paragraphs[open.paragraph].element.ancestor(where: profile.isTable)
    let closeTable = paragraphs[close.paragraph].element.ancestor(where: profile.isTable)
    guard let table = openTable, table == closeTable,
      let firstRow = paragraphs[open.paragraph].element.ancestor(where: profile.isRow),
      let lastRow = paragraphs[close.paragraph].element.ancestor(where: profile.isRow),
      firstRow.ancestor(where: profile.isTable) == table, lastRow.ancestor(where: profile.isTable) == table
    else {
      report(TemplateError(.sectionCrossesTable(open.tag.text), location: open.location, tagText: open.tag.text))
      return
    }
    plan.removed.insert(pair.open)
    plan.removed.insert(pair.close)
    if !plan.rowLoopTables.contains(table) { plan.rowLoopTables.append(table) }
    if coversAllRows(of: table, from: firstRow, to: lastRow) {
      plan.before.append((table, .open(open, mode == .inverted ? .inverted : .guarded)))
      plan.after.append((table, .close(close)))
    }
    plan.before.append((firstRow, .open(open, mode)))
    plan.after.append((lastRow, .close(close)))
  }

  /// True when no row of `table` stands outside `first...last` (rows may sit in row groups).
  private func coversAllRows(of table: XMLNode, from first: XMLNode, to last: XMLNode) -> Bool {
    let rows = profile.rows(of: table)
    guard let firstIndex = rows.firstIndex(of: first), let lastIndex = rows.firstIndex(of: last) else { return false }
    return firstIndex == 0 && lastIndex == rows.count - 1
  }

  /// The paragraph, or the wrapper (list item) whose only element child it is.
  private func repeatUnit(of paragraph: XMLNode) -> XMLNode {
    guard let parent = paragraph.parent, profile.isParagraphWrapper(parent),
      parent.elementChildren.filter({ !profile.skipsSubtree($0) }) == [paragraph]
    else { return paragraph }
    return parent
  }

  private func isLastElement(_ node: XMLNode) -> Bool {
    var next = node.nextSibling
    while let sibling = next {
      if sibling.isElement { return false }
      next = sibling.nextSibling
    }
    return true
  }

  /// True when both tags' text nodes have the same shape under their common ancestor (``InlineShape``).
  private func sameShape(_ open: FoundTag, _ close: FoundTag) -> Bool {
    guard let a = textNode(of: open), let b = textNode(of: close) else { return false }
    return InlineShape.same(a, b)
  }

  private func textNode(of found: FoundTag) -> XMLNode? {
    paragraphs[found.paragraph].pieces.first { $0.range.contains(found.range.lowerBound) }?.node
  }
}
