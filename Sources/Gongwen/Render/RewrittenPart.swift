import GongwenTemplate

/// The fourth stage of compiling a part: its tree with the tags cut out and markers in their place,
/// ready for the format's edits and for tokenizing. The tree itself is libxml2's and changes in place;
/// everything the compiler knows about it travels in this value.
struct RewrittenPart {
  let document: XMLDocument
  let name: String
  /// The template file, for messages.
  let file: String?
  let tags: [FoundTag]
  var marks: PartMarks
  /// Value encodings by context number.
  let encodings: [ValueEncoding]

  /// True when the part holds a block tag (`{{>x}}`) standing alone in its paragraph.
  var hasStructuredBlocks: Bool { tags.contains { $0.tag.kind == .block } }

  /// Walks the tree in document order with the number of sections open at each node.
  func walkWithSectionDepth(_ visit: (XMLNode, Int) -> Bool) {
    walkWithSections { node, sections in visit(node, sections.count) }
  }

  /// Walks the tree in document order with the open markers of the sections around each node,
  /// outermost first. Markers themselves are not visited.
  func walkWithSections(_ visit: (XMLNode, [XMLNode]) -> Bool) {
    guard let root = document.root else { return }
    var open: [XMLNode] = []
    root.walk { node in
      if let token = marks.markers[node] {
        switch token {
        case .open: open.append(node)
        case .close: _ = open.popLast()
        default: break
        }
        return false
      }
      return visit(node, open)
    }
  }

  /// For each section's open marker, its close marker.
  func sectionEnds() -> [XMLNode: XMLNode] {
    var ends: [XMLNode: XMLNode] = [:]
    var open: [XMLNode] = []
    document.root?.walk { node in
      switch marks.markers[node] {
      case .open?: open.append(node)
      case .close?: if let opener = open.popLast() { ends[opener] = node }
      default: break
      }
      return node.isElement
    }
    return ends
  }
}
