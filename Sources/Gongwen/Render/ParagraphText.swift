/// One piece of a paragraph's text: a text node, or an element standing for text (a tab).
struct TextPiece {
  let node: XMLNode
  /// UTF-8 byte range in the paragraph's text.
  let range: Range<Int>
  let isVirtual: Bool
}

/// A paragraph's text as a reader sees it, with a map from byte offsets back to the nodes.
struct ParagraphText {
  let element: XMLNode
  /// 1-based position among the part's paragraphs in document order.
  let index: Int
  let text: String
  let pieces: [TextPiece]

  /// Flattens `element`'s text, leaving out nested paragraphs (text boxes) and non-text subtrees.
  init(_ element: XMLNode, index: Int, profile: FormatProfile) {
    self.element = element
    self.index = index
    var text = ""
    var pieces: [TextPiece] = []
    var offset = 0
    func add(_ node: XMLNode, _ content: String, virtual: Bool) {
      let length = content.utf8.count
      guard length > 0 else { return }
      pieces.append(TextPiece(node: node, range: offset..<offset + length, isVirtual: virtual))
      text += content
      offset += length
    }
    var child = element.firstChild
    while let node = child {
      node.walk { current in
        if current.isText {
          if profile.isTextCarrier(current) { add(current, current.text, virtual: false) }
          return false
        }
        guard current.isElement else { return false }
        if profile.isParagraph(current) || profile.skipsSubtree(current) { return false }
        if let virtual = profile.virtualText(current) {
          add(current, virtual, virtual: true)
          return false
        }
        return true
      }
      child = node.nextSibling
    }
    self.text = text
    self.pieces = pieces
  }

  /// The text without surrounding white space (ideographic spaces included).
  var trimmedText: Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" }
    guard let start = text.firstIndex(where: { !isSpace($0) }),
      let end = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return text[start...end]
  }
}

extension ParagraphText {
  /// Every paragraph of a document in document order, numbered from 1 (nested ones, in text boxes,
  /// after the paragraph that holds them; a second copy of a paragraph, `FormatProfile.firstCopy`, with
  /// the first copy's number).
  static func all(in document: XMLDocument, profile: FormatProfile) -> [ParagraphText] {
    var paragraphs: [ParagraphText] = []
    var numbers: [XMLNode: Int] = [:]
    var count = 0
    document.root?.walk { node in
      guard node.isElement else { return false }
      if profile.isParagraph(node) {
        let number: Int
        if let first = profile.firstCopy(of: node), let known = numbers[first] {
          number = known
        } else {
          count += 1
          number = count
        }
        numbers[node] = number
        paragraphs.append(ParagraphText(node, index: number, profile: profile))
      }
      return true
    }
    return paragraphs
  }
}
