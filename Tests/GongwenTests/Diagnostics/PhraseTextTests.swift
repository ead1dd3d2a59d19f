import Foundation
import GongwenTemplate
import Testing

@testable import Gongwen

/// Every phrase error sites write has an English and a Chinese text with the same placeholders, and
/// is filled in the language asked for.
struct PhraseTextTests {
  @Test func everyPhraseHasBothTexts() {
    for kind in MessageCatalogue.phraseKinds { checkTexts(of: kind) }
  }

  private func checkTexts<Kind: PhraseText>(of kind: Kind.Type) {
    for phrase in Kind.allCases {
      let (english, chinese) = phrase.texts
      let name = "\(Kind.self).\(phrase.rawValue)"
      #expect(!english.isEmpty && !chinese.isEmpty, "\(name) has an empty text")
      // Words outside the placeholders need Chinese; a text that only joins its values needs none.
      let words = Phrase.fill(english, with: Dictionary(uniqueKeysWithValues: Phrase.placeholders(of: english).map { ($0, "") }))
      #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                || !(words ?? english).unicodeScalars.contains { ("a"..."z").contains($0) }, "\(name)'s Chinese text has no Chinese")
      #expect(english.components(separatedBy: " || ").map(Phrase.placeholders(of:))
                == chinese.components(separatedBy: " || ").map(Phrase.placeholders(of:)),
              "\(name): the languages fill different placeholders")
    }
  }

  private enum Sample: String, PhraseText {
    case cell, didYouMean
    var texts: (english: String, chinese: String) {
      switch self {
      case .cell: ("table {t}, row {r}", "表格 {t} 第 {r} 行")
      case .didYouMean: ("did you mean {x}? || no suggestion", "是不是想写 {x}？ || 没有建议")
      }
    }
  }

  @Test func aPhraseIsFilledInTheLanguageAskedForWithNestedPhrasesTranslated() {
    let cell = Phrase(Sample.cell, texts: ["t": "1", "r": "2"])
    let hint = Phrase(Sample.didYouMean, ["x": .phrase(cell)])
    #expect(hint.text(in: .english) == "did you mean table 1, row 2?")
    #expect(hint.text(in: .chinese) == "是不是想写 表格 1 第 2 行？")
    #expect(Phrase(Sample.didYouMean).text(in: .chinese) == "没有建议")
    #expect(Phrase(Sample.didYouMean, ["x": .list([cell, cell], clauses: true)]).text(in: .chinese)
              == "是不是想写 表格 1 第 2 行；表格 1 第 2 行？")
    #expect(hint.key == "Sample.didYouMean")
  }

  @Test func aDiagnosticPrintsItsPhraseArgumentInItsLanguage() {
    var diagnostic = Diagnostic(.archiveCorrupt, file: "a.docx")
    diagnostic.setArgument("detail", Phrase(Sample.cell, texts: ["t": "3", "r": "4"]))
    #expect(diagnostic.message(in: .chinese).contains("表格 3 第 4 行"))
    #expect(diagnostic.message(in: .english).contains("table 3, row 4"))
  }
}
