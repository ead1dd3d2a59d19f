import GongwenTemplate
/// Turns notes into Word comments: `w:commentRangeStart`/`w:commentRangeEnd` around the runs of the tag
/// and a `w:commentReference` run after them in the document; the comments go into the main document's
/// comments part, made (with its relationship and content type) when the template has none.
final class WordCommentWriter: AnnotationWriter {
  static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
  static let commentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
  static let author = "Gongwen"

  let mainPart: String
  private let package: TemplatePackage
  private let commentsPart: String
  private let comments: XMLDocument
  private let isNewPart: Bool
  private var nextID: Int

  init(package: TemplatePackage) throws {
    self.package = package
    let relationships = try Relationships.read(for: "", in: package)
    guard let main = relationships.first(where: { OPC.officeDocument.contains($0.type) && !$0.isExternal }) else {
      throw PackageError(.missingPart, file: package.file, part: "_rels/.rels",
                         detail: PackagePhrase.noMainRelationship.phrase())
    }
    mainPart = main.target
    let existing = try Relationships.read(for: main.target, in: package)
      .first { $0.shortType == "comments" && !$0.isExternal && package.has($0.target) }
    if let existing, let document = try package.xml(existing.target) {
      commentsPart = existing.target
      comments = document
      isNewPart = false
    } else {
      let folder = main.target.split(separator: "/").dropLast().joined(separator: "/")
      var name = (folder.isEmpty ? "" : folder + "/") + "comments.xml"
      var number = 1
      while package.has(name) {
        name = (folder.isEmpty ? "" : folder + "/") + "comments\(number).xml"
        number += 1
      }
      commentsPart = name
      let empty = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:comments xmlns:w=\"\(W.ns)\"/>"
      comments = try XMLDocument(parsing: Array(empty.utf8), part: name)
      isNewPart = true
    }
    let ids = (comments.root?.elementChildren ?? []).filter { $0.is(W.name("comment")) }
      .compactMap { $0.attribute(W.name("id")).flatMap { Int($0) } }
    nextID = (ids.max() ?? -1) + 1
  }

  func profile(for part: String) -> FormatProfile? { part == mainPart ? WordProfile() : nil }

  func annotate(_ note: AnnotationNote, in document: XMLDocument) throws {
    let paragraph = note.paragraph.element
    let id = String(nextID)
    nextID += 1
    guard let start = element("commentRangeStart", id: id, in: document, context: paragraph),
      let end = element("commentRangeEnd", id: id, in: document, context: paragraph),
      let reference = referenceRun(id: id, in: document, context: paragraph)
    else { return }
    let pieces = note.paragraph.pieces
    if let range = note.range, let first = pieces.first(where: { $0.range.contains(range.lowerBound) }) ?? pieces.first {
      let last = pieces.last(where: { $0.range.contains(range.upperBound - 1) }) ?? first
      // Split the runs at the tag's ends (the end first, so the start's offsets stay valid): the comment
      // then covers the tag and nothing else.
      if !last.isVirtual {
        _ = WordRunSplitter.split(at: last.node, offset: range.upperBound - last.range.lowerBound)
      }
      // Both runs are found before the start is split: the split may free nodes after the start in its run.
      let endingRun = Self.run(of: last.node) ?? last.node
      let startingRun = Self.run(of: first.node) ?? first.node
      var firstRun = startingRun
      if !first.isVirtual, let split = WordRunSplitter.split(at: first.node, offset: range.lowerBound - first.range.lowerBound) {
        firstRun = split
      }
      let lastRun = endingRun == startingRun ? firstRun : endingRun
      firstRun.insertBefore(start)
      lastRun.insertAfter(end)
    } else {
      // No tag to anchor at: the comment covers the whole paragraph.
      if let properties = paragraph.child(W.pPr) {
        properties.insertAfter(start)
      } else if let firstChild = paragraph.firstChild {
        firstChild.insertBefore(start)
      } else {
        paragraph.append(start)
      }
      paragraph.append(end)
    }
    end.insertAfter(reference)
    try addComment(id: id, lines: note.lines)
  }

  func finish() throws -> [(name: String, bytes: [UInt8])] {
    guard nextID > 0 else { return [] }
    var parts = [(commentsPart, XMLSerializer.bytes(of: comments))]
    guard isNewPart else { return parts }
    let relationshipsPart = Relationships.partName(for: mainPart)
    let rels = try package.xml(relationshipsPart)
      ?? XMLDocument(parsing: Array("<Relationships xmlns=\"\(OPC.relationshipsNS)\"/>".utf8), part: relationshipsPart)
    if let root = rels.root {
      let ids = Set(root.elementChildren.compactMap { $0.attribute(XMLName("", "Id")) })
      var number = ids.count + 1
      while ids.contains("rId\(number)") { number += 1 }
      let target = String(commentsPart.split(separator: "/").last ?? "comments.xml")
      if let relationship = rels.makeElement(OPC.relationship, context: root, preferredPrefix: nil) {
        relationship.setAttribute(XMLName("", "Id"), "rId\(number)")
        relationship.setAttribute(XMLName("", "Type"), Self.commentsType)
        relationship.setAttribute(XMLName("", "Target"), target)
        root.append(relationship)
      }
    }
    parts.append((relationshipsPart, XMLSerializer.bytes(of: rels)))
    if let types = try package.xml(WordPackageRules.contentTypesPart), let root = types.root,
      let override = types.makeElement(XMLName(OPC.contentTypesNS, "Override"), context: root, preferredPrefix: nil)
    {
      override.setAttribute(XMLName("", "PartName"), "/" + commentsPart)
      override.setAttribute(XMLName("", "ContentType"), Self.commentsContentType)
      root.append(override)
      parts.append((WordPackageRules.contentTypesPart, XMLSerializer.bytes(of: types)))
    }
    return parts
  }

  /// The run a text node or a tab/break element belongs to.
  private static func run(of node: XMLNode) -> XMLNode? {
    node.is(W.r) ? node : node.ancestor { $0.is(W.r) }
  }

  private func element(_ name: String, id: String, in document: XMLDocument, context: XMLNode) -> XMLNode? {
    let element = document.makeElement(W.name(name), context: context, preferredPrefix: "w")
    element?.setAttribute(W.name("id"), id)
    return element
  }

  private func referenceRun(id: String, in document: XMLDocument, context: XMLNode) -> XMLNode? {
    guard let run = document.makeElement(W.r, context: context, preferredPrefix: "w"),
      let reference = element("commentReference", id: id, in: document, context: context)
    else { return nil }
    run.append(reference)
    return run
  }

  /// Appends `<w:comment>` with one paragraph per line.
  private func addComment(id: String, lines: [String]) throws {
    guard let root = comments.root, let comment = comments.makeElement(W.name("comment"), context: root, preferredPrefix: "w")
    else { return }
    comment.setAttribute(W.name("id"), id)
    comment.setAttribute(W.name("author"), Self.author)
    comment.setAttribute(W.name("initials"), "GW")
    root.append(comment)
    for line in lines {
      guard let paragraph = comments.makeElement(W.p, context: root, preferredPrefix: "w"),
        let run = comments.makeElement(W.r, context: root, preferredPrefix: "w"),
        let text = comments.makeElement(W.t, context: root, preferredPrefix: "w"),
        let content = comments.makeText(line)
      else { continue }
      text.setAttribute(W.space, "preserve")
      text.append(content)
      run.append(text)
      paragraph.append(run)
      comment.append(paragraph)
    }
  }
}
