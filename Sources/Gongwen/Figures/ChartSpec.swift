import Collections
import GongwenTemplate

/// A chart asked for in the data: `{chart: bar|column|line|pie, title, categories, series: [{name,
/// values}], width, height, caption}`, checked so every series has one number per category.
struct ChartSpec: Sendable {
  enum Kind: String, Sendable, CaseIterable {
    /// Horizontal bars.
    case bar
    /// Vertical bars.
    case column
    case line
    case pie
  }

  struct Series: Sendable {
    let name: String
    /// The numbers as written in the data, and their values.
    let values: [NumberValue]
  }

  let kind: Kind
  let title: String?
  let categories: [String]
  let series: [Series]
  let width: EMU?
  let height: EMU?
  let caption: String?

  /// The default size: 15 cm × 9 cm, narrowed to the text width.
  static let defaultWidth = EMU(15 * 360_000), defaultHeight = EMU(9 * 360_000)
  static let maxPoints = 10_000
  static let maxSeries = 255

  init(_ fields: OrderedDictionary<String, Value>) throws {
    guard case .string(let name)? = fields["chart"], let kind = Kind(rawValue: name.lowercased()) else {
      throw FigureError(.chartKind)
    }
    self.kind = kind
    title = try FigureRequest.optionalText(fields["title"], field: "title")
    caption = try FigureRequest.optionalText(fields["caption"], field: "caption")
    width = try fields["width"].map { try EMU.parse($0, field: "width") }
    height = try fields["height"].map { try EMU.parse($0, field: "height") }
    guard case .list(let categoryValues)? = fields["categories"], !categoryValues.isEmpty else {
      throw FigureError(.chartNeedsCategories)
    }
    guard categoryValues.count <= Self.maxPoints else {
      throw FigureError(.tooManyCategories, ["limit": .text(String(Self.maxPoints)), "count": .text(String(categoryValues.count))])
    }
    categories = try categoryValues.map { value in
      switch value {
      case .string, .number, .bool: return value.displayText
      default: throw FigureError(.categoryKind, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
      }
    }
    guard case .list(let seriesValues)? = fields["series"], !seriesValues.isEmpty else {
      throw FigureError(.chartNeedsSeries)
    }
    guard seriesValues.count <= Self.maxSeries else {
      throw FigureError(.tooManySeries, ["limit": .text(String(Self.maxSeries)), "count": .text(String(seriesValues.count))])
    }
    var series: [Series] = []
    for (index, item) in seriesValues.enumerated() {
      series.append(try Self.series(item, number: index + 1, categories: categoryValues.count))
    }
    if kind == .pie && series.count != 1 {
      throw FigureError(.pieSeries, ["count": .text(String(series.count))])
    }
    self.series = series
  }

  private static func series(_ item: Value, number: Int, categories: Int) throws -> Series {
    guard case .object(let fields) = item else {
      throw FigureError(.seriesNotObject, ["number": .text(String(number)), "kind": ValueKindPhrase.phrase(kindName: item.kindName)])
    }
    let name = try FigureRequest.optionalText(fields["name"], field: "name") ?? "系列\(number)"
    guard case .list(let values)? = fields["values"] else {
      throw FigureError(.seriesNeedsValues, ["number": .text(String(number)), "name": .text(name)])
    }
    guard values.count == categories else {
      throw FigureError(.seriesValueCount, ["number": .text(String(number)), "name": .text(name), "count": .text(String(values.count)), "categories": .text(String(categories))])
    }
    let numbers = try values.enumerated().map { (position, value) -> NumberValue in
      switch value {
      case .number(let number): return number
      case .string(let text):
        if let number = NumberValue(literal: text) { return number }
        fallthrough
      default:
        throw FigureError(.seriesValueNotNumber, ["position": .text(String(position + 1)), "number": .text(String(number)), "name": .text(name), "value": .text(value.displayText)])
      }
    }
    return Series(name: name, values: numbers)
  }

  /// The size on the page: as asked (one side alone keeps the default aspect), capped at `maxWidth`.
  func size(maxWidth: EMU) -> FigureSize {
    let aspect = Double(Self.defaultHeight.value) / Double(Self.defaultWidth.value)
    let w = width ?? height.map { EMU(Int(Double($0.value) / aspect)) } ?? Self.defaultWidth
    let h = height ?? width.map { EMU(Int(Double($0.value) * aspect)) } ?? Self.defaultHeight
    return FigureSize(width: w, height: h).capped(at: maxWidth)
  }

  /// The spreadsheet column letters of a zero-based column number (0 → A, 26 → AA): both formats
  /// lay a chart's data out as a sheet, categories in column A and one series a column.
  static func column(_ number: Int) -> String {
    var n = number + 1, letters = ""
    while n > 0 {
      let remainder = (n - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      n = (n - 1) / 26
    }
    return letters
  }

  /// Fill colours of series (or of pie slices), in order, repeating: the office suites' default
  /// palette, written out so a chart looks the same without the template's theme.
  static let palette = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"]

  static func colour(_ index: Int) -> String { palette[index % palette.count] }
}
