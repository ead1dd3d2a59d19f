import GongwenTemplate

/// Everything a template asks of its data, where: each tag with its place, the sections as a tree, the
/// filters used. Built from the compiled template, so it describes exactly what a render walks.
///
/// ```swift
/// let outline = try Template(path: "report.docx").outline
/// for tag in outline.tags { print(tag.part, tag.paragraph, tag.text) }
/// ```
public struct TemplateOutline: Sendable, Codable, Hashable {
  /// One tag as written, and where it stands.
  public struct Tag: Sendable, Codable, Hashable {
    /// `value`, `section`, `inverted`, `close`, `block`, `image`, or `delimiters` for a delimiter switch.
    public var kind: String
    /// The tag as written, delimiters included.
    public var text: String
    /// The data path (`.` for the current item), names needing them in square brackets.
    public var path: String
    /// The names of the path in order (empty for `.`), as the data spells them.
    public var names: [String]
    /// For a computed tag (`{{本年 - 上年}}`, `{{#同比 > 0}}`), every path it reads; empty for a plain path.
    public var reads: [Read]
    /// The filters in order, as names (`number`, `date`).
    public var filters: [String]
    /// The package part, e.g. `word/header1.xml`.
    public var part: String
    /// 1-based paragraph number within the part.
    public var paragraph: Int
    /// "table 1, row 2, cell 3", "header", "text box", when the paragraph stands in one.
    public var container: String?
    /// The container in each language, for the outline's text (not encoded, not compared).
    package var containerTexts = LanguageTexts()

    private enum CodingKeys: String, CodingKey {
      case kind, text, path, names, reads, filters, part, paragraph, container, paragraphText, offset
    }
    /// The paragraph's text.
    public var paragraphText: String
    /// UTF-8 byte offset of the tag in `paragraphText`.
    public var offset: Int
  }

  /// A path a computed tag reads, and whether it reads it as a number (in arithmetic or an ordering).
  public struct Read: Sendable, Codable, Hashable {
    /// The path's names in order, as the data spells them.
    public var names: [String]
    /// True when the tag computes with it as a number (arithmetic, `>`, `<`).
    public var number: Bool
  }

  /// A section with what it contains, or a single tag.
  public struct Node: Sendable, Codable, Hashable {
    /// The opening tag (the tag itself for a value or block tag).
    public var tag: Tag
    /// For sections: the tags and sections inside, in order.
    public var children: [Node]
    /// For sections: the tag that closes it.
    public var close: Tag?
  }

  /// A part that holds tags.
  public struct Part: Sendable, Codable, Hashable {
    /// The part's name in the package (`word/document.xml`, `content.xml`).
    public var name: String
    /// "body", "header", "footer", "footnotes", "document properties", …
    public var role: String
    private enum CodingKeys: String, CodingKey { case name, role, nodes }
    /// The part's tags as a tree of sections.
    public var nodes: [Node]
  }

  /// The template file.
  public var file: String
  /// `docx` or `odt`.
  public var format: String
  /// The templated parts, in render order.
  public var parts: [Part]

  /// Every tag, part after part, in document order.
  public var tags: [Tag] {
    var all: [Tag] = []
    func visit(_ nodes: [Node]) {
      for node in nodes {
        all.append(node.tag)
        visit(node.children)
        if let close = node.close { all.append(close) }
      }
    }
    for part in parts { visit(part.nodes) }
    return all
  }

  /// The names of the filters the template uses, sorted.
  public var filters: [String] { Array(Set(tags.flatMap(\.filters))).sorted() }
}

extension TemplateOutline.Tag {
  init(_ site: TagSite) {
    let tag = site.tag
    switch tag.kind {
    case .value: kind = tag.newDelimiters == nil ? "value" : "delimiters"
    case .section: kind = "section"
    case .invertedSection: kind = "inverted"
    case .close: kind = "close"
    case .block: kind = "block"
    case .image: kind = "image"
    }
    text = tag.text
    path = tag.expression.path.description
    names = tag.expression.operand.plainPath?.components ?? []
    reads = tag.expression.operand.plainPath == nil
      ? tag.expression.operand.reads.map { TemplateOutline.Read(names: $0.path.components, number: $0.asNumber) } : []
    filters = tag.expression.filters.map(\.name)
    part = site.location.part
    paragraph = site.location.paragraph
    container = site.location.container
    containerTexts = LanguageTexts(site.location.containerPhrase?.texts)
    paragraphText = site.location.paragraphText
    offset = site.location.offset
  }

  /// `word/document.xml ¶12 (table 1, row 2, cell 3)`.
  public var place: String {
    var text = "\(part) ¶\(paragraph)"
    if let container, !container.isEmpty { text += " (\(container))" }
    return text
  }
}

extension Template {
  /// What the template asks of its data, part by part.
  public var outline: TemplateOutline {
    let parts = compiled.parts.filter { !$0.sites.isEmpty }.map { part in
      TemplateOutline.Part(name: part.name, role: compiled.role(of: part.name), nodes: OutlineTree.build(part.sites))
    }
    return TemplateOutline(file: file, format: format.rawValue, parts: parts)
  }
}

/// Nests a part's tags by their sections (the compiler has already checked that they pair up).
enum OutlineTree {
  static func build(_ sites: [TagSite]) -> [TemplateOutline.Node] {
    var levels: [[TemplateOutline.Node]] = [[]]
    var opens: [TemplateOutline.Tag] = []
    for site in sites {
      let tag = TemplateOutline.Tag(site)
      if site.tag.opensSection {
        opens.append(tag)
        levels.append([])
      } else if site.tag.kind == .close, let open = opens.popLast() {
        let children = levels.removeLast()
        levels[levels.count - 1].append(TemplateOutline.Node(tag: open, children: children, close: tag))
      } else {
        levels[levels.count - 1].append(TemplateOutline.Node(tag: tag, children: [], close: nil))
      }
    }
    while let open = opens.popLast() {
      let children = levels.removeLast()
      levels[levels.count - 1].append(TemplateOutline.Node(tag: open, children: children, close: nil))
    }
    return levels[0]
  }
}

/// Texts in each language that travel with a value without taking part in its equality or encoding.
package struct LanguageTexts: Sendable, Hashable {
  package var texts: [MessageLanguage: String]?

  package init(_ texts: [MessageLanguage: String]? = nil) { self.texts = texts }

  package subscript(_ language: MessageLanguage) -> String? { texts?[language] }

  package static func == (_: LanguageTexts, _: LanguageTexts) -> Bool { true }
  package func hash(into hasher: inout Hasher) {}
}
