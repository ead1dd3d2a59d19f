import Foundation
import GongwenTemplate

/// The text of every diagnostic, in Chinese and English, keyed by id: one place to read and translate
/// what Gongwen says. A text's `{name}` placeholders take the diagnostic's arguments; `a || b` gives
/// alternatives, the first whose placeholders all have values being used.
package enum MessageCatalogue {
  /// A message and an optional hint, in one language.
  package struct Text: Sendable {
    package let message: String
    package let hint: String?
  }

  /// The Chinese and English texts of one id.
  package struct Entry: Sendable {
    package let chinese: Text
    package let english: Text

    init(en: String, zh: String, enHint: String? = nil, zhHint: String? = nil) {
      english = Text(message: en, hint: enHint)
      chinese = Text(message: zh, hint: zhHint)
    }

    package func text(in language: MessageLanguage) -> Text { language == .chinese ? chinese : english }
  }

  /// Every id's entry.
  package static let entries: [DiagnosticID: Entry] = templateEntries.merging(packageEntries) { first, _ in first }
    .merging(dataEntries) { first, _ in first }

  /// `id`'s message in `language` with `arguments` filled in.
  package static func message(_ id: DiagnosticID, arguments: [String: String], in language: MessageLanguage) -> String {
    guard let entry = entries[id] else { return arguments["detail"] ?? id.rawValue }
    return fill(entry.text(in: language).message, arguments: arguments) ?? id.rawValue
  }

  /// `id`'s own hint in `language`, when it has one whose placeholders all have values.
  package static func hint(_ id: DiagnosticID, arguments: [String: String], in language: MessageLanguage) -> String? {
    guard let hint = entries[id]?.text(in: language).hint else { return nil }
    return fill(hint, arguments: arguments)
  }

  /// The words around messages: `error`, `warning`, `hint`.
  package static func word(_ word: String, in language: MessageLanguage) -> String {
    guard language == .chinese else { return word }
    return ["error": "错误", "warning": "警告", "hint": "提示"][word] ?? word
  }

  /// The first alternative of `text` whose placeholders all have values, filled in; nil when none does.
  static func fill(_ text: String, arguments: [String: String]) -> String? { Phrase.fill(text, with: arguments) }

  /// The placeholder names of `text`.
  package static func placeholders(of text: String) -> Set<String> { Phrase.placeholders(of: text) }
}
