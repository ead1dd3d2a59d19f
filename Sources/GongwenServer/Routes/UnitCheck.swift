import Foundation
import Gongwen

/// `check` for a whole unit table: every row's data (merged over the common data) checked against the
/// template; each finding carries its row and unit, and the findings are also counted by field, so a
/// person sees at once which column is wrong and in which rows.
enum UnitCheck {
  static func run(template: Template, units: UnitTable, common: Value?, options: RenderOptions) throws -> [String: Any] {
    var errors: [[String: String]] = []
    var warnings: [[String: String]] = []
    var byField: [String: (count: Int, rows: [Int], id: String)] = [:]
    var unusedSeen = Set<String>()
    for unit in units.units {
      let located: (Diagnostics) -> [String: String] = { diagnostic in
        diagnostic.json.merging(["row": String(unit.row), "unit": unit.key, "file": units.file]) { $1 }
      }
      if let problem = unit.problem {
        var diagnostic = Diagnostic(.badRow)
        diagnostic.phraseArguments["problem"] = problem.phrase
        errors.append(located(Diagnostics(diagnostic)))
        continue
      }
      let data = common.map { $0.merged(with: unit.data) } ?? unit.data
      let result = template.check(data, options: options)
      for diagnostic in result.errors.flatMap({ Diagnostics.from($0) }) {
        let object = located(diagnostic)
        errors.append(object)
        let field = object["tag"].map(Self.fieldName) ?? diagnostic.id
        var entry = byField[field] ?? (0, [], diagnostic.id)
        entry.count += 1
        if entry.rows.count < 50 { entry.rows.append(unit.row) }
        byField[field] = entry
      }
      warnings += result.warnings.map { located(Diagnostics.from(warning: $0)) }
      for unused in result.unusedKeys where unusedSeen.insert(unused.key).inserted {
        warnings.append(located(Diagnostics.unusedKey(unused.key, suggestion: unused.suggestion, data: units.file)))
      }
    }
    let fields = byField.sorted { $0.key < $1.key }.map { field, entry -> [String: Any] in
      ["field": field, "id": entry.id, "count": entry.count, "rows": entry.rows]
    }
    return ["status": errors.isEmpty ? "ok" : "error", "template": template.file, "units": units.file,
            "rows": units.units.count, "errors": errors, "warnings": warnings, "byField": fields]
  }

  /// `{{ 主送机关 }}` → `主送机关`, `{{#活动}}` → `活动`.
  static func fieldName(_ tag: String) -> String {
    var text = tag.trimmingCharacters(in: .whitespaces)
    for mark in ["{{", "}}", "#", "^", "/", ">", "%"] { text = text.replacingOccurrences(of: mark, with: "") }
    return text.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? text
  }
}
