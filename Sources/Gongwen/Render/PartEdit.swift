/// One change a format adapter asks of a rewritten part: hooks where the output depends on the
/// repetition (ids, numbering, copied notes) and markup that must go. Adapters return edits; the compiler
/// applies them in order (`RewrittenPart.applying`), so no adapter writes into the compilation itself.
enum PartEdit {
  /// The attribute's value renders through a hook (an id fresh in every copy). When several edits name
  /// the same attribute, the first wins.
  case hookAttribute(XMLNode, XMLName, HookKind)
  /// A hook stands right before / right after a node.
  case hookBefore(XMLNode, HookKind)
  case hookAfter(XMLNode, HookKind)
  /// A hook stands as the last child of an element.
  case hookAtEnd(of: XMLNode, HookKind)
  /// A hook takes an element's place (a list's `w:numId` rendered per repetition).
  case replaceWithHook(XMLNode, HookKind)
  /// The first node moves to right before / right after the second.
  case moveBefore(XMLNode, XMLNode)
  case moveAfter(XMLNode, XMLNode)
  /// The node leaves the tree.
  case remove(XMLNode)
  /// The attribute leaves its element.
  case removeAttribute(XMLNode, XMLName)
  /// A node made for the tree becomes the last child of an element.
  case append(XMLNode, to: XMLNode)
  /// The block or image tag standing alone in paragraph `paragraph` (its 1-based number) renders kept
  /// with what follows; only in the last repetition of the sections around it with `lastRepetitionOnly`.
  case keepBlock(paragraph: Int, lastRepetitionOnly: Bool)
}

extension RewrittenPart {
  /// The part with `edits` applied, in order: the tree changes in place, the marks grow.
  func applying(_ edits: [PartEdit]) -> RewrittenPart {
    var edited = self
    for edit in edits {
      switch edit {
      case .hookAttribute(let element, let name, let kind):
        edited.marks.hookAttribute(name, of: element, kind)
      case .hookBefore(let node, let kind):
        if let marker = edited.marks.makeHookMarker(kind, in: document) { node.insertBefore(marker) }
      case .hookAfter(let node, let kind):
        if let marker = edited.marks.makeHookMarker(kind, in: document) { node.insertAfter(marker) }
      case .hookAtEnd(let element, let kind):
        if let marker = edited.marks.makeHookMarker(kind, in: document) { element.append(marker) }
      case .replaceWithHook(let node, let kind):
        if let marker = edited.marks.makeHookMarker(kind, in: document) {
          node.insertBefore(marker)
          node.remove()
        }
      case .moveBefore(let node, let place):
        node.unlink()
        place.insertBefore(node)
      case .moveAfter(let node, let place):
        node.unlink()
        place.insertAfter(node)
      case .remove(let node):
        node.remove()
      case .removeAttribute(let element, let name):
        element.removeAttribute(name)
      case .append(let node, let element):
        element.append(node)
      case .keepBlock(let paragraph, let lastRepetitionOnly):
        edited.marks.keptBlocks[paragraph] = lastRepetitionOnly
      }
    }
    return edited
  }
}
