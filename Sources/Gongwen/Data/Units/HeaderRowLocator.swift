/// Finds a table's header row below the rows offices put above it: blank rows, and title rows such as
/// `XX区2024年安全生产检查情况汇总表` whose only filled cell stands alone (or is merged across the table)
/// above a row with two or more filled cells.
enum HeaderRowLocator {
  /// Rows looked at for titles: a header further down is given with `--header-row`.
  static let searchedRows = 8

  /// The position in `rows` of the header: the first non-blank row, unless it and every non-blank row up to
  /// the first with two or more filled cells have one filled cell each (titles). `rows` are the first
  /// ``searchedRows`` rows of the table in order, each as its cells before merged ranges are filled (a
  /// merged title is one filled cell).
  static func headerIndex(_ rows: [[String]]) -> Int? {
    let filled = rows.prefix(searchedRows).map { cells in cells.lazy.filter { !isBlank($0) }.count }
    guard let first = filled.firstIndex(where: { $0 > 0 }) else { return nil }
    guard filled[first] == 1, let wide = filled.firstIndex(where: { $0 >= 2 }) else { return first }
    return wide
  }

  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }
}

/// Totals rows (合计, 小计, 总计) are part of a sheet, not units.
enum TotalRow {
  static let keys: Set<String> = ["合计", "小计", "总计"]
  /// The reason shown in the manifest and the summary.
  static let reason = "合计行"

  /// True when `key`, without its spaces (offices write `合  计`), is a totals key.
  static func isTotal(_ key: String) -> Bool {
    var scalars = String.UnicodeScalarView()
    for scalar in key.unicodeScalars where !scalar.properties.isWhitespace { scalars.append(scalar) }
    return keys.contains(String(scalars))
  }
}
