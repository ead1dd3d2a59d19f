/// The ODF markup of figures: an as-character `draw:frame` with a picture or an embedded chart
/// object, the figure paragraph and its caption with a `text:sequence`. Namespaces are declared on
/// the outermost element written, so the markup stands anywhere whatever prefixes the part uses.
enum OpenDocumentFrameMarkup {
  static let xlinkNS = "http://www.w3.org/1999/xlink"
  private static let namespaces = "xmlns:draw=\"\(ODF.drawNS)\" xmlns:svg=\"\(ODF.svgNS)\" xmlns:xlink=\"\(xlinkNS)\" "
    + "xmlns:text=\"\(ODF.textNS)\""

  enum Content {
    case picture(entry: String)
    /// An embedded object folder, e.g. `Object 1`.
    case chart(object: String)
  }

  /// An as-character frame, or with `behindText` one anchored to its paragraph at that place (from the
  /// type area's left and the paragraph's top), behind the text.
  static func frame(_ content: Content, size: FigureSize, name: String, alt: String?, behindText seal: SealPlacement? = nil) -> String {
    var markup = "<draw:frame \(namespaces) "
    if let seal {
      markup += "draw:style-name=\"\(OpenDocumentFigureStyles.behindText)\" draw:name=\"\(FigureText.attribute(name))\" "
        + "text:anchor-type=\"paragraph\" svg:x=\"\(seal.left.odfText)\" svg:y=\"\(seal.top.odfText)\" "
    } else {
      markup += "draw:style-name=\"\(OpenDocumentFigureStyles.frame)\" draw:name=\"\(FigureText.attribute(name))\" text:anchor-type=\"as-char\" "
    }
    markup += "svg:width=\"\(size.width.odfText)\" svg:height=\"\(size.height.odfText)\" draw:z-index=\"0\">"
    switch content {
    case .picture(let entry):
      markup += "<draw:image xlink:href=\"\(FigureText.attribute(entry))\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
    case .chart(let object):
      markup += "<draw:object xlink:href=\"./\(FigureText.attribute(object))\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
    }
    if let alt { markup += "<svg:desc>\(FigureText.text(alt))</svg:desc>" }
    return markup + "</draw:frame>"
  }

  static func figureParagraph(frame: String) -> String {
    "<text:p xmlns:text=\"\(ODF.textNS)\" text:style-name=\"\(OpenDocumentFigureStyles.figure)\">" + frame + "</text:p>"
  }

  /// "图1 标题": the number is a `text:sequence` named 图, so the office suite renumbers. A `kept`
  /// caption keeps with the next paragraph.
  static func captionParagraph(number: Int, caption: String, kept: Bool = false) -> String {
    let style = kept ? OpenDocumentFigureStyles.keptCaption : OpenDocumentFigureStyles.caption
    return "<text:p xmlns:text=\"\(ODF.textNS)\" xmlns:style=\"\(ODF.styleNS)\" text:style-name=\"\(style)\">图"
      + "<text:sequence text:ref-name=\"refGongwenFigure\(number)\" text:name=\"图\" text:formula=\"ooow:图+1\" "
      + "style:num-format=\"1\">\(number)</text:sequence> \(FigureText.text(caption))</text:p>"
  }
}
