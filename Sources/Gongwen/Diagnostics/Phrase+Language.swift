import GongwenTemplate

extension Phrase {
  /// The phrase in `language`.
  package func text(in language: MessageLanguage) -> String { text(chinese: language == .chinese) }

  /// The phrase in every language, for a diagnostic's `textArguments` or `textHint`.
  package var texts: [MessageLanguage: String] {
    Dictionary(uniqueKeysWithValues: MessageLanguage.allCases.map { ($0, text(in: $0)) })
  }
}

extension Diagnostic {
  /// Sets the placeholder `name` to `phrase`, put into the language the diagnostic is printed in;
  /// `arguments` keeps the English text for JSON.
  package mutating func setArgument(_ name: String, _ phrase: Phrase) {
    arguments[name] = phrase.englishText
    phraseArguments[name] = phrase
  }

  /// Sets the hint to `phrase`, put into the language the diagnostic is printed in.
  package mutating func setHint(_ phrase: Phrase) {
    hint = phrase.englishText
    phraseHint = phrase
  }
}

extension MessageCatalogue {
  /// Every table of phrases error sites write; tests check each case's two texts.
  package static let phraseKinds: [any PhraseText.Type] = [
    FormatPlacePhrase.self,
    FormatValuePhrase.self,
    FormatPagePhrase.self,
    FormatHeadPhrase.self,
    FormatSignaturePhrase.self,
    FormatImprintPhrase.self,
    ArchivePhrase.self,
    SystemPhrase.self,
    DataPhrase.self,
    ValueKindPhrase.self,
    UnitTablePhrase.self,
    RowHintPhrase.self,
    YAMLProblemPhrase.self,
    YAMLContextPhrase.self,
    ConversionPhrase.self,
    PackagePhrase.self,
    PartRolePhrase.self,
    OfficialPhrase.self,
    ServerPhrase.self,
    XMLPhrase.self,
    TemplatePhrase.self,
    FigurePhrase.self,
    StructuredContentPhrase.self,
  ]
}
