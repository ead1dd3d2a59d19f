/// The embedded chart objects of one OpenDocument render: `Object N/content.xml` each, with their
/// manifest entries.
struct OpenDocumentCharts {
  private var taken: Set<String>
  private(set) var parts: [(name: String, bytes: [UInt8])] = []
  private(set) var manifestEntries: [(path: String, type: String)] = []

  init(existing: Set<String>) {
    taken = Set(existing.compactMap { $0.split(separator: "/", maxSplits: 1).first.map(String.init) })
  }

  /// Adds a chart object; returns its folder name (`Object 1`).
  mutating func add(_ chart: ChartSpec, size: FigureSize) -> String {
    var number = manifestEntries.count / 2 + 1
    while taken.contains("Object \(number)") { number += 1 }
    let object = "Object \(number)"
    taken.insert(object)
    parts.append((object + "/content.xml", OpenDocumentChartXML.content(chart, size: size)))
    manifestEntries.append((object + "/", OpenDocumentChartXML.mediaType))
    manifestEntries.append((object + "/content.xml", "text/xml"))
    return object
  }
}
