import GongwenTemplate
/// Brings the two tags of a section to a common level when they sit in differently nested inline
/// elements (an ODF `text:span` LibreOffice added for an rsid, a Word `w:hyperlink`, `w:ins`, `w:sdt`).
///
/// Each tag whose text is wrapped in such containers below the level the two tags share has those
/// containers split at its boundaries (both halves keep the container's properties) and unwrapped
/// around the tag's own text, which is cut out later anyway. The paragraph's text does not change, so
/// the tags' byte ranges stay valid; the stage returns the paragraphs flattened again.
struct InlineContainerSplit {
  let profile: FormatProfile

  /// Splits containers for every section pair whose tags' text nodes differ in shape.
  func apply(_ pairs: [SectionPair], tags: [FoundTag], paragraphs: [ParagraphText]) -> [ParagraphText] {
    var paragraphs = paragraphs
    for pair in pairs {
      let open = tags[pair.open], close = tags[pair.close]
      guard let a = startNode(of: open, in: paragraphs), let b = startNode(of: close, in: paragraphs),
        !InlineShape.same(a, b)
      else { continue }
      guard let common = InlineShape.commonAncestor(a, b) else { continue }
      for found in [open, close] {
        let paragraph = paragraphs[found.paragraph]
        // Within one paragraph the tags meet at their common ancestor; across paragraphs, each at its own.
        let top = open.paragraph == close.paragraph ? common : paragraph.element
        guard let node = startNode(of: found, in: paragraphs), hasContainer(between: node, and: top) else { continue }
        lift(found, in: paragraph, to: top)
        paragraphs[found.paragraph] = ParagraphText(paragraph.element, index: paragraph.index, profile: profile)
      }
    }
    return paragraphs
  }

  private func startNode(of found: FoundTag, in paragraphs: [ParagraphText]) -> XMLNode? {
    paragraphs[found.paragraph].pieces.first { $0.range.contains(found.range.lowerBound) }?.node
  }

  private func hasContainer(between node: XMLNode, and top: XMLNode) -> Bool {
    var current = node.parent
    while let element = current, element != top {
      if profile.isInlineContainer(element) { return true }
      current = element.parent
    }
    return false
  }

  /// A place between two children of `parent`: before `next`, or at the end when `next` is nil.
  private struct Boundary {
    let parent: XMLNode
    let next: XMLNode?
  }

  /// Splits the tree at the tag's start and end up to `top`, then unwraps the containers between.
  private func lift(_ found: FoundTag, in paragraph: ParagraphText, to top: XMLNode) {
    guard let startPiece = paragraph.pieces.first(where: { $0.range.contains(found.range.lowerBound) }),
      let startParent = startPiece.node.parent,
      let start = climb(split(startPiece, at: found.range.lowerBound - startPiece.range.lowerBound,
                              parent: startParent, top: top), to: top)
    else { return }
    // The start's split may have moved the end's text into a new node: find it again.
    let after = ParagraphText(paragraph.element, index: paragraph.index, profile: profile)
    guard let endPiece = after.pieces.last(where: { $0.range.lowerBound < found.range.upperBound }),
      let endParent = endPiece.node.parent,
      let end = climb(split(endPiece, at: found.range.upperBound - endPiece.range.lowerBound,
                            parent: endParent, top: top), to: top)
    else { return }
    var node = start.next
    var between: [XMLNode] = []
    while let current = node, current != end.next {
      between.append(current)
      node = current.nextSibling
    }
    for element in between where element.isElement { unwrap(element) }
  }

  /// The boundary at byte `offset` of a piece, inside the piece's parent (splitting a text node's
  /// parent when the offset falls inside its text).
  private func split(_ piece: TextPiece, at offset: Int, parent: XMLNode, top: XMLNode) -> Boundary {
    let length = piece.range.count
    if offset <= 0 { return Boundary(parent: parent, next: piece.node) }
    if offset >= length || piece.isVirtual || parent == top {
      // A text node standing right in `top` is not split: the tag's text in it is cut out later.
      return Boundary(parent: parent, next: offset >= length || piece.isVirtual ? piece.node.nextSibling : piece.node)
    }
    let bytes = Array(piece.node.text.utf8)
    guard let copy = splitCopy(of: parent), let tail = parent.document.makeText(
      String(decoding: bytes[offset...], as: UTF8.self))
    else { return Boundary(parent: parent, next: piece.node) }
    let following = piece.node.followingSiblings
    piece.node.setText(String(decoding: bytes[..<offset], as: UTF8.self))
    _ = copy.append(tail)
    for node in following {
      node.unlink()
      _ = copy.append(node)
    }
    guard let grand = parent.parent, let placed = parent.insertAfter(copy) else {
      return Boundary(parent: parent, next: nil)
    }
    placed.reconcileNamespaces()
    profile.finishSplit(original: parent, copy: placed)
    return Boundary(parent: grand, next: placed)
  }

  /// Splits the ancestors of a boundary until it falls between two children of `top`.
  private func climb(_ boundary: Boundary, to top: XMLNode) -> Boundary? {
    var boundary = boundary
    while boundary.parent != top {
      let element = boundary.parent
      guard let grand = element.parent else { return nil }
      let leading = element.children.prefix { $0 != boundary.next }
      if leading.allSatisfy({ isProperty($0) }) {
        boundary = Boundary(parent: grand, next: element)
        continue
      }
      guard let first = boundary.next, !([first] + first.followingSiblings).allSatisfy({ isProperty($0) && !$0.isElement })
      else {
        boundary = Boundary(parent: grand, next: element.nextSibling)
        continue
      }
      guard let copy = splitCopy(of: element) else { return nil }
      for node in [first] + first.followingSiblings {
        node.unlink()
        _ = copy.append(node)
      }
      guard let placed = element.insertAfter(copy) else { return nil }
      placed.reconcileNamespaces()
      profile.finishSplit(original: element, copy: placed)
      boundary = Boundary(parent: grand, next: placed)
    }
    return boundary
  }

  /// A container's copy for the second half: its attributes and its property children.
  private func splitCopy(of element: XMLNode) -> XMLNode? {
    guard let copy = element.shallowCopy() else { return nil }
    for child in element.elementChildren where profile.isSplitProperty(child) {
      if let properties = child.deepCopy() { _ = copy.append(properties) }
    }
    return copy
  }

  /// Replaces an inline container by its content (without its properties), recursively.
  private func unwrap(_ element: XMLNode) {
    guard profile.isInlineContainer(element) else { return }
    for child in element.children {
      if child.isElement, profile.isSplitProperty(child) {
        child.remove()
        continue
      }
      child.unlink()
      if let placed = element.insertBefore(child), placed.isElement { unwrap(placed) }
    }
    element.remove()
  }

  private func isProperty(_ node: XMLNode) -> Bool {
    node.isElement ? profile.isSplitProperty(node) : node.text.allSatisfy(\.isWhitespace) && !profile.isTextCarrier(node)
  }
}

/// The path from a text node up to the ancestor two tags share, compared by element names.
enum InlineShape {
  /// True when both nodes sit at the same depth under their common ancestor, through elements of the
  /// same names, so that the markup between them can repeat and stay well-formed.
  static func same(_ a: XMLNode, _ b: XMLNode) -> Bool {
    let pathA = a.ancestors, pathB = b.ancestors
    let common = sharedCount(pathA, pathB)
    let restA = pathA.dropLast(common), restB = pathB.dropLast(common)
    guard restA.count == restB.count else { return false }
    return zip(restA, restB).allSatisfy { $0.localName == $1.localName && $0.namespaceURI == $1.namespaceURI }
  }

  /// The nearest element that holds both nodes.
  static func commonAncestor(_ a: XMLNode, _ b: XMLNode) -> XMLNode? {
    let pathA = a.ancestors, pathB = b.ancestors
    let common = sharedCount(pathA, pathB)
    return common > 0 ? pathA[pathA.count - common] : nil
  }

  private static func sharedCount(_ pathA: [XMLNode], _ pathB: [XMLNode]) -> Int {
    var common = 0
    while common < min(pathA.count, pathB.count), pathA[pathA.count - 1 - common] == pathB[pathB.count - 1 - common] {
      common += 1
    }
    return common
  }
}
