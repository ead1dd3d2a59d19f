import Foundation
import GongwenTemplate
import Testing

@testable import Gongwen

/// Every diagnostic id has a Chinese and an English text, and every error type's kinds have ids.
struct MessageCatalogueTests {
  @Test(arguments: DiagnosticID.allCases)
  func everyIDHasBothTexts(_ id: DiagnosticID) throws {
    let entry = try #require(MessageCatalogue.entries[id], "no catalogue entry for \(id.rawValue)")
    #expect(!entry.english.message.isEmpty)
    #expect(entry.chinese.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } || id == .error,
            "the Chinese text of \(id.rawValue) has no Chinese")
    #expect((entry.english.hint == nil) == (entry.chinese.hint == nil), "\(id.rawValue) has a hint in one language only")
    let english = entry.english.message.components(separatedBy: " || ").map(MessageCatalogue.placeholders(of:))
    let chinese = entry.chinese.message.components(separatedBy: " || ").map(MessageCatalogue.placeholders(of:))
    #expect(english == chinese, "\(id.rawValue): the languages fill different placeholders")
    #expect(MessageCatalogue.placeholders(of: entry.english.hint ?? "")
              == MessageCatalogue.placeholders(of: entry.chinese.hint ?? ""))
    // A brace that is not a placeholder's (a literal {{tag}}) would leave the text unfillable.
    for text in [entry.english.message, entry.chinese.message, entry.english.hint ?? "", entry.chinese.hint ?? ""] {
      let names = MessageCatalogue.placeholders(of: text)
      #expect(names.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }, "\(id.rawValue): \(names)")
      let arguments = Dictionary(uniqueKeysWithValues: names.map { ($0, "x") })
      #expect(MessageCatalogue.fill(text, arguments: arguments) != nil || text.isEmpty, "\(id.rawValue): \(text)")
    }
  }

  @Test func everyKindOfEveryErrorHasItsOwnID() {
    var ids: [DiagnosticID] = []
    ids += XMLError.Kind.allCases.map { DiagnosticID(kind: $0) }
    ids += ArchiveError.Kind.allCases.map { DiagnosticID($0) }
    ids += PackageError.Kind.allCases.map { DiagnosticID(kind: $0) }
    ids += DataError.Kind.allCases.map { DiagnosticID(kind: $0) }
    ids += ConversionError.Kind.allCases.map { DiagnosticID(kind: $0) }
    #expect(!ids.contains(.error), "a kind has no id of its own")
    #expect(Set(ids).count == ids.count, "two kinds share an id")
  }

  @Test func localeChoosesTheLanguage() {
    #expect(MessageLanguage.fromLocale(["LANG": "zh_CN.UTF-8"]) == .chinese)
    #expect(MessageLanguage.fromLocale(["LANG": "en_US.UTF-8"]) == .english)
    #expect(MessageLanguage.fromLocale([:]) == .english)
    #expect(MessageLanguage.fromLocale(["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .english)
    #expect(MessageLanguage.fromLocale(["LANG": "C", "LC_MESSAGES": "zh_TW.UTF-8"]) == .chinese)
    #expect(MessageLanguage(code: "fr") == nil)
  }

  @Test func unknownFilterNamesTheNearestInBothLanguages() throws {
    let error = TemplateError(.unknownFilter("cnmony"), tagText: "{{金额 | cnmony}}")
    let english = try #require(Diagnostics.from(error, language: .english).first)
    let chinese = try #require(Diagnostics.from(error, language: .chinese).first)
    #expect(english.id == "unknown_filter")
    #expect(english.text == "error: unknown filter 'cnmony'\n      = hint: did you mean cnmoney?")
    #expect(chinese.text == "错误: 没有名为 'cnmony' 的过滤器\n      = 提示: 是不是想写 cnmoney？")
  }

  @Test func siteHintsAndPlacesAreTranslated() throws {
    let cell = TemplatePhrase.tableCell.phrase(["table": "1", "row": "2", "cell": "3"])
    let location = SourceLocation(file: "t.docx", part: "word/document.xml", paragraph: 3, paragraphText: "{{主送单位}}",
                                  offset: 0, length: 15, containerPhrase: cell)
    let error = TemplateError(.missingValue("主送单位"), location: location, tagText: "{{主送单位}}",
                              hint: TemplatePhrase.didYouMean.phrase(["suggestion": "{{主送机关}}"]))
    #expect(error.hint == "did you mean {{主送机关}}?" && location.container == "table 1, row 2, cell 3")
    let chinese = try #require(Diagnostics.from(error, language: .chinese).first)
    #expect(chinese.text.hasPrefix("t.docx: word/document.xml ¶3 (表格 1 第 2 行第 3 格): 错误: 数据中没有 '主送单位' 的值\n"))
    #expect(chinese.text.hasSuffix("= 提示: 是不是想写 {{主送机关}}？"))
    #expect(chinese.text.contains("^"))
  }

  @Test func dataErrorsHaveIDsOfTheirKindAndACaret() throws {
    do {
      _ = try DataLoader.parse(Data(#"{"标题": "通知" "x"}"#.utf8), format: .json, file: "d.json")
      Issue.record("the data was accepted")
    } catch {
      let english = try #require(Diagnostics.from(error, language: .english).first)
      let chinese = try #require(Diagnostics.from(error, language: .chinese).first)
      #expect(english.id == "data_syntax")
      #expect(english.text.hasPrefix("d.json:1:13: error: expected ',' or '}' after an object member\n"))
      #expect(chinese.text.hasPrefix("d.json:1:13: 错误: 数据格式有误：对象成员后应为 ',' 或 '}'\n"))
      #expect(chinese.text.contains("^"))
    }
    do {
      _ = try DataLoader.load(path: "/nonexistent/gongwen/data.yaml")
      Issue.record("a missing file was read")
    } catch {
      #expect(Diagnostics.from(error, language: .english).first?.id == "data_unreadable")
    }
  }

  @Test func dataDetailsArePhrasesPrintedWithTheirParts() throws {
    do {
      _ = try DataLoader.parse(Data("[1, 2]".utf8), format: .json, file: "d.json", requireMapping: true)
      Issue.record("a list at the top level was accepted where a mapping is required")
    } catch {
      let chinese = try #require(Diagnostics.from(error, language: .chinese).first)
      #expect(chinese.text.hasPrefix("d.json:1:1: 错误: 数据格式有误：数据的最外层必须是“名称: 值”的映射，而不是列表"), "\(chinese.text)")
    }
  }

  /// The warnings of `convert` read in both languages, their reasons included.
  @Test func convertWarningsAreTranslatedWithTheirReasons() {
    let type = OfficialDocumentType.report
    let chinese = Diagnostics.missingElement("签发人", type: type, reason: type.reason(for: "签发人"), file: "t.txt", strict: false,
                                             language: .chinese)
    #expect(chinese.text == "t.txt: 警告: 这份报告缺少签发人\n      = 提示: 上行文须标注签发人（GB/T 9704 7.2.6）；"
              + "请写在正文中、开头的 YAML 信息中（签发人: …）或用 --set 签发人=… 给出", "\(chinese.text)")
    let english = Diagnostics.missingElement("成文日期", type: type, reason: type.reason(for: "成文日期"), file: "t.txt", strict: true,
                                             language: .english)
    #expect(english.text == "t.txt: error: the 报告 has no 成文日期\n      = hint: GB/T 9704 places it in every 报告; "
              + "write it in the text, in the front matter (成文日期: …) or with --set 成文日期=…", "\(english.text)")
    #expect(english.json["severity"] == "error" && english.json["key"] == "成文日期" && english.id == "missing_element")
    let fallback = Diagnostics.templateFallback(.letter, used: "notice", file: "t.txt", language: .chinese)
    #expect(fallback.text.hasPrefix("t.txt: 警告: 没有找到函的模板 'letter'，改用 'notice' 排版"), "\(fallback.text)")
  }

  @Test func theFontWarningReadsInBothLanguages() {
    let fallback = FontFallback(role: "仿宋", face: "Noto Sans CJK SC", package: "texlive-lang-chinese")
    #expect(fallback.message(in: .english)
              == "仿宋 is set in Noto Sans CJK SC, not a 仿宋 face; install a 仿宋 font (free stand-in: apt-get install texlive-lang-chinese)")
    #expect(fallback.message(in: .chinese)
              == "仿宋用了 Noto Sans CJK SC，不是仿宋字体；请安装仿宋字体（免费替代字体：apt-get install texlive-lang-chinese）")
  }

  @Test func theDocumentedListNamesEveryID() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let page = try String(contentsOf: repository.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    for id in DiagnosticID.allCases {
      #expect(page.contains("| `\(id.rawValue)` |"), "docs/diagnostics.md does not list \(id.rawValue)")
    }
    // The server's own answers, each with its status, in their section; and no id in that section the
    // server does not answer.
    let server = try #require(page.components(separatedBy: "## The HTTP server's own answers").dropFirst().first)
    for id in ServerErrorID.allCases {
      #expect(server.contains("| `\(id.rawValue)` | \(id.status) |"), "docs/diagnostics.md does not list \(id.rawValue) (\(id.status))")
    }
    let listed = server.split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(listed.count == ServerErrorID.allCases.count, "\(listed)")
    #expect(Set(ServerErrorID.allCases.map(\.rawValue)).isDisjoint(with: DiagnosticID.allCases.map(\.rawValue)))
  }
}
