/// Reads the page number of a Word footer: its text with the PAGE field shown as `#`, its size and
/// its alignment.
enum WordPageNumberReader {
  /// The text of a run: `w:t`, tabs as `\t`.
  static func text(of run: XMLNode) -> String {
    var text = ""
    for child in run.elementChildren {
      if child.is(W.t) { text += child.text } else if child.is(W.tab) { text += "\t" }
    }
    return text
  }

  static func read(_ footer: XMLNode?, pages: String, styles: WordStyleSheet) -> DocumentLayout.PageNumber {
    var best = DocumentLayout.PageNumber(pages: pages, text: "", hasPageField: false, size: nil, alignment: nil)
    guard let footer else { return best }
    var paragraphs: [XMLNode] = []
    footer.walk { node in
      guard node.isElement else { return false }
      if node.is(W.p) { paragraphs.append(node); return false }
      return true
    }
    for paragraph in paragraphs {
      var text = ""
      var hasField = false
      var size: Double?
      var instruction = ""
      var state = 0  // 0 text, 1 field instruction, 2 field result
      paragraph.walk { node in
        guard node.isElement else { return false }
        if node.localName == "fldSimple", node.namespaceURI == W.ns {
          if (node.attribute(W.name("instr")) ?? "").uppercased().contains("PAGE") {
            text += "#"
            hasField = true
            if size == nil, let run = node.elementChildren.first(where: { $0.is(W.r) }) { size = styles.size(run, paragraph: paragraph) }
            return false
          }
          return true
        }
        guard node.is(W.r) else { return !node.is(W.pPr) }
        if let mark = node.child(W.name("fldChar"))?.attribute(W.name("fldCharType")) {
          switch mark {
          case "begin": state = 1; instruction = ""
          case "separate":
            state = 2
            if instruction.uppercased().contains("PAGE") { text += "#"; hasField = true }
          default: state = 0
          }
          return false
        }
        if state == 1 {
          instruction += node.elementChildren.filter { $0.localName == "instrText" }.map(\.text).joined()
          if size == nil, instruction.uppercased().contains("PAGE") { size = styles.size(node, paragraph: paragraph) }
          return false
        }
        if state == 2 && instruction.uppercased().contains("PAGE") { return false }
        let runText = Self.text(of: node)
        if size == nil, !runText.trimmingCharacters(in: .whitespaces).isEmpty { size = styles.size(node, paragraph: paragraph) }
        text += runText
        return false
      }
      if hasField || (best.text.isEmpty && !text.isEmpty) {
        best = DocumentLayout.PageNumber(pages: pages, text: text, hasPageField: hasField, size: size,
                                         alignment: styles.alignment(paragraph))
        if hasField { break }
      }
    }
    return best
  }
}
