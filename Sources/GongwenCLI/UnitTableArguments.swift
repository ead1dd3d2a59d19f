import ArgumentParser
import Gongwen

/// How to read a unit table: `--sheet`, `--header-row`, `--keep-total-rows` (shared by batch and check).
struct UnitTableArguments: ParsableArguments {
  @Option(help: ArgumentHelp(localized("The worksheet of a workbook (default: the first)."), valueName: "name"))
  var sheet: String?

  @Option(help: ArgumentHelp(
    localized("The row holding the field names (default: the first filled row below any title rows)."), valueName: "n"))
  var headerRow: Int?

  @Flag(help: ArgumentHelp(localized("Render rows whose key is 合计, 小计 or 总计 as units (default: skip and list them).")))
  var keepTotalRows = false

  func validate() throws {
    if let headerRow, headerRow < 1 { throw ValidationError(localized("--header-row must be at least 1")) }
  }

  var options: UnitTableOptions {
    UnitTableOptions(sheet: sheet, headerRow: headerRow, keepTotalRows: keepTotalRows)
  }
}
