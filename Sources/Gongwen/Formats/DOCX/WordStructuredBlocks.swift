import GongwenTemplate

/// The markup a Word block tag (`{{>正文}}`) inserts: its value built into structured content and
/// written in the template's styles.
enum WordStructuredBlocks {
  /// The markup; `sectionBreaks` becomes true when it holds section breaks (a landscape table's).
  static func markup(_ value: Value, site: TagSite, styles: WordStyleCatalog, sectionBreaks: inout Bool) throws -> [UInt8] {
    let blocks = try StructuredContentBuilder.build(value, path: site.tag.expression.path.description)
    var writer = WordStructuredWriter(styles: styles, prefix: "w")
    // A cell or text box must end with a paragraph.
    let markup = writer.markup(blocks, mustEndWithParagraph: site.location.container != nil)
    if writer.wroteSectionBreaks { sectionBreaks = true }
    return markup
  }
}
