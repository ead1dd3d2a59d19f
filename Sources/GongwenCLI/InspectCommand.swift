import ArgumentParser
import Foundation
import Gongwen

/// `gongwen inspect TEMPLATE`: every tag with its place, the sections as a tree, or a data skeleton;
/// `gongwen inspect --units TABLE`: the columns of a unit table and the tag that prints each.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: localized("List a template's tags, where they stand and how sections nest."),
    discussion: localized(HelpText.inspectDiscussion))

  enum SkeletonFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
  }

  @Argument(help: ArgumentHelp(localized("The .docx or .odt template.")), completion: .templates)
  var template: String?

  @Option(help: ArgumentHelp(localized("List the columns of this unit table and the tag for each."), valueName: "file"), completion: .unitTables)
  var units: String?

  @OptionGroup var table: UnitTableArguments

  @Option(help: ArgumentHelp(localized("Print a data file to fill in instead of the outline."), valueName: "yaml|json"))
  var skeleton: SkeletonFormat?

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: ArgumentHelp(localized("Print the outline as JSON.")))
  var json = false

  func validate() throws {
    try table.validate()
    if (template == nil) == (units == nil) { throw ValidationError(localized("give a template, or --units TABLE to list a table's columns")) }
    if units != nil && skeleton != nil { throw ValidationError(localized("--skeleton goes with a template, not with --units")) }
  }

  func run() throws {
    do {
      if let units { return try listColumns(units) }
      guard let template else { return }
      let outline = try Template(path: template, options: syntax.templateOptions).outline
      switch skeleton {
      case .yaml: print(DataSkeleton(outline).yaml, terminator: "")
      case .json: print(DataSkeleton(outline).json, terminator: "")
      case nil:
        if json {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
          print(String(decoding: try encoder.encode(outline), as: UTF8.self))
        } else {
          print(outline.text, terminator: "")
        }
      }
    } catch {
      DiagnosticPrinter(json: json).failure(error)
      throw ExitCode(1)
    }
  }

  /// Prints each column of the table with its tag (in the chosen delimiters).
  private func listColumns(_ path: String) throws {
    let fields = try UnitTableLoader.load(path: path, options: table.options).fields
    let delimiters = syntax.templateOptions.delimiters
    let tags = fields.map { FieldTag.tag(for: $0, open: delimiters.open, close: delimiters.close) }
    if json {
      let object = ["units": path, "columns": zip(fields, tags).map { ["field": $0, "tag": $1] }] as [String: Any]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      print(String(decoding: data, as: UTF8.self))
    } else {
      print(SummaryText.columnsOf(path))
      for (field, tag) in zip(fields, tags) { print("  \(field): \(tag)") }
    }
  }
}
