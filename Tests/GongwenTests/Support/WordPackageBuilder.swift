import Foundation

@testable import Gongwen

/// Builds a small but complete and schema-valid .docx in memory from a `document.xml` body
/// snippet, plus optional headers, footers, footnotes, comments, numbering, an image and document
/// properties. Parts are written in Word's order: `[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml`, …, `docProps/*`.
///
/// ```swift
/// var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
/// builder.headers = [WordML.para("{{unit}}")]
/// builder.coreTitle = "{{title}}"
/// let bytes = try builder.build()          // a .docx in memory (ZipWriter)
/// try builder.writeFolder(to: directory)   // the same parts as an unpacked folder (for `pack`)
/// ```
struct WordPackageBuilder {
  /// The content of `w:body` before the final `w:sectPr`.
  var body: String
  /// The whole `word/document.xml`; overrides `body` when set.
  var documentXML: String?
  /// Paragraphs of `word/header1.xml`, `word/header2.xml`, …
  var headers: [String] = []
  /// Paragraphs of `word/footer1.xml`, …
  var footers: [String] = []
  /// Paragraphs of footnote 1 (`word/footnotes.xml`, with Word's separator notes -1 and 0).
  var footnote: String?
  /// Paragraphs of comment 0 (`word/comments.xml`).
  var comment: String?
  /// Children of `w:numbering` (`word/numbering.xml`).
  var numbering: String?
  /// Adds `word/media/image1.png` with relationship `rIdImage1` (for `WordML.drawing`).
  var includeImage = false
  /// `dc:title` of `docProps/core.xml`.
  var coreTitle = "工作报告"
  /// `Company` of `docProps/app.xml`.
  var appCompany = "某某单位"
  /// `vt:lpwstr` values of `docProps/custom.xml` properties by name, as Word writes custom properties.
  var customProperties: [(name: String, value: String)] = []
  /// More entries, added at the end as they are.
  var extraEntries: [(name: String, bytes: [UInt8])] = []

  init(body: String) { self.body = body }

  /// Every entry in package order.
  func entries() -> [(name: String, bytes: [UInt8])] {
    var list: [(String, String)] = []
    list.append(("[Content_Types].xml", contentTypes()))
    list.append(("_rels/.rels", packageRelationships))
    list.append(("word/document.xml", documentXML ?? WordML.document(body: body, sectPr: WordML.sectPr(references: sectionReferences))))
    list.append(("word/_rels/document.xml.rels", documentRelationships()))
    for (index, header) in headers.enumerated() {
      list.append(("word/header\(index + 1).xml", WordML.headerFooter("hdr", header)))
    }
    for (index, footer) in footers.enumerated() {
      list.append(("word/footer\(index + 1).xml", WordML.headerFooter("ftr", footer)))
    }
    if let footnote { list.append(("word/footnotes.xml", footnotesXML(footnote))) }
    if let comment { list.append(("word/comments.xml", commentsXML(comment))) }
    if let numbering { list.append(("word/numbering.xml", WordML.numbering(numbering))) }
    list.append(("word/styles.xml", Self.styles))
    list.append(("word/settings.xml", Self.settings))
    list.append(("docProps/core.xml", coreXML))
    list.append(("docProps/app.xml", appXML))
    if !customProperties.isEmpty { list.append(("docProps/custom.xml", customXML())) }
    var result = list.map { (name: $0.0, bytes: Array($0.1.utf8)) }
    if includeImage { result.insert((name: "word/media/image1.png", bytes: Self.png), at: 4) }
    return result + extraEntries
  }

  /// The package bytes, written with Gongwen's `ZipWriter` (deflated, fixed timestamps).
  func build() throws -> [UInt8] {
    let writer = try ZipWriter(name: "template.docx")
    for entry in entries() {
      try writer.add(name: entry.name, bytes: entry.bytes, compression: .deflate)
    }
    return try writer.finish()
  }

  /// Writes the parts as an unpacked folder (what `gongwen pack` reads).
  func writeFolder(to directory: String) throws {
    for entry in entries() {
      let url = URL(fileURLWithPath: directory).appendingPathComponent(entry.name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(entry.bytes).write(to: url)
    }
  }

  // MARK: Parts

  private var sectionReferences: String {
    var references = ""
    if !headers.isEmpty { references += "<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>" }
    if !footers.isEmpty { references += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>" }
    return references
  }

  private func contentTypes() -> String {
    var overrides = [
      ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
      ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    if !customProperties.isEmpty {
      overrides.append(("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"))
    }
    for index in headers.indices {
      overrides.append(("/word/header\(index + 1).xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
    }
    for index in footers.indices {
      overrides.append(("/word/footer\(index + 1).xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
    }
    if footnote != nil {
      overrides.append(("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"))
    }
    if comment != nil {
      overrides.append(("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"))
    }
    if numbering != nil {
      overrides.append(("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"))
    }
    var xml = WordML.declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
    return xml + "</Types>"
  }

  private var packageRelationships: String {
    WordML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + (customProperties.isEmpty ? "" : "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>")
      + Self.standardRelationships
  }

  private func customXML() -> String {
    var xml = WordML.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
      + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    for (index, property) in customProperties.enumerated() {
      xml += "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(index + 2)\" name=\"\(WordML.escape(property.name))\">"
        + "<vt:lpwstr>\(WordML.escape(property.value))</vt:lpwstr></property>"
    }
    return xml + "</Properties>"
  }

  private static let standardRelationships = ""
    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    + "</Relationships>"

  private func documentRelationships() -> String {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    var relationships = [("rIdStyles", "styles", "styles.xml"), ("rIdSettings", "settings", "settings.xml")]
    for index in headers.indices { relationships.append(("rIdHeader\(index + 1)", "header", "header\(index + 1).xml")) }
    for index in footers.indices { relationships.append(("rIdFooter\(index + 1)", "footer", "footer\(index + 1).xml")) }
    if footnote != nil { relationships.append(("rIdFootnotes", "footnotes", "footnotes.xml")) }
    if comment != nil { relationships.append(("rIdComments", "comments", "comments.xml")) }
    if numbering != nil { relationships.append(("rIdNumbering", "numbering", "numbering.xml")) }
    if includeImage { relationships.append(("rIdImage1", "image", "media/image1.png")) }
    var xml = WordML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for (id, type, target) in relationships {
      xml += "<Relationship Id=\"\(id)\" Type=\"\(base)\(type)\" Target=\"\(target)\"/>"
    }
    return xml + "</Relationships>"
  }

  private func footnotesXML(_ paragraphs: String) -> String {
    WordML.declaration + "<w:footnotes \(WordML.documentNamespaces)>"
      + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p w:rsidR=\"00D3A1F0\" w:rsidRDefault=\"00D3A1F0\"><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
      + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p w:rsidR=\"00D3A1F0\" w:rsidRDefault=\"00D3A1F0\"><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
      + "<w:footnote w:id=\"1\">\(paragraphs)</w:footnote></w:footnotes>"
  }

  private func commentsXML(_ paragraphs: String) -> String {
    WordML.declaration + "<w:comments \(WordML.documentNamespaces)>"
      + "<w:comment w:id=\"0\" w:author=\"张三\" w:date=\"2024-03-01T09:30:00Z\" w:initials=\"张\">\(paragraphs)</w:comment></w:comments>"
  }

  private var coreXML: String {
    WordML.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(WordML.escape(coreTitle))</dc:title><dc:subject></dc:subject><dc:creator>办公室</dc:creator>"
      + "<cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy>办公室</cp:lastModifiedBy>"
      + "<cp:revision>3</cp:revision><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-01T08:00:00Z</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-02T10:00:00Z</dcterms:modified></cp:coreProperties>"
  }

  private var appXML: String {
    WordML.declaration
      + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
      + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      + "<Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>1</Pages><Words>10</Words>"
      + "<Characters>60</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
      + "<Lines>1</Lines><Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop>"
      + "<Company>\(WordML.escape(appCompany))</Company><LinksUpToDate>false</LinksUpToDate>"
      + "<CharactersWithSpaces>69</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
      + "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
  }

  static let styles = WordML.declaration + "<w:styles \(WordML.documentNamespaces)>"
    + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\" "
    + "w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/><w:kern w:val=\"2\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"22\"/>"
    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault/></w:docDefaults>"
    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/>"
    + "<w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
    + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"a0\"><w:name w:val=\"Default Paragraph Font\"/>"
    + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
    + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"a1\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
    + "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
    + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
    + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"a\"/>"
    + "<w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"420\"/></w:pPr></w:style>"
    + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"a1\"/>"
    + "<w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
    + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>"
    + "</w:styles>"

  static let settings = WordML.declaration + "<w:settings \(WordML.documentNamespaces)>"
    + "<w:zoom w:percent=\"100\"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>"
    + "<w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/><w:defaultTabStop w:val=\"420\"/>"
    + "<w:drawingGridVerticalSpacing w:val=\"156\"/><w:displayHorizontalDrawingGridEvery w:val=\"0\"/>"
    + "<w:displayVerticalDrawingGridEvery w:val=\"2\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    + "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
    + "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"
    + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
    + "</w:compat><w:rsids><w:rsidRoot w:val=\"00D3A1F0\"/><w:rsid w:val=\"00A1B2C3\"/><w:rsid w:val=\"00D3A1F0\"/></w:rsids>"
    + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
    + "</w:settings>"

  /// A 1×1 transparent PNG.
  static let png: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
  ]
}
