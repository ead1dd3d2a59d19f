import Foundation

/// Snippets of WordprocessingML written the way Word itself writes them: one line, rsid
/// attributes on paragraphs and runs, `w14:paraId`/`w14:textId`, `xml:space="preserve"` only
/// where the text has spaces at an end, and the root element with Word's full list of namespace
/// declarations and `mc:Ignorable`.
///
/// The helpers only build strings; they do no escaping except in `t(_:)` and `r(_:)`, so callers
/// can splice raw markup (`w:proofErr`, `w:bookmarkStart`, …) between runs, as Word does.
///
/// ```swift
/// let body = WordML.p(WordML.r("Dear {{", rsid: "00A1") + WordML.r("name}}", rsid: "00B2"))
/// let docx = try WordPackageBuilder(body: body).build()
/// ```
enum WordML {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// The namespace declarations and `mc:Ignorable` of a `w:document` saved by Word 2019/365.
  static let documentNamespaces = """
    xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" \
    xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" \
    xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" \
    xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" \
    xmlns:o="urn:schemas-microsoft-com:office:office" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
    xmlns:v="urn:schemas-microsoft-com:vml" \
    xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:w10="urn:schemas-microsoft-com:office:word" \
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
    xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" \
    xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" \
    xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" \
    xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" \
    xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" \
    xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" \
    xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" \
    xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" \
    xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"
    """

  /// Word's declaration line: `standalone="yes"` and CR LF.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

  /// The `w:sectPr` Word writes for A4 with GB/T 9704 margins; `references` holds header/footer references.
  static func sectPr(references: String = "") -> String {
    "<w:sectPr w:rsidR=\"00F1A2B3\" w:rsidSect=\"00C4D5E6\">\(references)<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
      + "<w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>"
  }

  /// A whole `word/document.xml`: declaration, Word's root element, `body`, then `sectPr`.
  static func document(body: String, sectPr: String = WordML.sectPr()) -> String {
    declaration + "<w:document \(documentNamespaces)><w:body>\(body)\(sectPr)</w:body></w:document>"
  }

  /// Escapes text for element content the way Word does (`&`, `<`, `>`).
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// A `w:t` element; `xml:space="preserve"` is added, as Word does, when `text` starts or ends with white space.
  static func t(_ text: String) -> String {
    let needsPreserve = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
    return needsPreserve
      ? "<w:t xml:space=\"preserve\">\(escape(text))</w:t>" : "<w:t>\(escape(text))</w:t>"
  }

  /// A run with optional `w:rsidR`/`w:rsidRPr` and `w:rPr` content (e.g. `<w:b/>`).
  static func r(_ text: String, rsid: String? = nil, rPr: String? = nil) -> String {
    var attributes = ""
    if let rsid { attributes += " w:rsidR=\"\(rsid)\"" }
    if rPr != nil, let rsid { attributes += " w:rsidRPr=\"\(rsid)\"" }
    let properties = rPr.map { "<w:rPr>\($0)</w:rPr>" } ?? ""
    return "<w:r\(attributes)>\(properties)\(t(text))</w:r>"
  }

  /// The Chinese body font properties Word writes for 仿宋_GB2312 三号.
  static let fangsong = "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"

  private nonisolated(unsafe) static var paraCounter = 0x1A2B_0000
  private static let counterLock = NSLock()

  /// A fresh 8-hex-digit id like Word's `w14:paraId` (below 0x80000000, as Word requires).
  static func nextParaID() -> String {
    counterLock.lock()
    defer { counterLock.unlock() }
    paraCounter += 1
    return String(format: "%08X", paraCounter)
  }

  /// A paragraph with Word's attributes; `pPr` is the content of `w:pPr`, when any.
  static func p(_ content: String, pPr: String? = nil, rsid: String = "00D3A1F0") -> String {
    let properties = pPr.map { "<w:pPr>\($0)</w:pPr>" } ?? ""
    return "<w:p w14:paraId=\"\(nextParaID())\" w14:textId=\"77777777\" w:rsidR=\"\(rsid)\" "
      + "w:rsidRDefault=\"\(rsid)\" w:rsidP=\"\(rsid)\">\(properties)\(content)</w:p>"
  }

  /// A paragraph holding one run of `text`.
  static func para(_ text: String, pPr: String? = nil) -> String { p(r(text, rsid: "00D3A1F0"), pPr: pPr) }

  /// The `w:pPr` content of a list paragraph with numbering instance `numId`.
  static func listPPr(numId: Int, level: Int = 0) -> String {
    "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr><w:ind w:firstLineChars=\"0\"/>"
  }

  /// A table cell; `properties` is extra `w:tcPr` content after the width (`<w:gridSpan w:val="2"/>`).
  static func tc(_ content: String, width: Int = 2000, properties: String = "") -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(properties)</w:tcPr>\(content)</w:tc>"
  }

  /// A cell holding one paragraph of `text`.
  static func cell(_ text: String, width: Int = 2000, properties: String = "") -> String {
    tc(para(text), width: width, properties: properties)
  }

  /// A table row with Word's rsid attributes.
  static func tr(_ cells: String) -> String {
    "<w:tr w:rsidR=\"00A7B8C9\" w14:paraId=\"\(nextParaID())\" w14:textId=\"77777777\" w:rsidTr=\"00A7B8C9\">\(cells)</w:tr>"
  }

  /// A bordered table: `tblPr`, `tblGrid` with `columns` widths, then the rows.
  static func table(_ rows: String, columns: [Int] = [2000, 2000]) -> String {
    let grid = columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
      + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
      + "</w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(rows)</w:tbl>"
  }

  /// An inline picture as Word writes it: `wp:docPr` with `id`, a `pic:pic` whose blip points at `rId`.
  static func drawing(id: Int, rId: String = "rIdImage1") -> String {
    "<w:r w:rsidR=\"00B0C0D0\"><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" "
      + "wp14:anchorId=\"1C2D3E4F\" wp14:editId=\"5A6B7C8D\"><wp:extent cx=\"190500\" cy=\"190500\"/>"
      + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"\(id)\" name=\"图片 \(id)\"/>"
      + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
      + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
      + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
      + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr>"
      + "<pic:cNvPr id=\"\(id)\" name=\"图片 \(id)\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
      + "<a:blip r:embed=\"\(rId)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
      + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"190500\" cy=\"190500\"/></a:xfrm>"
      + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
      + "</wp:inline></w:drawing></w:r>"
  }

  /// A `w:abstractNum` for a decimal list `1.` `2.` … starting at `start`.
  static func abstractNum(_ id: Int, start: Int = 1) -> String {
    "<w:abstractNum w:abstractNumId=\"\(id)\" w15:restartNumberingAfterBreak=\"0\"><w:nsid w:val=\"1F2E3D4\(id)\"/>"
      + "<w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"8A9B0C1D\"/>"
      + "<w:lvl w:ilvl=\"0\" w:tplc=\"0409000F\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"decimal\"/>"
      + "<w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"420\" w:hanging=\"420\"/></w:pPr></w:lvl>"
      + "<w:lvl w:ilvl=\"1\" w:tplc=\"04090019\" w:tentative=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
      + "<w:lvlText w:val=\"%2)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"840\" w:hanging=\"420\"/></w:pPr></w:lvl>"
      + "</w:abstractNum>"
  }

  /// A `w:num` instance of an abstract numbering.
  static func num(_ id: Int, abstract: Int) -> String {
    "<w:num w:numId=\"\(id)\" w16cid:durableId=\"12345\(id)\"><w:abstractNumId w:val=\"\(abstract)\"/></w:num>"
  }

  /// A whole `word/numbering.xml` with the given children (abstract numberings, then instances).
  static func numbering(_ content: String) -> String {
    declaration + "<w:numbering \(documentNamespaces)>\(content)</w:numbering>"
  }

  /// A whole header (`w:hdr`) or footer (`w:ftr`) part.
  static func headerFooter(_ root: String, _ paragraphs: String) -> String {
    declaration + "<w:\(root) \(documentNamespaces)>\(paragraphs)</w:\(root)>"
  }
}
