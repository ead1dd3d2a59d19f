import ArgumentParser
import Gongwen

/// `gongwen`: renders official-format Word and OpenDocument templates with data.
struct GongwenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gongwen",
    abstract: "Render .docx and .odt templates with JSON or YAML data.",
    discussion: """
      Tags are written {{name}} in the template; see docs/template-language.md.
      Exit codes: 0 success, 1 template or data error, 2 usage error.
      """,
    version: GongwenVersion.current,
    subcommands: [RenderCommand.self, BatchCommand.self, InspectCommand.self, CheckCommand.self, PackCommand.self,
                  ConvertCommand.self, CheckFormatCommand.self, ServeCommand.self],
    defaultSubcommand: nil)
}
