import ArgumentParser
import Gongwen

/// The `--delimiters "open close"` option shared by the commands that read templates.
enum DelimiterArgument {
  static func validate(_ text: String?) throws {
    if let text, Delimiters(parsing: text) == nil {
      throw ValidationError("--delimiters takes two different strings separated by a space, e.g. \"{ }\"")
    }
  }

  static func options(_ text: String?) -> TemplateOptions {
    TemplateOptions(delimiters: text.flatMap(Delimiters.init(parsing:)) ?? .standard)
  }
}
