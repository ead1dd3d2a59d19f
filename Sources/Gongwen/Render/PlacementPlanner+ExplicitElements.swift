import GongwenTemplate

extension PlacementPlanner {
  /// Places a section written with its element (`{{-w:tr rows}}`, `{{-w:tc 季度}}`): the elements of that
  /// kind holding the open and the close tag, and the siblings between, repeat; the tags' text goes.
  func placeExplicit(_ pair: SectionPair, element: RepeatedElement, mode: SectionMode, in plan: inout PlacementPlan) {
    let open = tags[pair.open], close = tags[pair.close]
    if element == .row {
      placeAroundRows(pair, open: open, close: close, mode: mode, in: &plan)
      return
    }
    let matches: (XMLNode) -> Bool
    switch element {
    case .paragraph: matches = profile.isParagraph
    case .cell: matches = profile.isCell
    case .table, .row: matches = profile.isTable
    }
    let openPara = paragraphs[open.paragraph].element, closePara = paragraphs[close.paragraph].element
    guard let first = matches(openPara) ? openPara : openPara.ancestor(where: matches),
      let last = matches(closePara) ? closePara : closePara.ancestor(where: matches),
      let parent = first.parent, parent == last.parent
    else {
      report(TemplateError(.sectionCrossesStructure(open.tag.text), location: open.location, tagText: open.tag.text))
      return
    }
    plan.removed.insert(pair.open)
    plan.removed.insert(pair.close)
    plan.before.append((first, .open(open, mode)))
    plan.after.append((last, .close(close)))
    if element == .paragraph { keepAParagraph(in: parent, first: first, last: last, open: open, close: close,
                                              mode: mode, in: &plan) }
    if element == .cell { placeColumnLoop(row: parent, first: first, last: last, open: open, close: close, mode: mode,
                                          in: &plan) }
  }

  /// A container that must keep a paragraph (a Word table cell) whose every paragraph repeats gets an empty
  /// paragraph (the last one's properties) for when the section renders nothing.
  private func keepAParagraph(in parent: XMLNode, first: XMLNode, last: XMLNode, open: FoundTag, close: FoundTag,
                              mode: SectionMode, in plan: inout PlacementPlan) {
    guard profile.requiresParagraph(parent) else { return }
    let children = parent.elementChildren
    guard let start = children.firstIndex(of: first), let end = children.firstIndex(of: last),
      !children.enumerated().contains(where: { !(start...end).contains($0.offset) && profile.isParagraph($0.element) }),
      let empty = last.deepCopy(), last.insertAfter(empty) != nil
    else { return }
    for child in empty.children where !(child.isElement && profile.skipsSubtree(child) && child.localName == "pPr") {
      child.remove()
    }
    plan.before.append((empty, .open(open, mode == .inverted ? .guarded : .inverted)))
    plan.after.append((empty, .close(close)))
  }

  /// A column loop also repeats the table's grid columns under the cells, and gives each repeated column
  /// and cell its share of the looped width (`width / $count`), so the table keeps its total width.
  /// The grid repeats with the first column loop of a table outside any row loop.
  private func placeColumnLoop(row: XMLNode, first: XMLNode, last: XMLNode, open: FoundTag, close: FoundTag,
                               mode: SectionMode, in plan: inout PlacementPlan) {
    let cells = row.elementChildren.filter(profile.isCell)
    guard let firstIndex = cells.firstIndex(of: first), let lastIndex = cells.firstIndex(of: last) else { return }
    let start = cells[..<firstIndex].reduce(0) { $0 + profile.columnSpan(of: $1) }
    let span = cells[firstIndex...lastIndex].reduce(0) { $0 + profile.columnSpan(of: $1) }
    for cell in cells[firstIndex...lastIndex] {
      for width in profile.scalableWidths(ofCell: cell) { placeShare(width, open: open, close: close, in: &plan) }
    }
    guard let table = row.ancestor(where: profile.isTable), !plan.columnLoopTables.contains(table) else { return }
    let columns = profile.gridColumns(of: table)
    guard start + span <= columns.count else { return }
    plan.columnLoopTables.append(table)
    plan.before.append((columns[start], .open(open, mode)))
    plan.after.append((columns[start + span - 1], .close(close)))
    for column in columns[start..<(start + span)] {
      for width in profile.scalableWidths(ofColumn: column) { placeShare(width, open: open, close: close, in: &plan) }
      if let style = profile.countedStyle(ofColumn: column) {
        let count = Expression(path: Path(["$count"]))
        let found = FoundTag(tag: Tag(kind: .value, expression: count, text: open.tag.text), paragraph: open.paragraph,
                             range: open.range, location: open.location)
        plan.attributeValues[column, default: [:]][style.attribute] = .value(found, context: context(for: .affixed(style.prefix)))
      }
    }
  }

  /// Replaces a width attribute by its share in every repetition: `width / $count`, a whole number.
  private func placeShare(_ width: ScalableWidth, open: FoundTag, close: FoundTag, in plan: inout PlacementPlan) {
    let share = Operand.binary(.divide, .literal(.number(NumberValue(Double(width.value)))), .path(Path(["$count"])))
    let expression = Expression(operand: share, filters: [FilterCall(name: "number", arguments: [.string("0")])])
    let tag = Tag(kind: .value, expression: expression, text: open.tag.text)
    let found = FoundTag(tag: tag, paragraph: open.paragraph, range: open.range, location: open.location)
    plan.attributeValues[width.element, default: [:]][width.attribute] = .value(found, context: context(for: .plain))
  }
}

/// The attribute of a grid column that names its style, and the prefix of the styles made for each count
/// of repetitions.
struct CountedStyle {
  let attribute: XMLName
  let prefix: String
}

/// A width attribute in twips or fiftieths of a percent that a column loop divides among its repetitions.
struct ScalableWidth {
  let element: XMLNode
  let attribute: XMLName
  let value: Int
}
