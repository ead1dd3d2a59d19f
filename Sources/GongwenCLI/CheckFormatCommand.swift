import ArgumentParser
import Foundation
import Gongwen

/// `gongwen check-format FILE`: every deviation of a document from GB/T 9704-2012.
struct CheckFormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-format",
    abstract: localized("Report every deviation of a .docx or .odt document from the GB/T 9704 layout."),
    discussion: localized(HelpText.checkFormatDiscussion))

  @Argument(help: ArgumentHelp(localized("The .docx or .odt document (or template).")), completion: .templates)
  var file: String

  @Flag(help: ArgumentHelp(localized("Print the result as JSON.")))
  var json = false

  func run() throws {
    let deviations: [FormatDeviation]
    do {
      deviations = try FormatCheck.check(path: file)
    } catch {
      DiagnosticPrinter(json: json).failure(error)
      throw ExitCode(1)
    }
    let language = MessageLanguage.current
    if json {
      let object = ResultJSON.formatCheck(file: file, deviations: deviations.map { $0.localized(language) })
      FileHandle.standardOutput.write(ResultJSON.encode(object) + Data("\n".utf8))
    } else if deviations.isEmpty {
      print(SummaryText.formatConforms(file))
    } else {
      for deviation in deviations { print("\(file): \(deviation.text(in: language))") }
      print(SummaryText.formatDeviations(deviations.count))
    }
    if !deviations.isEmpty { throw ExitCode(1) }
  }
}
