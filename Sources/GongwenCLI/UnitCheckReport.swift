import Foundation
import Gongwen

/// The findings of `check --units`: column problems, then row problems, then the columns with their
/// tags and one summary line; or all of it as one JSON object.
struct UnitCheckReport {
  let result: UnitTableCheck
  let template: String
  let table: String
  let json: Bool

  func print() {
    if json {
      let object: [String: Any] = [
        "status": result.passed ? "ok" : "error", "template": template, "units": table,
        "checked": result.units, "failing": result.failingUnits,
        "errors": result.errors.map(\.json), "warnings": result.warnings.map(\.json),
        "columns": result.columns.map { ["field": $0.field, "tag": $0.tag] },
        "skipped": result.skipped.map { ["row": $0.row, "key": $0.key, "reason": $0.reason] as [String: Any] },
      ]
      if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
      return
    }
    var text = (result.warnings + result.errors).map { $0.text + "\n" }.joined()
    for skip in result.skipped {
      text += SummaryText.skippedCheckedRow(table: table, row: skip.row, key: skip.key, reason: skip.reason) + "\n"
    }
    text += SummaryText.columnsAndTags + "\n"
    for column in result.columns { text += "  \(column.field): \(column.tag)\n" }
    text += SummaryText.unitCheckTotals(
      table: table, template: template, passed: result.passed, errors: result.errors.count, failing: result.failingUnits,
      units: result.units, warnings: result.warnings.count, skipped: result.skipped.count)
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
