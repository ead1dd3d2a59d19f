import GongwenTemplate
/// The WordprocessingML vocabulary for the compiler: body, headers, footers, notes, comments.
/// One instance serves one part (it remembers the part's table numbering for messages).
final class WordProfile: FormatProfile {
  /// Each table's 1-based number in document order, counted once on first use.
  private var tableNumbers: [XMLNode: Int]?
  /// The next annotation id (`w:id` of insertions, content controls) free in the part, found on first use.
  private var nextAnnotationID: Int?

  private static let skipped: Set<String> = ["pPr", "rPr", "instrText", "delText", "delInstrText", "drawing", "pict",
                                             "object", "fldData", "footnoteReference", "endnoteReference"]
  private static let inlineContainers: Set<String> = ["hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent",
                                                      "fldSimple", "customXml", "dir", "bdo"]
  private static let splitProperties: Set<String> = ["rPr", "sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr"]
  private static let paragraphHolders: Set<String> = ["tc", "txbxContent", "footnote", "endnote", "comment", "hdr", "ftr"]

  func isParagraph(_ element: XMLNode) -> Bool { element.is(W.p) }

  func isTextCarrier(_ textNode: XMLNode) -> Bool { textNode.parent?.is(W.t) ?? false }

  func virtualText(_ element: XMLNode) -> String? {
    guard element.namespaceURI == W.ns, element.parent?.is(W.r) == true else { return nil }
    switch element.localName {
    case "tab": return "\t"
    case "br", "cr": return "\n"
    default: return nil
    }
  }

  func skipsSubtree(_ element: XMLNode) -> Bool {
    if element.localName == "AlternateContent" { return true }
    return element.namespaceURI == W.ns && Self.skipped.contains(element.localName)
  }

  func mustKeep(_ paragraph: XMLNode) -> Bool {
    paragraph.child(W.pPr)?.child(W.name("sectPr")) != nil
  }

  func hasNonTextContent(_ paragraph: XMLNode) -> Bool {
    var found = false
    paragraph.walk { node in
      guard !found, node.isElement else { return false }
      if node.namespaceURI == W.ns, ["drawing", "pict", "object"].contains(node.localName) { found = true }
      return !found
    }
    return found
  }

  func isInlineContainer(_ element: XMLNode) -> Bool {
    element.namespaceURI == W.ns && Self.inlineContainers.contains(element.localName)
  }

  func isSplitProperty(_ element: XMLNode) -> Bool {
    element.namespaceURI == W.ns && Self.splitProperties.contains(element.localName)
  }

  /// Both halves of a split `w:t` keep their spaces; a split insertion or content control gets its own id.
  func finishSplit(original: XMLNode, copy: XMLNode) {
    if original.is(W.t) {
      original.setAttribute(W.space, "preserve")
      copy.setAttribute(W.space, "preserve")
    }
    if copy.attribute(W.annotationID) != nil {
      copy.setAttribute(W.annotationID, String(freshAnnotationID(in: copy.document)))
    }
    if let id = copy.child(W.name("sdtPr"))?.child(W.annotationID) {
      id.setAttribute(W.val, String(freshAnnotationID(in: copy.document)))
    }
  }

  private func freshAnnotationID(in document: XMLDocument) -> Int {
    var next = nextAnnotationID ?? 0
    if nextAnnotationID == nil {
      document.root?.walk { node in
        guard node.isElement else { return false }
        for value in [node.attribute(W.annotationID), node.is(W.annotationID) ? node.attribute(W.val) : nil] {
          if let number = value.flatMap({ Int($0) }), number >= next { next = number + 1 }
        }
        return true
      }
    }
    nextAnnotationID = next + 1
    return next
  }

  func isTable(_ element: XMLNode) -> Bool { element.is(W.tbl) }
  func isRow(_ element: XMLNode) -> Bool { element.is(W.tr) }
  func isCell(_ element: XMLNode) -> Bool { element.is(W.tc) }

  func requiresParagraph(_ container: XMLNode) -> Bool {
    container.namespaceURI == W.ns && Self.paragraphHolders.contains(container.localName)
  }

  func valueEncoding(textParent: XMLNode) -> ValueEncoding {
    textParent.is(W.t) ? .wordRun(prefix: textParent.prefix ?? "") : .plain
  }

  func prepareForValue(textParent: XMLNode) {
    if textParent.is(W.t) { textParent.setAttribute(W.space, "preserve") }
  }

  func pruneIfEmpty(textParent: XMLNode) {
    var run = textParent
    if textParent.is(W.t) {
      guard textParent.text.isEmpty, textParent.elementChildren.isEmpty, let parent = textParent.parent else { return }
      textParent.remove()
      run = parent
    }
    guard run.is(W.r), run.elementChildren.allSatisfy({ $0.is(W.rPr) }) else { return }
    run.remove()
  }

  /// A paragraph in the `mc:Fallback` of a text box stands for the paragraph at the same position in the
  /// `mc:Choice` before it.
  func firstCopy(of paragraph: XMLNode) -> XMLNode? {
    guard let fallback = paragraph.ancestor(where: { $0.namespaceURI == MC.ns && $0.localName == "Fallback" }),
      let choice = fallback.parent?.elementChildren.first(where: { $0.namespaceURI == MC.ns && $0.localName == "Choice" })
    else { return nil }
    let paragraphs = { (root: XMLNode) -> [XMLNode] in
      var found: [XMLNode] = []
      root.walk { node in
        if node.isElement, node.is(W.p) { found.append(node) }
        return node.isElement
      }
      return found
    }
    let copies = paragraphs(choice)
    guard let position = paragraphs(fallback).firstIndex(of: paragraph), position < copies.count else { return nil }
    return copies[position]
  }

  func describeContainer(of paragraph: XMLNode) -> Phrase? {
    if paragraph.ancestor(where: { $0.is(W.txbxContent) }) != nil { return TemplatePhrase.textBox.phrase() }
    guard let cell = paragraph.ancestor(where: { $0.is(W.tc) }), let row = cell.parent, row.is(W.tr),
      let table = row.ancestor(where: { $0.is(W.tbl) })
    else { return nil }
    let cellNumber = row.elementChildren.filter { $0.is(W.tc) }.firstIndex(of: cell).map { $0 + 1 } ?? 0
    let rowNumber = table.elementChildren.filter { $0.is(W.tr) }.firstIndex(of: row).map { $0 + 1 } ?? 0
    return TemplatePhrase.tableCell.phrase(
      ["table": .text(String(number(of: table))), "row": .text(String(rowNumber)), "cell": .text(String(cellNumber))])
  }

  private func number(of table: XMLNode) -> Int {
    if let numbers = tableNumbers { return numbers[table] ?? 0 }
    var numbers: [XMLNode: Int] = [:]
    table.document.root?.walk { node in
      guard node.isElement else { return false }
      if node.is(W.tbl) { numbers[node] = numbers.count + 1 }
      return true
    }
    tableNumbers = numbers
    return numbers[table] ?? 0
  }

  /// In a notes part: the kind of note it holds and the ids the main document refers to inside sections.
  let repeatedNotes: (kind: NoteKind, ids: Set<String>)?

  /// Whether the part is the main body of a template with the signature styles (`WordSignatureLayout`).
  let laysOutSignatures: Bool

  init(repeatedNotes: (kind: NoteKind, ids: Set<String>)? = nil, laysOutSignatures: Bool = false) {
    self.repeatedNotes = repeatedNotes
    self.laysOutSignatures = laysOutSignatures
  }

  func compilesWithoutTags(_ document: XMLDocument) -> Bool { !(repeatedNotes?.ids.isEmpty ?? true) }

  func edits(for part: RewrittenPart) throws -> [PartEdit] {
    WordRepeatedContent.edits(for: part, notes: repeatedNotes)
      + (laysOutSignatures ? WordSignatureLayout.edits(for: part, profile: self) : [])
  }

  func completeTree(_ part: RewrittenPart) throws {
    try part.ensureBlockPrefixes([("w", W.ns)])
  }
}
