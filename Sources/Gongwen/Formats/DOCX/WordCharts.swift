/// The chart parts of one Word render.
struct WordCharts {
  init(existing: Set<String>) {}

  mutating func add(_ chart: ChartSpec) throws -> String {
    throw FigureError("charts are not supported in Word documents yet")
  }

  func parts() throws -> [(name: String, bytes: [UInt8])] { [] }
  var defaults: [(String, String)] { [] }
  var overrides: [(part: String, type: String)] { [] }
}
