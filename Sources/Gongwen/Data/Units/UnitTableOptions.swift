/// How a unit table is read: which sheet, where its header is, what counts as a unit.
public struct UnitTableOptions: Sendable {
  /// The worksheet of an .xlsx workbook (nil: the first).
  public var sheet: String?
  /// The 1-based row that holds the field names (the first row of a two-row merged header); nil finds it
  /// past title rows (see ``HeaderRowLocator``).
  public var headerRow: Int?
  /// Keep rows whose key is 合计, 小计 or 总计 as units instead of skipping them.
  public var keepTotalRows: Bool
  /// Size limits for the table file.
  public var limits: DataLimits

  /// Options with the defaults: first sheet, header row found, total rows skipped.
  public init(sheet: String? = nil, headerRow: Int? = nil, keepTotalRows: Bool = false, limits: DataLimits = .default) {
    self.sheet = sheet
    self.headerRow = headerRow
    self.keepTotalRows = keepTotalRows
    self.limits = limits
  }
}
