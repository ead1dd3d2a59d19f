import Foundation
import GongwenTemplate
import Testing

@testable import Gongwen

/// Details that libraries word (libyaml through Yams, the JSON reader, libzip and the C library) print in
/// Chinese under zh: a known text by its phrase, an unknown one inside a phrase that names what it is.
struct LibraryTextChineseTests {
  private func chineseText(_ body: () throws -> Void) throws -> String {
    do {
      try body()
    } catch {
      return try #require(Diagnostics.from(error, language: .chinese).first).text
    }
    Issue.record("no error was thrown")
    return ""
  }

  @Test func aYAMLSyntaxErrorIsInChinese() throws {
    let text = try chineseText { _ = try DataLoader.parse(Data("标题: 通知\n主送: a: b\n".utf8), format: .yaml, file: "d.yaml") }
    #expect(text.contains("d.yaml:2:"), "\(text)")
    #expect(text.contains("此处不能出现映射的值"), "\(text)")
    #expect(!text.contains("mapping values are not allowed"), "\(text)")
  }

  @Test func aYAMLProblemInAContextNamesBothInChinese() throws {
    let text = try chineseText { _ = try DataLoader.parse(Data("标题: \"通知\n".utf8), format: .yaml, file: "d.yaml") }
    #expect(text.contains("扫描带引号的值时"), "\(text)")
    #expect(!text.contains("while scanning"), "\(text)")
  }

  @Test func anUnknownLibyamlTextIsMarkedAsAYAMLSyntaxError() {
    let phrase = YAMLProblemPhrase.phrase(libraryText: "some new libyaml complaint")
    #expect(phrase.text(in: .chinese) == "YAML 语法错误：some new libyaml complaint")
    #expect(phrase.text(in: .english) == "some new libyaml complaint")
    #expect(YAMLProblemPhrase.phrase(libraryText: "found unexpected end of stream").text(in: .chinese) == "文本意外结束")
  }

  @Test func aJSONErrorIsInChineseWithItsParts() throws {
    let text = try chineseText { _ = try DataLoader.parse(Data("{\"标题\": \"通知\" \"x\"}".utf8), format: .json, file: "d.json") }
    #expect(text.contains("d.json:1:"), "\(text)")
    #expect(text.contains("对象成员后应为 ',' 或 '}'"), "\(text)")
    let word = try chineseText { _ = try DataLoader.parse(Data("{\"a\": True}".utf8), format: .json, file: "d.json") }
    #expect(word.contains("无法识别的词 'True'：JSON 的字面量是小写的 true、false 和 null"), "\(word)")
  }

  @Test func anArchiveErrorIsInChinese() throws {
    let empty = try chineseText { _ = try ZipArchive(bytes: [], name: "a.docx") }
    #expect(empty.contains("不是 zip 压缩包（没有数据）"), "\(empty)")
    let truncated = try chineseText { _ = try ZipArchive(bytes: [0x50, 0x4B, 3, 4, 0, 0, 0, 0], name: "b.docx") }
    #expect(truncated.contains("b.docx"), "\(truncated)")
    #expect(truncated.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(truncated)")
    #expect(!truncated.contains("truncated"), "\(truncated)")
  }

  @Test func aSystemErrorTextIsMarkedAsOne() {
    #expect(SystemPhrase.cause(errno: EACCES).text(in: .chinese) == "权限不足")
    #expect(SystemPhrase.cause(errno: EIO).text(in: .chinese).hasPrefix("系统错误："))
  }

  @Test func aTagSyntaxReasonIsInChinese() throws {
    let reason = TemplatePhrase.unterminatedQuote.phrase()
    let box = TemplateErrorKindBox(.malformedTag(reason.englishText), phrases: ["reason": reason])
    let error = TemplateError(box, tagText: "{{a | default:\"x}}")
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.message(in: .chinese).contains("引号没有闭合"), "\(diagnostic.message(in: .chinese))")
    #expect(diagnostic.message(in: .english).contains("unterminated quote"))
    if case .malformedTag(let reason) = error.kind { #expect(reason == "unterminated quote") }
  }
}
