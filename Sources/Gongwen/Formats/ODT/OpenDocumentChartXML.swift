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
      + "xmlns:xlink=\"\(OpenDocumentFrameMarkup.xlinkNS)\" office:version=\"1.3\"><office:automatic-styles>"
      + "<style:style style:name=\"plot\" style:family=\"chart\"><style:chart-properties "
      + "chart:vertical=\"\(chart.kind == .bar ? "true" : "false")\"/></style:style>"
      + "<style:style style:name=\"series\" style:family=\"chart\"><style:chart-properties chart:data-label-number=\"value\"/>"
      + "</style:style></office:automatic-styles><office:body><office:chart>"
      + "<chart:chart svg:width=\"\(size.width.odfText)\" svg:height=\"\(size.height.odfText)\" chart:class=\"\(chartClass)\">"
    if let title = chart.title { xml += "<chart:title><text:p>\(FigureText.text(title))</text:p></chart:title>" }
    xml += "<chart:legend chart:legend-position=\"\(chart.kind == .pie ? "end" : "bottom")\"/>"
      + "<chart:plot-area chart:style-name=\"plot\" table:cell-range-address=\"local-table.$A$1:.$\(lastColumn)$\(rows)\" "
      + "chart:data-source-has-labels=\"both\">"
    if chart.kind != .pie {
      xml += "<chart:axis chart:dimension=\"x\" chart:name=\"primary-x\">"
        + "<chart:categories table:cell-range-address=\"local-table.$A$2:.$A$\(rows)\"/></chart:axis>"
        + "<chart:axis chart:dimension=\"y\" chart:name=\"primary-y\"><chart:grid chart:class=\"major\"/></chart:axis>"
    }
    for index in chart.series.indices {
      let column = ChartSpec.column(index + 1)
      xml += "<chart:series chart:style-name=\"series\" chart:class=\"\(chartClass)\" "
        + "chart:values-cell-range-address=\"local-table.$\(column)$2:.$\(column)$\(rows)\" "
        + "chart:label-cell-address=\"local-table.$\(column)$1\">"
      if chart.kind == .pie {
        xml += "<chart:domain table:cell-range-address=\"local-table.$A$2:.$A$\(rows)\"/>"
      }
      xml += "</chart:series>"
    }
    xml += "</chart:plot-area>" + table(chart) + "</chart:chart></office:chart></office:body></office:document-content>"
    return Array(xml.utf8)
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
