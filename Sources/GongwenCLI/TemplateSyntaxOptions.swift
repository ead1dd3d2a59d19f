import ArgumentParser
import Gongwen

/// The `--delimiters "open close"` and `--syntax` options shared by the commands that read templates.
struct TemplateSyntaxOptions: ParsableArguments {
  @Option(help: ArgumentHelp(localized("Tag delimiters, as two strings separated by a space, e.g. \"{ }\"."), valueName: "open close"))
  var delimiters: String?

  @Option(help: ArgumentHelp(
    localized("Read templates written for another engine: 'docxtemplater' sets the delimiters to \"{ }\"."),
    valueName: "name"))
  var syntax: TemplateSyntax?

  /// The template languages `--syntax` names.
  enum TemplateSyntax: String, ExpressibleByArgument, CaseIterable {
    case gongwen, docxtemplater

    var delimiters: Delimiters {
      switch self {
      case .gongwen: return .standard
      case .docxtemplater: return Delimiters(open: "{", close: "}")
      }
    }
  }

  func validate() throws {
    if let delimiters, Delimiters(parsing: delimiters) == nil {
      throw ValidationError("--delimiters takes two different strings separated by a space, e.g. \"{ }\"")
    }
  }

  /// Template options with the delimiters asked for (`--delimiters` wins over `--syntax`).
  var templateOptions: TemplateOptions {
    TemplateOptions(delimiters: delimiters.flatMap(Delimiters.init(parsing:)) ?? syntax?.delimiters ?? .standard)
  }
}
