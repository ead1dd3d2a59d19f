/// Adds the automatic styles figures use to a part that holds image tags: a centred figure paragraph
/// with single line height (kept with its caption), a caption paragraph and an as-character frame.
enum OpenDocumentFigureStyles {
  static let figure = "GongwenFigure", caption = "GongwenCaption", frame = "GongwenFigureFrame"
  /// A caption kept with the next paragraph (before a signature).
  static let keptCaption = "GongwenCaptionKept"
  /// A picture behind the text (a seal), placed from the type area's left and the paragraph's top.
  static let behindText = "GongwenBehindText"

  static func add(to part: RewrittenPart) {
    guard part.tags.contains(where: { $0.tag.kind == .image }), let root = part.document.root else { return }
    let automatic = XMLName(ODF.officeNS, "automatic-styles")
    var styles = root.child(automatic)
    if styles == nil, let created = root.appendElement("automatic-styles", namespace: ODF.officeNS, prefix: "office") {
      let next = root.child(XMLName(ODF.officeNS, "body")) ?? root.child(XMLName(ODF.officeNS, "master-styles"))
      next?.insertBefore(created)
      styles = created
    }
    declareSequence(in: root)
    guard let styles else { return }
    let existing = Set(styles.elementChildren.compactMap { $0.attribute(XMLName(ODF.styleNS, "name")) })
    let centred = ["margin-left": "0cm", "margin-right": "0cm", "text-indent": "0cm", "text-align": "center"]
    if !existing.contains(figure) {
      addStyle(to: styles, name: figure, family: "paragraph", properties: "paragraph-properties",
               fo: centred.merging(["margin-top": "0cm", "margin-bottom": "0cm", "line-height": "100%",
                                    "keep-with-next": "always"]) { a, _ in a }, style: [:])
    }
    if !existing.contains(caption) {
      addStyle(to: styles, name: caption, family: "paragraph", properties: "paragraph-properties", fo: centred, style: [:])
    }
    if !existing.contains(keptCaption), !part.marks.keptBlocks.isEmpty {
      addStyle(to: styles, name: keptCaption, family: "paragraph", properties: "paragraph-properties",
               fo: centred.merging(["keep-with-next": "always"]) { a, _ in a }, style: [:])
    }
    if !existing.contains(frame) {
      addStyle(to: styles, name: frame, family: "graphic", properties: "graphic-properties",
               fo: ["padding": "0cm", "border": "none"], style: ["vertical-pos": "top", "vertical-rel": "baseline"])
    }
    if !existing.contains(behindText), part.tags.contains(where: { SealPlacement.isSeal($0.tag) }) {
      addStyle(to: styles, name: behindText, family: "graphic", properties: "graphic-properties",
               fo: ["padding": "0cm", "border": "none"],
               style: ["wrap": "run-through", "run-through": "background", "horizontal-pos": "from-left",
                       "horizontal-rel": "page-content", "vertical-pos": "from-top", "vertical-rel": "paragraph"])
    }
  }

  /// Declares the 图 sequence captions number with, beside the office suite's own sequences.
  private static func declareSequence(in root: XMLNode) {
    guard let declarations = root.child(XMLName(ODF.officeNS, "body"))?.child(XMLName(ODF.officeNS, "text"))?
      .child(ODF.text("sequence-decls")),
      !declarations.elementChildren.contains(where: { $0.attribute(ODF.text("name")) == "图" }),
      let declaration = declarations.appendElement("sequence-decl", namespace: ODF.textNS, prefix: "text")
    else { return }
    declaration.setAttribute("display-outline-level", namespace: ODF.textNS, prefix: "text", "0")
    declaration.setAttribute("name", namespace: ODF.textNS, prefix: "text", "图")
  }

  private static func addStyle(to styles: XMLNode, name: String, family: String, properties: String,
                               fo: [String: String], style: [String: String]) {
    guard let element = styles.appendElement("style", namespace: ODF.styleNS, prefix: "style") else { return }
    element.setAttribute("name", namespace: ODF.styleNS, prefix: "style", name)
    element.setAttribute("family", namespace: ODF.styleNS, prefix: "style", family)
    // Paragraphs take the document's text font from the default paragraph style, as Word's do from Normal.
    if family == "paragraph" { element.setAttribute("parent-style-name", namespace: ODF.styleNS, prefix: "style", "Standard") }
    guard let props = element.appendElement(properties, namespace: ODF.styleNS, prefix: "style") else { return }
    for (key, value) in fo.sorted(by: { $0.key < $1.key }) {
      props.setAttribute(key, namespace: OpenDocumentFigureSetup.foNS, prefix: "fo", value)
    }
    for (key, value) in style.sorted(by: { $0.key < $1.key }) {
      props.setAttribute(key, namespace: ODF.styleNS, prefix: "style", value)
    }
  }
}
