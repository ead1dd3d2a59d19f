import GongwenTemplate

/// Where a GB/T 9704 check found a deviation: a page, a footer, a paragraph named by its element
/// (`¶12 (一级标题)`: element names are the standard's own, the same in both languages).
enum FormatPlacePhrase: String, PhraseText {
  case page, section, pageStyle, firstPage, footer, footerOddPages, footerEvenPages, footerAllPages
  case paragraph, paragraphs, imprint, imprintParagraph, letterIssuer, letterLine

  var texts: (english: String, chinese: String) {
    switch self {
    case .page: ("page", "页面")
    case .section: ("section {n}", "第 {n} 节")
    case .pageStyle: ("page style '{x}'", "页面样式 '{x}'")
    case .firstPage: ("{x} (first page)", "{x}（首页）")
    case .footer: ("footer", "页脚")
    case .footerOddPages: ("footer (odd pages)", "页脚（奇数页）")
    case .footerEvenPages: ("footer (even pages)", "页脚（偶数页）")
    case .footerAllPages: ("footer (all pages)", "页脚（所有页）")
    case .paragraph: ("¶{n} ({element})", "¶{n} ({element})")
    case .paragraphs: ("¶{n}–{m} ({element})", "¶{n}–{m} ({element})")
    case .imprint: ("版记", "版记")
    case .imprintParagraph: ("版记 ¶{n} ({element})", "版记 ¶{n}（{element}）")
    case .letterIssuer: ("发文机关标志 (信函)", "发文机关标志（信函）")
    case .letterLine: ("信函 ({x} mm)", "信函（{x} mm 处）")
    }
  }
}

/// The words of `check-format`'s findings that every rule shares: values carried as they are, sizes,
/// fonts, colours, alignments, and findings joined.
enum FormatValuePhrase: String, PhraseText {
  /// Text the same in every language: a measurement in mm, a font name, a number, an element name.
  case asIs
  case quoted, inText, fontAndSize, points, characters, none, noSize, noEastAsianFont, themeFont, automaticColour, noFill
  case left, right, center, justify, notAligned
  /// Places or findings joined; the second with more left out.
  case joined, joinedWithMore

  var texts: (english: String, chinese: String) {
    switch self {
    case .asIs: ("{text}", "{text}")
    case .quoted: ("“{q}”", "“{q}”")
    case .inText: ("{x} in “{q}”", "“{q}”用了 {x}")
    case .fontAndSize: ("{font} {size}", "{font} {size}")
    case .points: ("{x} pt", "{x} 磅")
    case .characters: ("{x} 字", "{x} 字")
    case .none: ("none", "未设")
    case .noSize: ("no size", "未设字号")
    case .noEastAsianFont: ("no East Asian font", "未设中文字体")
    case .themeFont: ("theme font ({x})", "主题字体（{x}）")
    case .automaticColour: ("automatic colour", "自动颜色")
    case .noFill: ("no fill", "无填充")
    case .left: ("left", "居左")
    case .right: ("right", "居右")
    case .center: ("center", "居中")
    case .justify: ("justify", "两端对齐")
    case .notAligned: ("not aligned", "未设对齐")
    case .joined: ("{items}", "{items}")
    case .joinedWithMore: ("{items}; …", "{items}；…")
    }
  }
}

extension Phrase {
  /// Text carried over as it is in every language.
  static func asIs(_ text: String) -> Phrase { Phrase(FormatValuePhrase.asIs, texts: ["text": text]) }

  /// A value of `check-format`'s words.
  static func value(_ key: FormatValuePhrase, _ values: [String: Value] = [:]) -> Phrase { Phrase(key, values) }

  /// `value` in “quoted document text”.
  static func inText(_ value: Phrase, _ quoted: some StringProtocol) -> Phrase {
    Phrase(FormatValuePhrase.inText, ["x": .phrase(value), "q": .text(String(quoted))])
  }

  /// Phrases joined by `, ` (`; ` for `clauses`), `; …` after them when `more` were left out.
  static func joined(_ phrases: [Phrase], clauses: Bool, more: Bool = false) -> Phrase {
    Phrase(more ? FormatValuePhrase.joinedWithMore : .joined, ["items": .list(phrases, clauses: clauses)])
  }
}
