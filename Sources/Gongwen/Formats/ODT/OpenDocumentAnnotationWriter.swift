/// Turns notes into OpenDocument annotations: an `office:annotation` right where the tag starts (the text
/// node split there) and an `office:annotation-end` where it ends, both in `content.xml`.
final class OpenDocumentAnnotationWriter: AnnotationWriter {
  static let dcNS = "http://purl.org/dc/elements/1.1/"
  static let author = "Gongwen"
  let mainPart = "content.xml"
  private var count = 0

  init(package: TemplatePackage) throws {}

  func profile(for part: String) -> FormatProfile? { part == mainPart ? OpenDocumentProfile() : nil }

  func annotate(_ note: AnnotationNote, in document: XMLDocument) throws {
    let paragraph = note.paragraph.element
    count += 1
    let name = "gongwen-error-\(count)"
    guard let annotation = makeAnnotation(note.lines, name: name, in: document, context: paragraph) else { return }
    let pieces = note.paragraph.pieces
    guard let range = note.range, let first = pieces.first(where: { $0.range.contains(range.lowerBound) }) else {
      if let firstChild = paragraph.firstChild { firstChild.insertBefore(annotation) } else { paragraph.append(annotation) }
      return
    }
    let last = pieces.last(where: { $0.range.contains(range.upperBound - 1) }) ?? first
    if let end = document.makeElement(XMLName(ODF.officeNS, "annotation-end"), context: paragraph, preferredPrefix: "office") {
      end.setAttribute(XMLName(ODF.officeNS, "name"), name)
      insert(end, in: document, at: range.upperBound, of: last, after: true)
    }
    insert(annotation, in: document, at: range.lowerBound, of: first, after: false)
  }

  func finish() throws -> [(name: String, bytes: [UInt8])] { [] }

  /// Puts `node` at byte `offset` of the paragraph: inside a text node by splitting it, or beside an
  /// element that stands for text.
  private func insert(_ node: XMLNode, in document: XMLDocument, at offset: Int, of piece: TextPiece, after: Bool) {
    let local = offset - piece.range.lowerBound
    guard !piece.isVirtual, local > 0, local < piece.range.count else {
      if after || local >= piece.range.count { piece.node.insertAfter(node) } else { piece.node.insertBefore(node) }
      return
    }
    let bytes = Array(piece.node.text.utf8)
    let head = String(decoding: bytes[..<local], as: UTF8.self), tail = String(decoding: bytes[local...], as: UTF8.self)
    piece.node.setText(head)
    piece.node.insertAfter(node)
    if let rest = document.makeText(tail) { node.insertAfter(rest) }
  }

  /// `<office:annotation office:name="…"><dc:creator>Gongwen</dc:creator><text:p>…</text:p>…</office:annotation>`.
  private func makeAnnotation(_ lines: [String], name: String, in document: XMLDocument, context: XMLNode) -> XMLNode? {
    guard let annotation = document.makeElement(XMLName(ODF.officeNS, "annotation"), context: context, preferredPrefix: "office"),
      let creator = document.makeElement(XMLName(Self.dcNS, "creator"), context: context, preferredPrefix: "dc"),
      let author = document.makeText(Self.author)
    else { return nil }
    annotation.setAttribute(XMLName(ODF.officeNS, "name"), name)
    creator.append(author)
    annotation.append(creator)
    for line in lines {
      guard let paragraph = document.makeElement(ODF.p, context: context, preferredPrefix: "text"),
        let text = document.makeText(line)
      else { continue }
      paragraph.append(text)
      annotation.append(paragraph)
    }
    return annotation
  }
}
