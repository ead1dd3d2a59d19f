import Foundation
import Gongwen

/// The usage errors the argument parser writes itself (`Error: Missing expected argument '<data>'`,
/// the `Help:` and `Usage:` lines under it) in the language of messages. The parser offers them only
/// as English text, so each of its sentences is matched whole; a sentence it adds in a later version
/// stays English rather than being guessed at.
enum UsageErrorText {
  /// The parser's full error text (`message` and the lines around it) in Chinese when messages are Chinese.
  static func translated(_ fullText: String, message: String) -> String {
    guard MessageLanguage.current == .chinese else { return fullText }
    var text = fullText
    if !message.isEmpty, let range = text.range(of: message) {
      text.replaceSubrange(range, with: chinese(message))
    }
    var lines: [String] = []
    for line in text.components(separatedBy: "\n") {
      lines.append(translatedLine(line))
    }
    return lines.joined(separator: "\n")
  }

  /// The labels and the closing line the parser puts around a message.
  private static func translatedLine(_ line: String) -> String {
    for (english, chinese) in [("Error: ", "错误："), ("Help:  ", "说明：")] where line.hasPrefix(english) {
      return chinese + line.dropFirst(english.count)
    }
    if line.hasPrefix("Usage: ") { return "用法：" + HelpText.translatedHeadings(String(line.dropFirst("Usage: ".count))) }
    if let see = match(line, #"^  See '(.+)' for more information\.$"#) {
      return "  用 '\(see[0])' 查看详细说明。"
    }
    return line
  }

  /// One of the parser's messages in Chinese; the message itself when it is not one the parser writes.
  static func chinese(_ message: String) -> String {
    if let found = match(message, #"^The value '(.*)' is invalid for '(.+?)'(.*)$"#) {
      return "'\(found[1])' 的值 '\(found[0])' 无效" + valueListOrReason(found[2])
    }
    if let found = match(message, #"^The value '(.*)' is invalid\.(.*)$"#) {
      return "值 '\(found[0])' 无效" + valueListOrReason(found[1])
    }
    let patterns: [(String, ([String]) -> String)] = [
      (#"^Missing expected argument '(.+)'$"#, { "缺少参数 '\($0[0])'" }),
      (#"^Missing one of: '(.+)'$"#, { "缺少以下参数之一：'\($0[0])'" }),
      (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, { "没有选项 '\($0[0])'；是不是想写 '\($0[1])'？" }),
      (#"^Unknown option '(.+)'$"#, { "没有选项 '\($0[0])'" }),
      (#"^Missing value for '(.+)'$"#, { "'\($0[0])' 缺少值" }),
      (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#,
       { "选项 '\($0[0])' 不带值，却给了 '\($0[1])'" }),
      (#"^Unexpected argument '(.*)'$"#, { "多余的参数 '\($0[0])'" }),
      (#"^(\d+) unexpected arguments: '(.*)'$"#, { "\($0[0]) 个多余的参数：'\($0[1])'" }),
      (#"^Value to be set with (.+) had already been set with (.+)$"#, { "\($0[0]) 与前面的 \($0[1]) 重复" }),
      (#"^Invalid option: (.+)$"#, { "无效的选项：\($0[0])" }),
      (#"^Missing required subcommand\.$"#, { _ in "缺少子命令" }),
    ]
    for (pattern, chinese) in patterns {
      if let found = match(message, pattern) { return chinese(found) }
    }
    if message.contains("\n   or: ") {
      return message.components(separatedBy: "\n   or: ").map(chinese).joined(separator: "\n   或：")
    }
    return message
  }

  /// `. Please provide one of 'docx', 'odt' or 'pdf'.` (or a bulleted list), or `: the type's own reason`.
  private static func valueListOrReason(_ rest: String) -> String {
    if let found = match(rest, #"^\. Please provide one of (.+)\.$"#) {
      let values = found[0].replacingOccurrences(of: "', '", with: "'、'").replacingOccurrences(of: "' and '", with: "' 或 '")
        .replacingOccurrences(of: "' or '", with: "' 或 '")
      return "；可选值：" + values
    }
    if rest.hasPrefix(". Please provide one of the following:\n") {
      return "；可选值：\n" + rest.dropFirst(". Please provide one of the following:\n".count)
    }
    if rest.hasPrefix(": ") { return "：" + rest.dropFirst(2) }
    return rest
  }

  /// The groups of `pattern` when it matches `text`.
  private static func match(_ text: String, _ pattern: String) -> [String]? {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
      let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
    return (1..<found.numberOfRanges).map { index in
      Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
    }
  }
}
