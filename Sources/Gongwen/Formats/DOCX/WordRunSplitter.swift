/// Splits a Word run in two at a byte offset of one of its text nodes, both halves keeping the run's
/// properties, so that markup (a comment range) can start or end exactly there.
enum WordRunSplitter {
  /// Splits the run holding `textNode` (the text of a `w:t` directly in a `w:r`) before byte `offset` of
  /// that text. Returns the run that now starts at the offset: a new run inserted after the original,
  /// or the original itself when nothing of it comes before the offset. Nil when the node is not a run's
  /// text.
  static func split(at textNode: XMLNode, offset: Int) -> XMLNode? {
    guard let text = textNode.parent, text.is(W.t), let run = text.parent, run.is(W.r) else { return nil }
    let content = run.children.filter { !$0.is(W.rPr) }
    guard let index = content.firstIndex(of: text) else { return nil }
    let bytes = Array(textNode.text.utf8)
    let cut = max(0, min(offset, bytes.count))
    if cut == 0, index == 0 { return run }
    if cut == bytes.count, index == content.count - 1 { return nil }  // nothing of the run after the offset
    guard let copy = run.deepCopy() else { return nil }
    let copied = copy.children.filter { !$0.is(W.rPr) }
    guard copied.count == content.count else {
      copy.remove()
      return nil
    }
    run.insertAfter(copy)
    for node in content[(index + 1)...] { node.remove() }
    for node in copied[..<index] { node.remove() }
    let head = String(decoding: bytes[..<cut], as: UTF8.self), tail = String(decoding: bytes[cut...], as: UTF8.self)
    // The text nodes themselves are changed (setting an element's text would free the node the caller holds).
    if head.isEmpty {
      text.remove()
    } else {
      textNode.setText(head)
      text.setAttribute(W.space, "preserve")
    }
    if let copiedText = copied[index].children.first(where: \.isText) {
      copiedText.setText(tail)
    } else {
      copied[index].setText(tail)
    }
    copied[index].setAttribute(W.space, "preserve")
    return copy
  }
}
