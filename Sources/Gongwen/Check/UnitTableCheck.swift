import Collections
import GongwenTemplate

/// What checking a whole unit table against a template found, without writing anything: problems of
/// columns first (a field the template prints that the table lacks, once for the column; a column no
/// tag uses, as a warning), then problems of rows (an empty cell a tag prints, a row that cannot be
/// read, any other problem a render of the unit would fail with), in table order.
public struct UnitTableCheck: Sendable {
  /// Column problems, then row problems, as diagnostics (rows carry `row`, `key` and `column` fields).
  public var errors: [Diagnostics] = []
  /// Columns no tag uses.
  public var warnings: [Diagnostics] = []
  /// Each column of the table with the tag that prints it.
  public var columns: [(field: String, tag: String)] = []
  /// Rows not checked because a batch skips them (合计 rows), with the reason.
  public var skipped: [(row: Int, key: String, reason: String)] = []
  /// Units checked, and how many of them would fail.
  public var units = 0
  /// Units with at least one error.
  public var failingUnits = 0

  /// True when a batch would write every unit.
  public var passed: Bool { errors.isEmpty }
}

extension Template {
  /// Checks every unit of `table` (merged over `common`, as a batch does) against the template.
  public func check(units table: UnitTable, common: Value? = nil, options: RenderOptions = RenderOptions()) -> UnitTableCheck {
    let common = common ?? .object(OrderedDictionary())
    var result = UnitTableCheck()
    result.columns = table.fields.map { ($0, FieldTag.tag(for: $0)) }
    let fields = table.writtenFields
    var perRow: [(unit: UnitRow, errors: [TemplateError], problem: RowProblem?)] = []
    var missingCount: [String: Int] = [:]
    for unit in table.units {
      if let reason = unit.skipReason {
        result.skipped.append((unit.row, unit.key, reason))
        continue
      }
      result.units += 1
      if let problem = unit.problem {
        perRow.append((unit, [], problem))
        continue
      }
      let report = checkTags(BatchPlan.data(unit, common: common), options: options)
      guard !report.errors.isEmpty else { continue }
      let missing = Set(report.errors.compactMap { error -> String? in
        if case .missingValue(let path) = error.kind { return path } else { return nil }
      })
      for path in missing where fields[path] == nil { missingCount[path, default: 0] += 1 }
      perRow.append((unit, report.errors, nil))
    }
    // A field every checked unit lacks is the table's problem, said once.
    let missingColumns = Set(missingCount.filter { $0.value == result.units }.keys)
    var reported = Set<String>()
    for (_, errors, _) in perRow {
      for error in errors {
        guard case .missingValue(let path) = error.kind, missingColumns.contains(path), reported.insert(path).inserted else { continue }
        let nearest = NameSuggestion.closest(to: path, among: Array(fields.keys)).flatMap { fields[$0] }
        let hint = MessageCatalogue.noColumnHint(file: table.file, path: path, nearest: nearest.map { ($0, FieldTag.tag(for: $0)) })
        result.errors += error.diagnostics.map { diagnostic in
          var diagnostic = diagnostic
          diagnostic.phraseHint = hint
          return Diagnostics(diagnostic).adding(["file": table.file, "column": path])
        }
      }
    }
    let used = usedFieldRoots
    for field in table.fields where !Self.isUsed(field, by: used) {
      var diagnostic = Diagnostic(.unusedColumn, file: table.file, arguments: ["column": field, "tag": FieldTag.tag(for: field)])
      diagnostic.severity = .warning
      diagnostic.fields = ["column": field]
      result.warnings.append(Diagnostics(diagnostic))
    }
    for (unit, errors, problem) in perRow {
      let place = MessageCatalogue.rowPlace(file: table.file, row: unit.row, key: unit.key, in: .current)
      let rowFields = ["file": table.file, "row": String(unit.row), "key": unit.key]
      var rowErrors = 0
      if let problem {
        var diagnostic = Diagnostic(.badRow)
        diagnostic.phraseArguments["problem"] = problem.phrase
        result.errors.append(Diagnostics(diagnostic).prefixed(place + ": ").adding(rowFields))
        rowErrors += 1
      }
      for error in errors {
        var column = ""
        var hint: Phrase?
        if case .missingValue(let path) = error.kind {
          if missingColumns.contains(path) { continue }
          if let field = fields[path] {
            hint = MessageCatalogue.emptyCellHint(field, row: unit.row)
            column = field
          }
        }
        rowErrors += 1
        result.errors += error.diagnostics.map { diagnostic in
          var diagnostic = diagnostic
          if let hint { diagnostic.phraseHint = hint }
          return Diagnostics(diagnostic).prefixed(place + ": ").adding(rowFields.merging(["column": column]) { $1 })
        }
      }
      if rowErrors > 0 { result.failingUnits += 1 }
    }
    if !missingColumns.isEmpty { result.failingUnits = result.units }
    return result
  }

  /// True when a tag reads `field` whole, or reads one of its groups (a section `{{#学习}}`) and its
  /// last part (`{{次数}}` inside it).
  static func isUsed(_ field: String, by names: Set<String>) -> Bool {
    if names.contains(field) { return true }
    let parts = FieldTag.parts(of: field)
    guard parts.count > 1, let last = parts.last, names.contains(last) else { return false }
    return (1..<parts.count).contains { names.contains(parts.prefix($0).joined(separator: ".")) }
  }

  /// The names tags read, as the data spells them: each path whole (`学习.中心组学习次数`), its heads
  /// (`学习`) and its tails (`中心组学习次数`).
  private var usedFieldRoots: Set<String> {
    var names = Set<String>()
    for tag in outline.tags {
      for path in [tag.names] + tag.reads.map(\.names) where !path.isEmpty {
        // Every tail of the path too: inside `{{#检查}}`, `{{学习.次数}}` may be a field's last parts.
        for start in path.indices { names.insert(path[start...].joined(separator: ".")) }
        for end in path.indices.dropLast() { names.insert(path[...end].joined(separator: ".")) }
      }
    }
    return names
  }
}

extension Diagnostics {
  /// The same diagnostic with more fields.
  func adding(_ more: [String: String]) -> Diagnostics {
    Diagnostics(text: text, id: id, fields: fields.merging(more) { $1 })
  }

  /// The same diagnostic with `prefix` before its text.
  func prefixed(_ prefix: String) -> Diagnostics {
    Diagnostics(text: prefix + text, id: id, fields: fields)
  }
}
