import ArgumentParser
import Gongwen

/// The options shared by the commands that read templates: `--delimiters "open close"`, `--syntax`, and
/// docxtemplater's syntax options.
struct TemplateSyntaxOptions: ParsableArguments {
  @Option(help: ArgumentHelp(
    localized("Tag delimiters, as two strings separated by a space, e.g. \"{ }\" or \"% %\"."), valueName: "open close"))
  var delimiters: String?

  @Option(help: ArgumentHelp(
    localized("Read templates written for another engine: 'docxtemplater' sets the delimiters to \"{ }\", reads '-' as minus (date-age) and the number 0 as false, and counts $index from 0."),
    valueName: "name"))
  var syntax: TemplateSyntax?

  @Option(help: ArgumentHelp(
    localized("What marks a delimiter switch such as {{=<% %>=}} inside a template ('=' by default; \"\" turns switches off)."),
    valueName: "text"))
  var changeDelimiterPrefix: String?

  @Flag(help: ArgumentHelp(localized("Read an opening delimiter that no closing one follows as text, not as an error.")))
  var allowUnclosedTag = false

  @Flag(help: ArgumentHelp(localized("Read a closing delimiter that no opening one precedes as text, not as an error.")))
  var allowUnopenedTag = false

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
      throw ValidationError(localized("--delimiters takes two strings separated by a space, e.g. \"{ }\""))
    }
    if let prefix = changeDelimiterPrefix, prefix.contains(" ") {
      throw ValidationError(localized("--change-delimiter-prefix takes text without spaces, e.g. \"=\" or \"$\""))
    }
  }

  /// Template options with the delimiters asked for (`--delimiters` wins over `--syntax`) and the
  /// syntax options.
  var templateOptions: TemplateOptions {
    let prefix = changeDelimiterPrefix ?? "="
    var options = TemplateOptions(
      delimiters: delimiters.flatMap(Delimiters.init(parsing:)) ?? syntax?.delimiters ?? .standard,
      changeDelimiterPrefix: prefix.isEmpty ? nil : prefix, allowUnclosedTag: allowUnclosedTag,
      allowUnopenedTag: allowUnopenedTag)
    options.hyphensInNames = syntax != .docxtemplater
    options.zeroIsFalse = syntax == .docxtemplater
    options.indexFromZero = syntax == .docxtemplater
    return options
  }
}
