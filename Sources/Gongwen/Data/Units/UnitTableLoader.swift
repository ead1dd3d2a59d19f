import GongwenTemplate
/// Reads unit tables: `.csv`, `.xlsx`, `.json` (a list of objects), `.jsonl`/`.ndjson` (one object per
/// line) and `.yaml`/`.yml` (a list of mappings).
///
/// - CSV: UTF-8 (with or without the byte order mark Excel and WPS write) or GB18030 when the bytes are
///   not UTF-8; quoted cells, CR, LF and CRLF line ends, read strictly (``CSVUnitReader``). Every value
///   stays text exactly as written (`007` stays `007`); a dotted header (`学习.中心组学习次数`) becomes
///   nested keys.
/// - XLSX: see ``XLSXSheetReader``; the first sheet unless `sheet` names another. Old-format `.xls`
///   and WPS `.et` workbooks are converted to .xlsx by LibreOffice first (``LegacyWorkbook``).
/// - Title rows above the header are passed over (``HeaderRowLocator``), or the header row is given.
/// - An empty cell, or `""` or `null` in a JSON or YAML unit, is a missing value.
/// - Blank rows (every cell empty) are not units. Rows whose key is 合计, 小计 or 总计 are kept with a
///   ``UnitRow/skipReason`` (a batch lists them as skipped) unless `keepTotalRows`.
/// - A table without a single row below its header is an error.
public enum UnitTableLoader {
  /// The extensions a person can use, for messages.
  public static let supportedExtensions = ".csv, .xlsx, .xls, .et, .json, .jsonl, .yaml and .yml"

  /// Loads the unit table at `path`; `sheet` picks a worksheet of an .xlsx by name.
  public static func load(path: String, sheet: String? = nil, limits: DataLimits = .default) throws -> UnitTable {
    try load(path: path, options: UnitTableOptions(sheet: sheet, limits: limits))
  }

  /// Loads the unit table at `path` as `options` say.
  public static func load(path: String, options: UnitTableOptions) throws -> UnitTable {
    let ext = path.split(separator: "/").last.flatMap { name in
      name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() }
    } ?? ""
    let workbook = ["xlsx", "xls", "et"].contains(ext)
    if options.sheet != nil && !workbook {
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.sheetOption.phrase())
    }
    if options.headerRow != nil && !workbook && ext != "csv" {
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.headerRowOption.phrase())
    }
    let limits = options.limits
    var table: UnitTable
    switch ext {
    case "xlsx": table = try XLSXUnitReader.read(path: path, options: options)
    case "csv": table = try CSVUnitReader.read(path: path, options: options)
    case "json": table = try ListUnitReader.readJSON(try DataText.read(path: path, limits: limits), file: path, limits: limits)
    case "jsonl", "ndjson": table = try ListUnitReader.readJSONLines(try DataText.read(path: path, limits: limits), file: path, limits: limits)
    case "yaml", "yml": table = try ListUnitReader.readYAML(try DataText.read(path: path, limits: limits), file: path, limits: limits)
    case "xls", "et": table = try LegacyWorkbook.read(path: path, options: options)
    default:
      let formats = Phrase.Value.text(supportedExtensions)
      let reason = ext.isEmpty ? UnitTablePhrase.noExtension.phrase(["formats": formats])
        : UnitTablePhrase.otherExtension.phrase(["ext": .text(ext), "formats": formats])
      throw DataError(.unsupportedFile, file: path, message: reason)
    }
    guard !table.units.isEmpty else {
      let reason = workbook || ext == "csv" ? UnitTablePhrase.headerButNoRows : UnitTablePhrase.noUnits
      throw DataError(.empty, file: path, message: reason.phrase())
    }
    if !options.keepTotalRows {
      var units = table.units
      for index in units.indices where TotalRow.isTotal(units[index].key) {
        units[index].skipReason = TotalRow.reason
      }
      table = UnitTable(file: table.file, fields: table.fields, units: units)
    }
    return table
  }
}
