/// The parts Word 2013 and later keep beside `comments.xml`: `commentsExtended.xml` (`w15:commentEx`:
/// the paraId of a comment's last paragraph, its parent for a reply, done), `commentsIds.xml`
/// (`w16cid:commentId`: paraId → durableId) and `commentsExtensible.xml` (`w16cex:commentExtensible`,
/// by durableId). A comment copied per repetition gets an entry of its own in each: the entry becomes a
/// fragment rendered once per copy, its paraIds the copy's and its durableId fresh in the package.
enum WordCommentExtensions {
  /// The relationship types (last path segment) of the three parts.
  static let types: Set<String> = ["commentsExtended", "commentsIds", "commentsExtensible"]
  static let w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
  static let w16cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
  static let w16cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex"

  /// The extension parts compiled with a fragment for each entry of a comment copied in sections, and
  /// the first durableId no comment uses. `parts` are the extension parts present; `comments` the
  /// comments part.
  static func compile(_ parts: [String], comments: String?, copied: Set<String>,
                      in package: TemplatePackage) throws -> (parts: [CompiledPart], firstFreeDurableID: Int) {
    guard !copied.isEmpty, let comments, let commentsDocument = try package.xml(comments) else { return ([], 1) }
    var commentByParagraph: [String: String] = [:]
    for comment in commentsDocument.root?.elementChildren ?? [] where comment.is(W.name("comment")) {
      guard let id = comment.attribute(W.annotationID) else { continue }
      comment.walk { node in
        if let paraId = node.attribute(W14.paraId) { commentByParagraph[paraId] = id }
        return node.isElement
      }
    }
    let documents = try parts.compactMap { name in try package.xml(name).map { (name, $0) } }
    var paragraphByDurableID: [String: String] = [:]
    var highestDurableID = 0
    for (_, document) in documents {
      for entry in document.root?.elementChildren ?? [] {
        for name in [XMLName(w16cid, "durableId"), XMLName(w16cex, "durableId")] {
          guard let durable = entry.attribute(name) else { continue }
          highestDurableID = max(highestDurableID, Int(durable, radix: 16) ?? 0)
          if let paraId = entry.attribute(XMLName(w16cid, "paraId")) { paragraphByDurableID[durable] = paraId }
        }
      }
    }
    var compiled: [CompiledPart] = []
    for (name, document) in documents {
      var edits: [PartEdit] = []
      for entry in document.root?.elementChildren ?? [] {
        let paraId = entry.attribute(XMLName(w15, "paraId")) ?? entry.attribute(XMLName(w16cid, "paraId"))
          ?? entry.attribute(XMLName(w16cex, "durableId")).flatMap { paragraphByDurableID[$0] }
        guard let comment = paraId.flatMap({ commentByParagraph[$0] }), copied.contains(comment) else { continue }
        edits += [.hookBefore(entry, .noteCopies(.comment, original: comment)), .hookAfter(entry, .fragmentEnd)]
        for attribute in [XMLName(w15, "paraId"), XMLName(w15, "paraIdParent"), XMLName(w16cid, "paraId")] {
          if let value = entry.attribute(attribute) {
            edits.append(.hookAttribute(entry, attribute, .commentParagraphID(original: value)))
          }
        }
        for attribute in [XMLName(w16cid, "durableId"), XMLName(w16cex, "durableId")] {
          if let value = entry.attribute(attribute) {
            edits.append(.hookAttribute(entry, attribute, .commentDurableID(original: value)))
          }
        }
      }
      guard !edits.isEmpty else { continue }
      let untouched = RewrittenPart(document: document, name: name, file: package.file, tags: [], marks: PartMarks(),
                                    encodings: [])
      compiled.append(PartTokenizer.compile(untouched.applying(edits)))
    }
    return (compiled, highestDurableID + 1)
  }
}
