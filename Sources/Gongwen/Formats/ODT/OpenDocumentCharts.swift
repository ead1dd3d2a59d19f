/// The embedded chart objects of one OpenDocument render.
struct OpenDocumentCharts {
  init(existing: Set<String>) {}

  mutating func add(_ chart: ChartSpec) throws -> String {
    throw FigureError("charts are not supported in OpenDocument documents yet")
  }

  var parts: [(name: String, bytes: [UInt8])] { [] }
  var manifestEntries: [(path: String, type: String)] { [] }
}
