/// The workbook embedded with a Word chart so "Edit Data" opens its numbers: one sheet, categories in
/// column A and one series a column, names in row 1.
enum ChartWorkbook {
  static func bytes(_ chart: ChartSpec) throws -> [UInt8] {
    var rows: [[XLSXWriter.Cell]] = [[.empty] + chart.series.map { .text($0.name) }]
    for (point, category) in chart.categories.enumerated() {
      rows.append([.text(category)] + chart.series.map { .number($0.values[point].literal) })
    }
    return try XLSXWriter.bytes(rows: rows)
  }
}
