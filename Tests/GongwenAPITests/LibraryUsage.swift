import Foundation
import Gongwen

/// What a Swift program that uses Gongwen writes, one task per function. Everything here is public API:
/// `make api-check` type-checks this file outside the package, where package-level declarations are not
/// visible, so a call that needs more than `import Gongwen` offers fails the build.
enum LibraryUsage {
  /// Template options with a custom filter: `{{金额 | 元}}` prints `12.5元`; anything but a number (or a
  /// number written as text) is a data error naming the value.
  static func optionsWithYuanFilter() -> TemplateOptions {
    var options = TemplateOptions()
    let yuan = FilterDefinition(validate: { arguments in arguments.isEmpty ? nil : "元 takes no arguments" }) { value, _ in
      // A number, or a number written as text (as CSV and spreadsheet cells often hold).
      guard let number = NumberValue(literal: value.displayText) else {
        throw TemplateError(.filterFailed(filter: "元", reason: "not a number: \(value.displayText)"))
      }
      return .string(number.literal + "元")
    }
    options.filters.register("元", yuan)
    return options
  }

  /// Renders a template file with data built in code.
  static func render(template path: String, unit: String, amount: String) throws -> [UInt8] {
    let template = try Template(path: path, options: optionsWithYuanFilter())
    let data: Value = ["单位": .string(unit), "金额": .number(amount)]
    return try template.render(data)
  }

  /// Checks data against a template without rendering: the problems as diagnostics, the template's own
  /// text (compiler style) and its stable ids.
  static func check(template path: String, data: Value) throws -> (passed: Bool, ids: [String], texts: [String]) {
    let template = try Template(path: path, options: optionsWithYuanFilter())
    let report: DataCheckReport = template.check(data)
    let diagnostics = report.errors.flatMap { Diagnostics.from($0, language: .english) }
    return (report.passed, diagnostics.map(\.id), diagnostics.map(\.text))
  }

  /// The names a template reads, and a data skeleton to fill in, without data.
  static func inspect(template path: String) throws -> (names: [String], filters: [String], skeleton: String) {
    let outline: TemplateOutline = try Template(path: path, options: optionsWithYuanFilter()).outline
    // A plain tag's path is in `names`; a computed tag (`{{#同比 > 0}}`) lists what it reads in `reads`.
    let names = outline.tags.flatMap { $0.names + $0.reads.flatMap(\.names) }
    return (names, outline.filters, DataSkeleton(outline).yaml)
  }

  /// One document per row of a unit table (CSV, .xlsx, …) into `folder`, named after a column.
  static func batch(template path: String, units table: String, into folder: String) throws -> BatchSummary {
    let template = try Template(path: path, options: optionsWithYuanFilter())
    let units = try UnitTableLoader.load(path: table)
    let options = BatchOptions(outputDirectory: folder, namePattern: "{{单位}}-报告", jobs: 2)
    return try BatchRunner(template: template, units: units, options: options).run()
  }

  /// Whatever went wrong, as diagnostics: id, file, part, place, message and hint.
  static func diagnostics(opening path: String) -> [Diagnostics] {
    do {
      _ = try Template(path: path)
      return []
    } catch {
      return Diagnostics.from(error, language: .english)
    }
  }
}
