import Foundation
import Gongwen

/// `--lang zh|en`, which any command takes: the language of messages. Without it the locale decides
/// (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `zh`: Chinese; English otherwise).
enum LanguageArgument {
  /// The arguments without `--lang` and its value, and the language they choose; a usage error for a
  /// value that is neither `zh` nor `en`.
  static func extract(from arguments: [String]) throws -> (arguments: [String], language: MessageLanguage) {
    var rest: [String] = []
    var language = MessageLanguage.fromLocale()
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        rest += arguments[index...]
        break
      }
      var value: String?
      if argument == "--lang" {
        index += 1
        value = index < arguments.endIndex ? arguments[index] : ""
      } else if argument.hasPrefix("--lang=") {
        value = String(argument.dropFirst("--lang=".count))
      }
      if let value {
        guard let chosen = MessageLanguage(code: value) else {
          throw ValidationFailure(message: language == .chinese ? "--lang 只接受 zh 或 en，不接受 '\(value)'"
                                   : "--lang takes zh or en, not '\(value)'")
        }
        language = chosen
      } else {
        rest.append(argument)
      }
      index += 1
    }
    return (rest, language)
  }

  struct ValidationFailure: Error {
    let message: String
  }
}
