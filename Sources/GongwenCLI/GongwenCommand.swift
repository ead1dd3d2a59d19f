import ArgumentParser
import Gongwen

/// `gongwen`: renders official-format Word and OpenDocument templates with data.
struct GongwenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gongwen",
    abstract: localized("Render .docx and .odt templates with JSON or YAML data."),
    discussion: localized(HelpText.overview),
    version: GongwenVersion.current,
    subcommands: [RenderCommand.self, BatchCommand.self, InspectCommand.self, CheckCommand.self, PackCommand.self,
                  ConvertCommand.self, CheckFormatCommand.self, ServeCommand.self],
    defaultSubcommand: nil)
}
