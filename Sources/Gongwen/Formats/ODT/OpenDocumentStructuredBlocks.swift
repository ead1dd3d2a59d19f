import GongwenTemplate

/// The markup an OpenDocument block tag (`{{>正文}}`) inserts: its value built into structured
/// content and written in the template's styles.
enum OpenDocumentStructuredBlocks {
  /// `landscape` becomes true when a table was put on landscape pages.
  static func markup(_ value: Value, site: TagSite, styles: OpenDocumentStyleCatalog, tableCount: inout Int,
                     landscape: inout Bool) throws -> [UInt8] {
    let blocks = try StructuredContentBuilder.build(value, path: site.tag.expression.path.description)
    var writer = OpenDocumentStructuredWriter(styles: styles, tableCount: tableCount)
    let markup = writer.markup(blocks)
    tableCount = writer.tableCount
    landscape = landscape || writer.wroteLandscapeTable
    return markup
  }
}
