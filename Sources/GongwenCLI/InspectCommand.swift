import ArgumentParser
import Foundation
import Gongwen

/// `gongwen inspect TEMPLATE`: every tag with its place, the sections as a tree, or a data skeleton.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "List a template's tags, where they stand and how sections nest.",
    discussion: """
      Each tag is shown with its part, paragraph number and table cell, header or footer; sections
      are shown with the tags inside them. --skeleton prints a data file with every field the
      template needs, for you to fill in.
      """)

  enum SkeletonFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
  }

  @Argument(help: "The .docx or .odt template.")
  var template: String

  @Option(help: ArgumentHelp("Print a data file to fill in instead of the outline.", valueName: "yaml|json"))
  var skeleton: SkeletonFormat?

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: "Print the outline as JSON.")
  var json = false

  func run() throws {
    do {
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
}
