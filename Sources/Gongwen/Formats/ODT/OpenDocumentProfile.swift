import GongwenTemplate
/// The OpenDocument text vocabulary for the compiler: `content.xml` and the master pages of `styles.xml`.
struct OpenDocumentProfile: FormatProfile {
  /// Subtrees inside a paragraph that hold no paragraph text (notes' citations, frames, comments).
  private static let skippedText: Set<String> = ["note-citation", "note", "tracked-changes"]
  private static let skippedOffice: Set<String> = ["annotation", "annotation-end"]
  /// The template's styles, for the automatic styles structured content needs.
  var blockStyles = OpenDocumentStyleCatalog()

  func isParagraph(_ element: XMLNode) -> Bool { element.is(ODF.p) || element.is(ODF.h) }

  func isTextCarrier(_ textNode: XMLNode) -> Bool {
    guard let parent = textNode.parent else { return false }
    return parent.namespaceURI == ODF.textNS || parent.is(ODF.contentControl)
  }

  func virtualText(_ element: XMLNode) -> String? {
    guard element.namespaceURI == ODF.textNS else { return nil }
    switch element.localName {
    case "s":
      let count = element.attribute(ODF.c).flatMap { Int($0) } ?? 1
      return String(repeating: " ", count: max(1, min(count, 10_000)))
    case "tab": return "\t"
    case "line-break": return "\n"
    default: return nil
    }
  }

  func skipsSubtree(_ element: XMLNode) -> Bool {
    switch element.namespaceURI {
    case ODF.textNS: return Self.skippedText.contains(element.localName)
    case ODF.officeNS: return Self.skippedOffice.contains(element.localName)
    case ODF.drawNS, ODF.svgNS: return true
    default: return false
    }
  }

  func hasNonTextContent(_ paragraph: XMLNode) -> Bool {
    paragraph.elementChildren.contains { $0.namespaceURI == ODF.drawNS }
      || paragraph.elementChildren.contains { $0.is(ODF.span) && hasNonTextContent($0) }
  }

  /// Spans (LibreOffice adds them for rsids, autocorrect and direct formatting), links, metadata and
  /// LibreOffice's content controls (Word's inline `w:sdt`).
  func isInlineContainer(_ element: XMLNode) -> Bool {
    switch element.namespaceURI {
    case ODF.textNS: return ["span", "a", "meta"].contains(element.localName)
    default: return element.is(ODF.contentControl)
    }
  }

  /// An `xml:id` names one element: the second half of a split link or metadata goes without.
  func finishSplit(original: XMLNode, copy: XMLNode) {
    copy.removeAttribute(ODF.xmlID)
  }

  func isTable(_ element: XMLNode) -> Bool { element.is(ODF.table) }
  func isRow(_ element: XMLNode) -> Bool { element.is(ODF.row) }
  func isCell(_ element: XMLNode) -> Bool { element.is(ODF.cell) }
  func isParagraphWrapper(_ element: XMLNode) -> Bool { element.is(ODF.listItem) }
  /// Like Word, a cell keeps one (empty) paragraph when its content was a loop that rendered nothing.
  func requiresParagraph(_ container: XMLNode) -> Bool { container.is(ODF.cell) }

  func valueEncoding(textParent: XMLNode) -> ValueEncoding {
    if textParent.namespaceURI == ODF.textNS { return .odfText(prefix: textParent.prefix ?? "") }
    if textParent.is(ODF.contentControl), textParent.namespaceURI(ofPrefix: "text") == ODF.textNS {
      return .odfText(prefix: "text")
    }
    return .plain
  }

  func prepareForValue(textParent: XMLNode) {}

  func pruneIfEmpty(textParent: XMLNode) {
    var element: XMLNode? = textParent
    while let span = element, span.is(ODF.span), span.text.isEmpty, span.elementChildren.isEmpty {
      element = span.parent
      span.remove()
    }
  }

  func describeContainer(of paragraph: XMLNode) -> Phrase? {
    if let region = paragraph.ancestor(where: { $0.namespaceURI == ODF.styleNS && $0.localName.hasPrefix("header") }) {
      return region.localName == "header" ? TemplatePhrase.header.phrase() : TemplatePhrase.headerOf.phrase(["name": .text(region.localName)])
    }
    if let region = paragraph.ancestor(where: { $0.namespaceURI == ODF.styleNS && $0.localName.hasPrefix("footer") }) {
      return region.localName == "footer" ? TemplatePhrase.footer.phrase() : TemplatePhrase.footerOf.phrase(["name": .text(region.localName)])
    }
    if paragraph.ancestor(where: { $0.namespaceURI == ODF.drawNS && $0.localName == "text-box" }) != nil { return TemplatePhrase.textBox.phrase() }
    guard let cell = paragraph.ancestor(where: { $0.is(ODF.cell) }), let row = cell.parent, row.is(ODF.row),
      let table = row.ancestor(where: { $0.is(ODF.table) })
    else { return nil }
    let cellNumber = row.elementChildren.filter { $0.is(ODF.cell) || $0.localName == "covered-table-cell" }
      .firstIndex(of: cell).map { $0 + 1 } ?? 0
    var rows: [XMLNode] = []
    table.walk { node in
      guard node.isElement else { return false }
      if node != table, node.is(ODF.table) { return false }
      if node.is(ODF.row) { rows.append(node); return false }
      return true
    }
    let rowNumber = rows.firstIndex(of: row).map { $0 + 1 } ?? 0
    var values: [String: Phrase.Value] = ["row": .text(String(rowNumber)), "cell": .text(String(cellNumber))]
    if let name = table.attribute(XMLName(ODF.tableNS, "name")) { values["table"] = .text("'\(name)'") }
    return TemplatePhrase.tableCell.phrase(values)
  }

  func edits(for part: RewrittenPart) throws -> [PartEdit] {
    OpenDocumentRepeatedContent.edits(for: part) + (laysOutSignatures(part) ? OpenDocumentSignatureLayout.edits(for: part, profile: self) : [])
  }

  func completeTree(_ part: RewrittenPart) throws {
    try OpenDocumentBlockStyles.insert(blockStyles, into: part)
    OpenDocumentFigureStyles.add(to: part)
    if laysOutSignatures(part) { OpenDocumentSignatureLayout.declarePrefixes(in: part) }
  }

  /// Whether `part` is the body of a template with the signature styles (`OpenDocumentSignatureLayout`).
  private func laysOutSignatures(_ part: RewrittenPart) -> Bool {
    part.name == "content.xml"
      && blockStyles.paragraphStyles.isSuperset(of: [OpenDocumentSignatureLayout.signatureStyle, OpenDocumentSignatureLayout.dateStyle])
  }
}
