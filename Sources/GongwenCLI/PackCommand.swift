import ArgumentParser
import Gongwen

/// `gongwen pack DIR -o FILE`: builds a .docx or .odt from an unpacked package folder.
struct PackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: localized("Pack an unpacked package folder into a .docx or .odt, reproducibly."),
    discussion: localized(HelpText.packDiscussion))

  @Argument(help: ArgumentHelp(localized("The folder holding the unpacked package.")), completion: .directory)
  var folder: String

  @Option(name: .shortAndLong, help: ArgumentHelp(localized("The package file to write.")), completion: .templates)
  var output: String

  func run() throws {
    do {
      try PackageFolder.pack(folder: folder, to: output)
    } catch {
      DiagnosticPrinter(json: false).failure(error)
      throw ExitCode(1)
    }
  }
}
