import ArgumentParser
import Foundation
import Gongwen

/// `gongwen check TEMPLATE DATA` or `gongwen check TEMPLATE --units TABLE [--data COMMON]`: every
/// problem the data (or every unit of the table) would cause, without writing anything.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: localized("Check a data file against a template without rendering."),
    discussion: localized(HelpText.checkDiscussion))

  @Argument(help: ArgumentHelp(localized("The .docx or .odt template.")), completion: .templates)
  var template: String

  @Argument(help: ArgumentHelp(localized("The data file (.json, .yaml or .yml), or - for YAML/JSON on standard input.")), completion: .dataFiles)
  var dataFile: String?

  @Option(help: ArgumentHelp(localized("Check every unit of this table (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml)."), valueName: "file"), completion: .unitTables)
  var units: String?

  @OptionGroup var table: UnitTableArguments

  @Option(name: .customLong("data"), help: ArgumentHelp(localized("With --units: data shared by every unit (.json or .yaml)."), valueName: "file"), completion: .dataFiles)
  var commonData: String?

  @Option(name: .customLong("set"), help: ArgumentHelp(localized("Set a value: a.b.c=value (repeatable)."), valueName: "path=value"))
  var overrides: [String] = []

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: ArgumentHelp(localized("Accept missing values (they would render as empty text).")))
  var allowMissing = false

  @Flag(help: ArgumentHelp(localized("Print the result as JSON.")))
  var json = false

  func validate() throws {
    try table.validate()
    switch (dataFile, units) {
    case (nil, nil): throw ValidationError(localized("give a data file, or --units TABLE to check a unit table"))
    case (.some, .some): throw ValidationError(localized("give a data file or --units TABLE, not both (common data goes in --data)"))
    case (.some, nil):
      if commonData != nil { throw ValidationError(localized("--data goes with --units; give the data file as the second argument")) }
      if table.sheet != nil || table.headerRow != nil || table.keepTotalRows {
        throw ValidationError(localized("--sheet, --header-row and --keep-total-rows go with --units"))
      }
    case (nil, .some):
      if !overrides.isEmpty { throw ValidationError(localized("--set works with a data file, not with --units")) }
    }
  }

  func run() throws {
    let report = DiagnosticPrinter(json: json)
    let passed: Bool
    do {
      if let data = dataFile { passed = try checkData(data, report) } else { passed = try checkUnits() }
    } catch {
      report.failure(error)
      throw ExitCode(1)
    }
    if !passed { throw ExitCode(1) }
  }

  /// Checks one data file; true when it fills every tag.
  private func checkData(_ data: String, _ report: DiagnosticPrinter) throws -> Bool {
    let values = try DataInput.load(data, overrides: overrides)
    // Picture paths in the data are relative to the data file (to the current folder for stdin), as in render.
    var options = syntax.templateOptions
    options.baseDirectory = data == "-" ? nil : URL(fileURLWithPath: data).deletingLastPathComponent().path
    let template = try Template(path: self.template, options: options)
    let result = template.check(values, options: RenderOptions(allowMissing: allowMissing))
    let unused = result.unusedKeys.map { Diagnostics.unusedKey($0.key, suggestion: $0.suggestion, data: data) }
    report.check(errors: result.errors.flatMap { Diagnostics.from($0) },
                 warnings: result.warnings.map(Diagnostics.from(warning:)) + unused,
                 fields: ["template": self.template, "data": data])
    return result.passed
  }

  /// Checks every unit of the table; true when a batch would write them all.
  private func checkUnits() throws -> Bool {
    guard let units else { return false }
    let table = try UnitTableLoader.load(path: units, options: self.table.options)
    let common = try commonData.map { try DataLoader.load(path: $0, requireMapping: true) }
    var options = syntax.templateOptions
    // Pictures named in the table are relative to the table, those of --data to that file, as in batch.
    options.baseDirectory = URL(fileURLWithPath: units).deletingLastPathComponent().path
    options.morePictureDirectories = commonData.map { [URL(fileURLWithPath: $0).deletingLastPathComponent().path] } ?? []
    let template = try Template(path: self.template, options: options)
    let result = template.check(units: table, common: common, options: RenderOptions(allowMissing: allowMissing))
    UnitCheckReport(result: result, template: self.template, table: units, json: json).print()
    return result.passed
  }
}
