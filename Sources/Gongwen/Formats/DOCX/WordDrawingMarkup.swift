/// The WordprocessingML of figures: an inline `w:drawing` (picture or chart), the centred paragraph
/// of a block figure and its caption with a `SEQ` field. Every namespace used is declared on the
/// outermost element written, so the markup stands anywhere whatever prefixes the part uses.
enum WordDrawingMarkup {
  static let mainNS = W.ns
  static let drawingNS = "http://schemas.openxmlformats.org/drawingml/2006/main"
  static let pictureNS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
  static let chartNS = "http://schemas.openxmlformats.org/drawingml/2006/chart"

  /// What a drawing shows.
  enum Content {
    case picture(relationship: String, fileName: String)
    case chart(relationship: String)
  }

  /// A `w:drawing` (with prefix `p` for the main namespace) holding an inline picture or chart, or,
  /// with `behindText`, a picture anchored at that place (from the margin's left and the paragraph's
  /// top) behind the text without wrapping.
  static func drawing(_ content: Content, size: FigureSize, id: Int, name: String, alt: String?, prefix p: String,
                      behindText seal: SealPlacement? = nil) -> String {
    let cx = size.width.value, cy = size.height.value
    var description = ""
    if let alt { description = " descr=\"\(FigureText.attribute(alt))\"" }
    var markup = "<\(p)drawing xmlns:wp=\"\(W.drawingNS)\" xmlns:a=\"\(drawingNS)\" xmlns:r=\"\(W.relationshipsNS)\">"
    if let seal {
      markup += "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"251659264\" "
        + "behindDoc=\"1\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"margin\"><wp:posOffset>\(seal.left.value)</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>\(seal.top.value)</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
    } else {
      markup += "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
        + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
    }
    markup += "<wp:docPr id=\"\(id)\" name=\"\(FigureText.attribute(name)) \(id)\"\(description)/>"
    switch content {
    case .picture(let relationship, let fileName):
      markup += "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        + "<a:graphic><a:graphicData uri=\"\(pictureNS)\"><pic:pic xmlns:pic=\"\(pictureNS)\">"
        + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"\(FigureText.attribute(fileName))\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + "<pic:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
    case .chart(let relationship):
      markup += "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"\(chartNS)\">"
        + "<c:chart xmlns:c=\"\(chartNS)\" r:id=\"\(relationship)\"/></a:graphicData></a:graphic>"
    }
    return markup + (seal == nil ? "</wp:inline>" : "</wp:anchor>") + "</\(p)drawing>"
  }

  /// Paragraph properties of figure and caption paragraphs: centred, no indent; a figure's line height
  /// is single (a fixed line height, as official documents use, would clip a picture), a caption keeps
  /// the body's.
  private static func paragraphProperties(keepNext: Bool, singleLine: Bool) -> String {
    "<w:pPr>" + (keepNext ? "<w:keepNext/>" : "")
      + (singleLine ? "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" : "")
      + "<w:ind w:leftChars=\"0\" w:left=\"0\" w:rightChars=\"0\" w:right=\"0\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
      + "<w:jc w:val=\"center\"/></w:pPr>"
  }

  /// A block figure: its own centred paragraph, kept with the caption that follows when there is one
  /// (`keepWithNext`).
  static func figureParagraph(drawing: String, keepWithNext: Bool) -> String {
    "<w:p xmlns:w=\"\(mainNS)\">" + paragraphProperties(keepNext: keepWithNext, singleLine: true) + "<w:r>" + drawing + "</w:r></w:p>"
  }

  /// "图1 标题": the number is a `SEQ 图` field, so Word renumbers when figures move.
  static func captionParagraph(number: Int, caption: String, keepWithNext: Bool = false) -> String {
    "<w:p xmlns:w=\"\(mainNS)\">" + paragraphProperties(keepNext: keepWithNext, singleLine: false)
      + "<w:r><w:t>图</w:t></w:r><w:fldSimple w:instr=\" SEQ 图 \\* ARABIC \"><w:r><w:rPr><w:noProof/></w:rPr>"
      + "<w:t>\(number)</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> \(FigureText.text(caption))</w:t></w:r></w:p>"
  }
}
