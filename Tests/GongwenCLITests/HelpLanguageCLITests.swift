import Foundation
import Testing

/// `--help` and usage errors in the language of messages: every subcommand's abstract, discussion and
/// option help, and the argument parser's own errors, in Chinese for a `zh` locale, English otherwise.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct HelpLanguageCLITests {
  static let subcommands = ["render", "batch", "inspect", "check", "pack", "convert", "check-format", "serve"]
  static let chinese = ["LANG": "zh_CN.UTF-8"]

  /// Runs of three English words or more, outside option names, value names and code: text a
  /// translation left out.
  static func englishPhrases(_ text: String) -> [String] {
    var cleaned = text
    for pattern in [#"--?[a-zA-Z][a-zA-Z-]*(=[^\s]*)?"#, #"<[^>]*>"#, #"'[^']*'"#, #""[^"]*""#, #"\{\{[^}]*\}\}"#,
                    #"Authorization: Bearer"#, #"\[\{[^\]]*\]"#, #"[A-Za-z_/.]+\.(md|json|csv|xml|docx|odt)"#] {
      cleaned = cleaned.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    let expression = try? NSRegularExpression(pattern: #"[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}"#)
    let range = NSRange(cleaned.startIndex..., in: cleaned)
    return (expression?.matches(in: cleaned, range: range) ?? []).compactMap { Range($0.range, in: cleaned).map { String(cleaned[$0]) } }
  }

  @Test func everySubcommandsHelpIsChineseUnderAChineseLocale() throws {
    for command in [[]] + Self.subcommands.map({ [$0] }) {
      let run = try GongwenCLI.run(command + ["--help"], environment: Self.chinese)
      #expect(run.status == 0, "\(command): \(run.stderr)")
      #expect(run.stdout.contains("用法：") && run.stdout.contains("选项："), "\(command)")
      #expect(Self.englishPhrases(run.stdout).isEmpty, "\(command): \(Self.englishPhrases(run.stdout))\n\(run.stdout)")
      let english = try GongwenCLI.run(command + ["--help"])
      #expect(english.stdout.contains("USAGE:") && !english.stdout.contains("用法"), "\(command)")
      #expect(!Self.englishPhrases(english.stdout).isEmpty, "\(command): the check finds English where it is")
    }
    // Each discussion is there in both languages.
    let batch = try GongwenCLI.run(["batch", "--help"], environment: Self.chinese)
    #expect(batch.stdout.contains("键为合计、小计或总计的行被跳过并列出"), "\(batch.stdout)")
    #expect(batch.stdout.contains("$index 从 0 起计。") && batch.stdout.contains("（可选值：gongwen, docxtemplater）"), "\(batch.stdout)")
    let serve = try GongwenCLI.run(["serve", "--help", "--lang", "zh"])
    #expect(serve.stdout.contains("按请求的 Accept-Language（zh 为中文）决定"), "\(serve.stdout)")
    let englishServe = try GongwenCLI.run(["serve", "--help"])
    #expect(englishServe.stdout.contains("Accept-Language (zh: Chinese)"), "\(englishServe.stdout)")
  }

  @Test func theParsersOwnErrorsAreChineseWithTheUsageLineAndTheSameExitCode() throws {
    let missing = try GongwenCLI.run(["render"], environment: Self.chinese)
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("错误：缺少参数 '<template>'\n说明：<template>  .docx 或 .odt 模板。\n"
                                     + "用法：gongwen render [<选项>] <template> <data>\n  用 'gongwen render --help' 查看详细说明。"),
            "\(missing.stderr)")
    let englishMissing = try GongwenCLI.run(["render"])
    #expect(englishMissing.status == 2)
    #expect(englishMissing.stderr.hasPrefix("Error: Missing expected argument '<template>'\n"), "\(englishMissing.stderr)")
    #expect(englishMissing.stderr.contains("Usage: gongwen render [<options>] <template> <data>"))

    let cases: [([String], String, String)] = [
      (["render", "--bogus", "t.docx", "d.yaml"], "错误：没有选项 '--bogus'", "Error: Unknown option '--bogus'"),
      (["batch", "t.docx", "--units", "u.csv", "--out", "o", "--syntax", "foo"],
       "错误：'--syntax <name>' 的值 'foo' 无效；可选值：'gongwen' 或 'docxtemplater'",
       "Error: The value 'foo' is invalid for '--syntax <name>'. Please provide one of 'gongwen' and 'docxtemplater'."),
      (["batch", "t.docx", "--units", "u.csv", "--out", "o", "--jobs", "x"], "错误：'--jobs <jobs>' 的值 'x' 无效",
       "Error: The value 'x' is invalid for '--jobs <jobs>'"),
      (["render", "t.docx", "d.yaml", "extra"], "错误：多余的参数 'extra'", "Error: Unexpected argument 'extra'"),
      (["render", "t.docx", "d.yaml", "--set"], "错误：'--set <path=value>' 缺少值", "Error: Missing value for '--set <path=value>'"),
      (["render", "--json=1", "t.docx", "d.yaml"], "错误：选项 '--json' 不带值，却给了 '1'",
       "Error: The option '--json' does not take any value, but '1' was specified."),
      // The commands' own checks.
      (["batch", "t.docx", "--units", "u.csv", "--out", "o", "--format", "rtf"], "错误：--format 只接受 docx、odt 或 pdf",
       "Error: --format takes docx, odt or pdf"),
      (["render", "t.docx", "d.yaml", "-o", "x.txt"], "错误：-o x.txt：Gongwen 不写出 .txt 文件；文档应为 .docx、.odt 或 .pdf",
       "Error: -o x.txt: Gongwen does not write .txt files; a document is .docx, .odt or .pdf"),
      (["serve", "--host", "0.0.0.0"], "错误：--host 0.0.0.0 会让其他机器访问本服务", "Error: --host 0.0.0.0 opens the server to other machines"),
    ]
    for (arguments, chineseText, englishText) in cases {
      let chinese = try GongwenCLI.run(arguments, environment: Self.chinese)
      #expect(chinese.status == 2, "\(arguments)")
      #expect(chinese.stderr.hasPrefix(chineseText), "\(arguments): \(chinese.stderr)")
      #expect(chinese.stderr.contains("用法：gongwen "), "\(arguments): \(chinese.stderr)")
      let english = try GongwenCLI.run(arguments)
      #expect(english.status == 2, "\(arguments)")
      #expect(english.stderr.hasPrefix(englishText), "\(arguments): \(english.stderr)")
    }
    let badLanguage = try GongwenCLI.run(["render", "--lang", "fr", "t.docx", "d.yaml"], environment: Self.chinese)
    #expect(badLanguage.status == 2)
    #expect(badLanguage.stderr == "错误: --lang 只接受 zh 或 en，不接受 'fr'\n", "\(badLanguage.stderr)")
  }
}
