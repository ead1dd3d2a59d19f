import ArgumentParser
import Foundation
import Gongwen

/// `gongwen check TEMPLATE DATA`: every problem the data would cause, without writing anything.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a data file against a template without rendering.",
    discussion: """
      Reports every problem at once: missing fields (with the nearest key of the data as a hint),
      a list or object where text is printed, text or a number where a section wants items, a value
      that is not a number under a number filter, image files that do not exist. Image paths are
      relative to the data file. Data keys no tag uses are warnings. Exit status 1 when there is
      any error; warnings do not fail.
      """)

  @Argument(help: "The .docx or .odt template.")
  var template: String

  @Argument(help: "The data file (.json, .yaml or .yml), or - for YAML/JSON on standard input.")
  var data: String

  @Option(name: .customLong("set"), help: ArgumentHelp("Set a value: a.b.c=value (repeatable).", valueName: "path=value"))
  var overrides: [String] = []

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: "Accept missing values (they would render as empty text).")
  var allowMissing = false

  @Flag(help: "Print the result as JSON.")
  var json = false

  func run() throws {
    let report = DiagnosticPrinter(json: json)
    do {
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
      if !result.passed { throw ExitCode(1) }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      report.failure(error)
      throw ExitCode(1)
    }
  }
}
