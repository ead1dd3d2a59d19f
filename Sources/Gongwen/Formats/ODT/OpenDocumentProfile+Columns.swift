/// Table grids for column loops: `table:table-column` elements, whose widths live in their column styles.
extension OpenDocumentProfile {
  private static let column = XMLName(ODF.tableNS, "table-column")
  private static let repeated = XMLName(ODF.tableNS, "number-columns-repeated")
  private static let spanned = XMLName(ODF.tableNS, "number-columns-spanned")
  private static let columnGroups: Set<String> = ["table-columns", "table-header-columns", "table-column-group"]

  /// The table's columns, one element each: a `table:table-column` standing for several is split into
  /// copies, so a column loop can repeat exactly the columns under its cells.
  func gridColumns(of table: XMLNode) -> [XMLNode] {
    var columns: [XMLNode] = []
    func collect(_ parent: XMLNode) {
      for child in parent.elementChildren {
        if child.is(Self.column) {
          columns.append(contentsOf: Self.split(child))
        } else if child.namespaceURI == ODF.tableNS, Self.columnGroups.contains(child.localName) {
          collect(child)
        }
      }
    }
    collect(table)
    return columns
  }

  private static func split(_ column: XMLNode) -> [XMLNode] {
    guard let count = column.attribute(repeated).flatMap({ Int($0) }), count > 1, count <= 1024 else { return [column] }
    column.removeAttribute(repeated)
    var copies = [column]
    for _ in 1..<count {
      guard let copy = column.deepCopy(), copies[copies.count - 1].insertAfter(copy) != nil else { break }
      copies.append(copy)
    }
    return copies
  }

  func columnSpan(of cell: XMLNode) -> Int {
    max(1, cell.attribute(Self.spanned).flatMap { Int($0) } ?? 1)
  }

  /// A looped column's width lives in its automatic style: the style gets one copy per possible count
  /// of repetitions (`Table1.B.gw1` … `Table1.B.gw63`, 63 columns being the most a Word table holds), each
  /// with the width divided by that count, and the column's style name becomes the copy for the count.
  func countedStyle(ofColumn column: XMLNode) -> CountedStyle? {
    let styleName = XMLName(ODF.tableNS, "style-name")
    guard let name = column.attribute(styleName), let style = Self.automaticStyle(named: name, near: column),
      let properties = style.child(XMLName(ODF.styleNS, "table-column-properties"))
    else { return nil }
    let width = XMLName(ODF.styleNS, "column-width"), relative = XMLName(ODF.styleNS, "rel-column-width")
    let absolute = properties.attribute(width).flatMap(Self.length)
    let weight = properties.attribute(relative).flatMap { Double($0.dropLast()) }
    guard absolute != nil || weight != nil else { return nil }
    let prefix = name + ".gw"
    var previous = style
    for count in 1...63 {
      guard let copy = style.deepCopy(), previous.insertAfter(copy) != nil,
        let copied = copy.child(XMLName(ODF.styleNS, "table-column-properties"))
      else { return nil }
      copy.setAttribute(XMLName(ODF.styleNS, "name"), prefix + String(count))
      if let (value, unit) = absolute { copied.setAttribute(width, Self.format(value / Double(count)) + unit) }
      if let weight { copied.setAttribute(relative, Self.format(weight / Double(count)) + "*") }
      previous = copy
    }
    return CountedStyle(attribute: styleName, prefix: prefix)
  }

  private static func automaticStyle(named name: String, near node: XMLNode) -> XMLNode? {
    guard let styles = node.document.root?.child(XMLName(ODF.officeNS, "automatic-styles")) else { return nil }
    return styles.elementChildren.first {
      $0.is(XMLName(ODF.styleNS, "style")) && $0.attribute(XMLName(ODF.styleNS, "name")) == name
        && $0.attribute(XMLName(ODF.styleNS, "family")) == "table-column"
    }
  }

  /// `4.233cm` → (4.233, "cm").
  private static func length(_ text: String) -> (Double, String)? {
    guard let split = text.firstIndex(where: { $0.isLetter }), let value = Double(text[..<split]), value > 0 else { return nil }
    return (value, String(text[split...]))
  }

  private static func format(_ value: Double) -> String {
    let rounded = (value * 10000).rounded() / 10000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
