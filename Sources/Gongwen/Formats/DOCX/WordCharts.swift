/// The chart parts of one Word render: `word/charts/chartN.xml`, its relationships to an embedded
/// workbook in `word/embeddings/`, and the content types they need.
struct WordCharts {
  static let chartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
  static let workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  static let packageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"

  private var taken: Set<String>
  private(set) var parts: [(name: String, bytes: [UInt8])] = []
  private(set) var overrides: [(part: String, type: String)] = []

  init(existing: Set<String>) { taken = existing }

  /// Adds a chart's parts; returns the chart part's name.
  mutating func add(_ chart: ChartSpec) throws -> String {
    var number = overrides.count + 1
    while taken.contains("word/charts/chart\(number).xml") || taken.contains(workbook(number)) { number += 1 }
    let name = "word/charts/chart\(number).xml"
    taken.insert(name)
    taken.insert(workbook(number))
    parts.append((name, WordChartXML.part(chart, workbookRelationship: "rId1")))
    parts.append((Relationships.partName(for: name), try WordPackageEdits.relationships(
      nil, part: Relationships.partName(for: name),
      adding: [("rId1", Self.packageType, "../embeddings/" + String(workbook(number).dropFirst("word/embeddings/".count)))])))
    parts.append((workbook(number), try ChartWorkbook.bytes(chart)))
    overrides.append((name, Self.chartContentType))
    return name
  }

  private func workbook(_ number: Int) -> String { "word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx" }

  /// The `Default` content types charts need.
  var defaults: [(String, String)] { overrides.isEmpty ? [] : [("xlsx", Self.workbookContentType)] }
}
