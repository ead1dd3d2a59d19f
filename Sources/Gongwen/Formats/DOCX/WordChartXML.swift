/// A DrawingML chart part (`c:chartSpace`) with cached categories and values, whose formulas point at
/// the embedded workbook written by `ChartWorkbook` (categories in column A, one series a column).
enum WordChartXML {
  static let ns = "http://schemas.openxmlformats.org/drawingml/2006/chart"

  static func part(_ chart: ChartSpec, workbookRelationship: String) -> [UInt8] {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      + "<c:chartSpace xmlns:c=\"\(ns)\" xmlns:a=\"\(WordDrawingMarkup.drawingNS)\" xmlns:r=\"\(W.relationshipsNS)\">"
      + "<c:date1904 val=\"0\"/><c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/><c:chart>"
    if let title = chart.title {
      xml += "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>\(FigureText.text(title))</a:t></a:r></a:p>"
        + "</c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>"
    } else {
      xml += "<c:autoTitleDeleted val=\"1\"/>"
    }
    xml += "<c:plotArea><c:layout/>" + plot(chart) + "</c:plotArea>"
    xml += "<c:legend><c:legendPos val=\"\(chart.kind == .pie ? "r" : "b")\"/><c:overlay val=\"0\"/></c:legend>"
      + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
      + "<c:externalData r:id=\"\(workbookRelationship)\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>"
    return Array(xml.utf8)
  }

  private static let axes = "<c:axId val=\"500000001\"/><c:axId val=\"500000002\"/>"

  private static func plot(_ chart: ChartSpec) -> String {
    let series = chart.series.enumerated().map { seriesXML($1, index: $0, chart: chart) }.joined()
    switch chart.kind {
    case .bar, .column:
      return "<c:barChart><c:barDir val=\"\(chart.kind == .bar ? "bar" : "col")\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"150\"/>\(axes)</c:barChart>" + axisPair(chart)
    case .line:
      return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(series)"
        + "<c:marker val=\"1\"/>\(axes)</c:lineChart>" + axisPair(chart)
    case .pie:
      return "<c:pieChart><c:varyColors val=\"1\"/>\(series)<c:firstSliceAng val=\"0\"/></c:pieChart>"
    }
  }

  private static func seriesXML(_ series: ChartSpec.Series, index: Int, chart: ChartSpec) -> String {
    let column = ChartSpec.column(index + 1)
    let last = chart.categories.count + 1
    var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/><c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f>"
      + "<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(FigureText.text(series.name))</c:v></c:pt></c:strCache>"
      + "</c:strRef></c:tx>"
    let fill = "<a:solidFill><a:srgbClr val=\"\(ChartSpec.colour(index))\"/></a:solidFill>"
    switch chart.kind {
    case .bar, .column: xml += "<c:spPr>\(fill)</c:spPr><c:invertIfNegative val=\"0\"/>"
    case .line:
      xml += "<c:spPr><a:ln w=\"28575\" cap=\"rnd\">\(fill)<a:round/></a:ln></c:spPr>"
        + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr>\(fill)</c:spPr></c:marker>"
    case .pie:
      for point in chart.categories.indices {
        xml += "<c:dPt><c:idx val=\"\(point)\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr "
          + "val=\"\(ChartSpec.colour(point))\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:dPt>"
      }
    }
    xml += "<c:dLbls><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
      + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
    xml += "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(last)</c:f><c:strCache><c:ptCount val=\"\(chart.categories.count)\"/>"
    for (point, category) in chart.categories.enumerated() {
      xml += "<c:pt idx=\"\(point)\"><c:v>\(FigureText.text(category))</c:v></c:pt>"
    }
    xml += "</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(last)</c:f>"
      + "<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(series.values.count)\"/>"
    for (point, value) in series.values.enumerated() {
      xml += "<c:pt idx=\"\(point)\"><c:v>\(value.literal)</c:v></c:pt>"
    }
    xml += "</c:numCache></c:numRef></c:val>"
    if chart.kind == .line { xml += "<c:smooth val=\"0\"/>" }
    return xml + "</c:ser>"
  }

  /// The category and value axes; for horizontal bars the categories run down the left.
  private static func axisPair(_ chart: ChartSpec) -> String {
    let horizontal = chart.kind == .bar
    return "<c:catAx><c:axId val=\"500000001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
      + "<c:axPos val=\"\(horizontal ? "l" : "b")\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>"
      + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      + "<c:crossAx val=\"500000002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
      + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
      + "<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
      + "<c:axPos val=\"\(horizontal ? "b" : "l")\"/><c:majorGridlines/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>"
      + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      + "<c:crossAx val=\"500000001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>"
  }
}
