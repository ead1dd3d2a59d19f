import GongwenTemplate
/// Document properties (`docProps/core.xml`, `docProps/app.xml`, ODF `meta.xml`): each leaf
/// element's text is one "paragraph"; values are plain escaped text.
struct PropertiesProfile: FormatProfile {
  func isParagraph(_ element: XMLNode) -> Bool {
    element.parent != nil && element.elementChildren.isEmpty
  }
  func isTextCarrier(_ textNode: XMLNode) -> Bool { true }
  func virtualText(_ element: XMLNode) -> String? { nil }
  func skipsSubtree(_ element: XMLNode) -> Bool { false }
  func isTable(_ element: XMLNode) -> Bool { false }
  func isRow(_ element: XMLNode) -> Bool { false }
  func isCell(_ element: XMLNode) -> Bool { false }
  func requiresParagraph(_ container: XMLNode) -> Bool { false }
  func valueEncoding(textParent: XMLNode) -> ValueEncoding { .plain }
  func prepareForValue(textParent: XMLNode) {}
  func pruneIfEmpty(textParent: XMLNode) {}
  func describeContainer(of paragraph: XMLNode) -> Phrase? {
    let prefix = paragraph.prefix.map { $0 + ":" } ?? ""
    return TemplatePhrase.element.phrase(["name": .text(prefix + paragraph.localName)])
  }
}
