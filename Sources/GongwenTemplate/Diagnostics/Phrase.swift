/// A kind of text an error site writes — a detail, a place, an expectation — with its English and
/// Chinese wording. Each conforming enum is one table of the message catalogue; a case without both
/// texts does not compile, and tests check that both texts of a case take the same placeholders.
///
/// A text's `{name}` placeholders take the phrase's values; `a || b` gives alternatives, the first
/// whose placeholders all have values being used.
package protocol PhraseText: CaseIterable, RawRepresentable, Sendable where RawValue == String {
  /// The English and the Chinese text.
  var texts: (english: String, chinese: String) { get }
}

/// Words a diagnostic carries beyond its id, kept as a catalogue key with its values and put into
/// words only when printed, so an error site never writes English that must be translated back.
package struct Phrase: Sendable, Hashable {
  /// A value of a placeholder: text carried over as it is (a name, a number, quoted document text), a
  /// phrase put into the same language, or phrases joined.
  package indirect enum Value: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    case phrase(Phrase)
    /// Phrases joined by `, ` in English and `，` in Chinese (or `; ` and `；` when `clauses`).
    case list([Phrase], clauses: Bool)

    package init(stringLiteral value: String) { self = .text(value) }
  }

  /// The phrase's parts, kept in one shared object so that a value holding a phrase (a source location,
  /// an error) grows by one reference only. The texts are the table's, asked for when printed.
  private final class Storage: @unchecked Sendable {
    let key: any PhraseText
    let values: [String: Value]

    init(key: any PhraseText, values: [String: Value]) {
      self.key = key
      self.values = values
    }

    var table: Any.Type { type(of: key) }
  }

  private let storage: Storage

  /// The key, `kind.case` (`ArchivePhrase.noSuchFile`): stable, for JSON and tests.
  package var key: String { String(describing: storage.table) + "." + storage.key.rawValue }
  /// The placeholders' values.
  package var values: [String: Value] { storage.values }

  /// The phrase `key` of its table with `values` for its placeholders.
  package init<Key: PhraseText>(_ key: Key, _ values: [String: Value] = [:]) {
    storage = Storage(key: key, values: values)
  }

  package static func == (left: Phrase, right: Phrase) -> Bool {
    left.storage === right.storage
      || (left.storage.table == right.storage.table && left.storage.key.rawValue == right.storage.key.rawValue
        && left.values == right.values)
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(storage.table))
    hasher.combine(storage.key.rawValue)
    hasher.combine(values)
  }

  /// The phrase `key` with text values only.
  package init<Key: PhraseText>(_ key: Key, texts: [String: String]) {
    self.init(key, texts.mapValues { .text($0) })
  }

  /// The phrase in English.
  package var englishText: String { text(chinese: false) }
  /// The phrase in Simplified Chinese.
  package var chineseText: String { text(chinese: true) }

  /// The phrase in Chinese or English: the first alternative whose placeholders all have values, filled
  /// in; the raw text when none does.
  package func text(chinese isChinese: Bool) -> String {
    let texts = storage.key.texts
    let template = isChinese ? texts.chinese : texts.english
    let filled = values.mapValues { value -> String in
      switch value {
      case .text(let text): return text
      case .phrase(let phrase): return phrase.text(chinese: isChinese)
      case .list(let phrases, let clauses):
        let separator = clauses ? (isChinese ? "；" : "; ") : (isChinese ? "，" : ", ")
        return phrases.map { $0.text(chinese: isChinese) }.joined(separator: separator)
      }
    }
    return Phrase.fill(template, with: filled) ?? template
  }

  /// The first alternative of `text` whose placeholders all have values, filled in; nil when none does.
  /// `{}` is text (a JSON object), not a placeholder.
  package static func fill(_ text: String, with values: [String: String]) -> String? {
    for alternative in text.components(separatedBy: " || ") {
      var result = ""
      var rest = Substring(alternative)
      var complete = true
      while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
        result += rest[..<open]
        let name = String(rest[rest.index(after: open)..<close])
        rest = rest[rest.index(after: close)...]
        if name.isEmpty {
          result += "{}"
          continue
        }
        guard let value = values[name] else {
          complete = false
          break
        }
        result += value
      }
      if complete { return result + rest }
    }
    return nil
  }

  /// The placeholder names of `text`.
  package static func placeholders(of text: String) -> Set<String> {
    var names = Set<String>()
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      if rest.index(after: open) < close { names.insert(String(rest[rest.index(after: open)..<close])) }
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}

extension PhraseText {
  /// The phrase of this case with `values` for its placeholders.
  package func phrase(_ values: [String: Phrase.Value] = [:]) -> Phrase { Phrase(self, values) }
}
