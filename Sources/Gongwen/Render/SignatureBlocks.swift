import GongwenTemplate

/// The unsealed signature blocks of a part's body as the compiled template sees them (GB/T 9704
/// 7.3.5.2 and 7.3.5.5): the name and date lines to place, and the lines before each block that keep
/// with it so the signature never stands alone on a page.
///
/// A name line is a paragraph in the signature style directly followed (section tags aside) by another
/// name line or by a date line; a date line directly follows a name line. Going back from a block's
/// first name line, every line keeps with the next one up to and including the last one with text
/// (literal text or a value) or the last block or image tag; a table or other element ends the walk.
/// Lines inside a section that does not hold the signature keep only in its last repetition (the last
/// line of a loop body), and the walk goes on past such a section, which may render nothing. The other
/// branch of the signature's own condition (`{{#印章}}…{{/印章}}{{^印章}}` signature `{{/印章}}`) is skipped.
struct SignatureBlocks {
  /// Lines to place, in document order.
  var lines: [(paragraph: XMLNode, role: SignatureLine.Role)] = []
  /// Paragraphs that keep with the next one.
  var keptParagraphs: [(paragraph: XMLNode, lastRepetitionOnly: Bool)] = []
  /// Block and image tags (by paragraph number) whose markup keeps with what follows.
  var keptBlocks: [(paragraph: Int, lastRepetitionOnly: Bool)] = []

  /// Finds the blocks among `body`'s children. `role` tells a paragraph's place by its style;
  /// `isTransparent` names body-level elements that neither count as lines nor end the walk (bookmarks).
  init(body: XMLNode, part: RewrittenPart, profile: FormatProfile, role: (XMLNode) -> SignatureLine.Role?,
       isTransparent: (XMLNode) -> Bool) {
    let nodes = body.children.filter { !($0.isText && $0.text.allSatisfy(\.isWhitespace)) }
    let marks = part.marks
    func lineRole(_ index: Int) -> SignatureLine.Role? {
      nodes.indices.contains(index) && profile.isParagraph(nodes[index]) ? role(nodes[index]) : nil
    }
    func isSectionMarker(_ node: XMLNode) -> Bool {
      switch marks.markers[node] {
      case .open?, .close?: return true
      default: return false
      }
    }
    /// The nearest node in `direction` that is not a section marker.
    func neighbour(_ index: Int, _ direction: Int) -> Int {
      var next = index + direction
      while nodes.indices.contains(next), isSectionMarker(nodes[next]) { next += direction }
      return next
    }
    var starts: [Int] = []
    for index in nodes.indices {
      guard let kind = lineRole(index) else { continue }
      let before = lineRole(neighbour(index, -1)), after = lineRole(neighbour(index, 1))
      switch kind {
      case .name:
        guard after != nil else { continue }
        lines.append((nodes[index], .name))
        if before != .name { starts.append(index) }
      case .date:
        if before == .name { lines.append((nodes[index], .date)) }
      }
    }
    var openers: [XMLNode: XMLNode] = [:]
    for (opener, closer) in part.sectionEnds() { openers[closer] = opener }
    for start in starts {
      keepLines(before: start, in: nodes, marks: marks, openers: openers, profile: profile, role: role, isTransparent: isTransparent)
    }
  }

  /// Walks back from the line at `first` (see the type's description).
  private mutating func keepLines(before first: Int, in nodes: [XMLNode], marks: PartMarks, openers: [XMLNode: XMLNode],
                                  profile: FormatProfile, role: (XMLNode) -> SignatureLine.Role?, isTransparent: (XMLNode) -> Bool) {
    var depth = 0
    var index = first - 1
    while index >= 0 {
      let node = nodes[index]
      index -= 1
      switch marks.markers[node] {
      case .close?:
        depth += 1
        continue
      case .open(let found, let mode)?:
        if depth > 0 {
          depth -= 1
        } else if index >= 0, case .close(let other)? = marks.markers[nodes[index]],
          other.tag.expression.path.description == found.tag.expression.path.description,
          let opener = openers[nodes[index]], case .open(_, let otherMode)? = marks.markers[opener], otherMode != mode,
          let start = nodes.firstIndex(of: opener)
        {
          // the other branch of the signature's own condition never renders with it
          index = start - 1
        }
        continue
      case .block(let found, _)?:
        if found.tag.kind == .image { keptBlocks.append((found.location.paragraph, depth > 0)) }
        if depth == 0 { return }
        continue
      case .some:
        continue
      case nil:
        break
      }
      if isTransparent(node) { continue }
      guard profile.isParagraph(node), role(node) == nil else { return }
      keptParagraphs.append((node, depth > 0))
      if depth == 0 && Self.hasText(node, marks: marks, profile: profile) { return }
    }
  }

  /// Whether a paragraph prints text: literal document text or a value.
  static func hasText(_ paragraph: XMLNode, marks: PartMarks, profile: FormatProfile) -> Bool {
    var found = false
    paragraph.walk { node in
      if found { return false }
      if case .value? = marks.markers[node] { found = true }
      if node.isText, profile.isTextCarrier(node), node.text.contains(where: { !$0.isWhitespace }) { found = true }
      return !(node.isElement && node != paragraph && profile.skipsSubtree(node))
    }
    return found
  }
}
