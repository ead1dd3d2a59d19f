/// The `content.xml` of an embedded ODF chart object: a `chart:chart` over its own local table
/// (categories in the first column, one series a column, names in the header row).
enum OpenDocumentChartXML {
  static let chartNS = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
  static let mediaType = "application/vnd.oasis.opendocument.chart"

  static func content(_ chart: ChartSpec, size: FigureSize) -> [UInt8] {
    let rows = chart.categories.count + 1
    let lastColumn = ChartSpec.column(chart.series.count)
    let chartClass = chart.kind == .pie ? "chart:circle" : chart.kind == .line ? "chart:line" : "chart:bar"
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"\(ODF.officeNS)\" "
      + "xmlns:style=\"\(ODF.styleNS)\" xmlns:text=\"\(ODF.textNS)\" xmlns:table=\"\(ODF.tableNS)\" "
      + "xmlns:chart=\"\(chartNS)\" xmlns:svg=\"\(ODF.svgNS)\" xmlns:fo=\"\(OpenDocumentFigureSetup.foNS)\" "
      + "xmlns:xlink=\"\(OpenDocumentFrameMarkup.xlinkNS)\" xmlns:draw=\"\(ODF.drawNS)\" office:version=\"1.3\">"
      + "<office:automatic-styles>" + styles(chart) + "</office:automatic-styles><office:body><office:chart>"
      + "<chart:chart svg:width=\"\(size.width.odfText)\" svg:height=\"\(size.height.odfText)\" chart:class=\"\(chartClass)\">"
    if let title = chart.title { xml += "<chart:title><text:p>\(FigureText.text(title))</text:p></chart:title>" }
    xml += "<chart:legend chart:legend-position=\"\(chart.kind == .pie ? "end" : "bottom")\"/>"
      + "<chart:plot-area chart:style-name=\"plot\" table:cell-range-address=\"local-table.$A$1:.$\(lastColumn)$\(rows)\" "
      + "chart:data-source-has-labels=\"both\">"
    if chart.kind != .pie {
      xml += "<chart:axis chart:dimension=\"x\" chart:name=\"primary-x\" chart:style-name=\"axis\">"
        + "<chart:categories table:cell-range-address=\"local-table.$A$2:.$A$\(rows)\"/></chart:axis>"
        + "<chart:axis chart:dimension=\"y\" chart:name=\"primary-y\" chart:style-name=\"axis\">"
        + "<chart:grid chart:class=\"major\" chart:style-name=\"grid\"/></chart:axis>"
    }
    for index in chart.series.indices {
      let column = ChartSpec.column(index + 1)
      xml += "<chart:series chart:style-name=\"series\(index)\" chart:class=\"\(chartClass)\" "
        + "chart:values-cell-range-address=\"local-table.$\(column)$2:.$\(column)$\(rows)\" "
        + "chart:label-cell-address=\"local-table.$\(column)$1\">"
      if chart.kind == .pie {
        xml += "<chart:domain table:cell-range-address=\"local-table.$A$2:.$A$\(rows)\"/>"
        for point in chart.categories.indices { xml += "<chart:data-point chart:style-name=\"point\(point)\"/>" }
      }
      xml += "</chart:series>"
    }
    xml += "<chart:wall chart:style-name=\"wall\"/></chart:plot-area>" + table(chart) + "</chart:chart></office:chart></office:body></office:document-content>"
    return Array(xml.utf8)
  }

  /// Plot, axis, grid and wall styles, and a fill colour for each series (each slice of a pie).
  private static func styles(_ chart: ChartSpec) -> String {
    func style(_ name: String, chart properties: String, graphic: String) -> String {
      "<style:style style:name=\"\(name)\" style:family=\"chart\"><style:chart-properties \(properties)/>"
        + "<style:graphic-properties \(graphic)/></style:style>"
    }
    func filled(_ colour: String) -> String {
      chart.kind == .line
        ? "draw:fill=\"solid\" draw:fill-color=\"#\(colour)\" svg:stroke-width=\"0.08cm\" svg:stroke-color=\"#\(colour)\""
        : "draw:fill=\"solid\" draw:fill-color=\"#\(colour)\" draw:stroke=\"none\""
    }
    var xml = style("plot", chart: "chart:vertical=\"\(chart.kind == .bar)\"", graphic: "draw:fill=\"none\"")
      + style("axis", chart: "chart:display-label=\"true\"", graphic: "svg:stroke-color=\"#b3b3b3\"")
      + style("grid", chart: "", graphic: "svg:stroke-color=\"#d9d9d9\"")
      + style("wall", chart: "", graphic: "draw:fill=\"none\" draw:stroke=\"none\"")
    let labels = "chart:data-label-number=\"value\"" + (chart.kind == .line ? " chart:symbol-type=\"automatic\"" : "")
    for index in chart.series.indices {
      xml += style("series\(index)", chart: labels, graphic: filled(ChartSpec.colour(index)))
    }
    if chart.kind == .pie {
      for point in chart.categories.indices {
        xml += style("point\(point)", chart: "chart:data-label-number=\"value\"",
                     graphic: "draw:fill=\"solid\" draw:fill-color=\"#\(ChartSpec.colour(point))\" svg:stroke-color=\"#ffffff\"")
      }
    }
    return xml
  }

  private static func table(_ chart: ChartSpec) -> String {
    func text(_ value: String) -> String {
      "<table:table-cell office:value-type=\"string\"><text:p>\(FigureText.text(value))</text:p></table:table-cell>"
    }
    var xml = "<table:table table:name=\"local-table\"><table:table-header-columns><table:table-column/>"
      + "</table:table-header-columns><table:table-columns><table:table-column "
      + "table:number-columns-repeated=\"\(chart.series.count)\"/></table:table-columns>"
      + "<table:table-header-rows><table:table-row><table:table-cell><text:p/></table:table-cell>"
    for series in chart.series { xml += text(series.name) }
    xml += "</table:table-row></table:table-header-rows><table:table-rows>"
    for (point, category) in chart.categories.enumerated() {
      xml += "<table:table-row>" + text(category)
      for series in chart.series {
        let value = series.values[point]
        xml += "<table:table-cell office:value-type=\"float\" office:value=\"\(value.double)\"><text:p>\(value.literal)</text:p></table:table-cell>"
      }
      xml += "</table:table-row>"
    }
    return xml + "</table:table-rows></table:table>"
  }
}
