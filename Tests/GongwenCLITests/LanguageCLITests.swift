import Foundation
import Testing

/// Messages in the user's language: Chinese for a `zh` locale or `--lang zh`, English otherwise; the
/// line `render` prints about what it wrote.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct LanguageCLITests {
  private func typoTemplate() throws -> WorkDirectory {
    let work = try WorkDirectory()
    try work.write("t.docx", try MiniDocx.build(["金额 {{金额 | cnmony}}", "{{#items}}{{/item}}"]))
    try work.write("m.docx", try MiniDocx.build(["{{主送单位}}：", "金额 {{金额 | cnmoney}}"]))
    try work.write("d.yaml", "主送机关: 各区县\n金额: 1234.5\n")
    return work
  }

  @Test func aChineseLocaleGetsChineseErrorsWithTheirCaretAndHints() throws {
    let work = try typoTemplate()
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "-o", work.path("o.docx")],
                                 environment: ["LANG": "zh_CN.UTF-8"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("word/document.xml ¶1: 错误: 没有名为 'cnmony' 的过滤器\n    1 | 金额 {{金额 | cnmony}}\n"
                                + "      |      ^^^^^^^^^^^^^^^^^\n      = 提示: 是不是想写 cnmoney？"), "\(run.stderr)")
    #expect(run.stderr.contains("错误: 区块 '{{#items}}' 被 '{{/item}}' 结束，名称不一致"))
    #expect(run.stderr.contains("= 提示: 当前打开的区块是 '{{#items}}'"))
    #expect(run.stderr.contains("共 2 个错误；未写出任何文件。"))
    #expect(!work.exists("o.docx"))
    let missing = try GongwenCLI.run(["render", work.path("m.docx"), work.path("d.yaml"), "-o", work.path("o.docx")],
                                     environment: ["LANG": "zh_CN.UTF-8"])
    #expect(missing.stderr.contains("word/document.xml ¶1: 错误: 数据中没有 '主送单位' 的值\n    1 | {{主送单位}}：\n"
                                    + "      | ^^^^^^^^^^^^\n      = 提示: 是不是想写 {{主送机关}}？"), "\(missing.stderr)")
  }

  @Test func langOptionOverridesTheLocale() throws {
    let work = try typoTemplate()
    defer { work.remove() }
    let english = try GongwenCLI.run(["render", "--lang", "en", work.path("t.docx"), work.path("d.yaml")],
                                     environment: ["LC_ALL": "zh_CN.UTF-8"])
    #expect(english.stderr.contains("error: unknown filter 'cnmony'\n"))
    #expect(english.stderr.contains("= hint: did you mean cnmoney?"))
    let chinese = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "--lang=zh"])
    #expect(chinese.stderr.contains("错误: 没有名为 'cnmony' 的过滤器"))
    let json = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "--lang=zh", "--json"])
    #expect(json.stdout.contains(#""id":"unknown_filter""#), "ids stay the same in every language")
    let bad = try GongwenCLI.run(["render", "--lang", "fr", work.path("t.docx"), work.path("d.yaml")])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--lang takes zh or en"))
  }

  @Test func renderSaysWhatItWroteUnlessQuiet() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{主送机关}}："]))
    try work.write("d.yaml", "主送机关: 各区县\n")
    let run = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "-o", work.path("o.docx")])
    #expect(run.status == 0)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: work.path("o.docx"))[.size] as? Int)
    #expect(size > 0)
    #expect(run.stderr.hasPrefix("wrote \(work.path("o.docx")) ("), "\(run.stderr)")
    #expect(run.stderr.hasSuffix(" s\n"))
    #expect(run.stdout.isEmpty)
    let chinese = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "-o", work.path("o.docx")],
                                     environment: ["LANG": "zh_CN.UTF-8"])
    #expect(chinese.stderr.hasPrefix("已写出 \(work.path("o.docx"))（"), "\(chinese.stderr)")
    let quiet = try GongwenCLI.run(["render", "-q", work.path("t.docx"), work.path("d.yaml"), "-o", work.path("o.docx")])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty)
  }

  @Test func batchAndCheckSummariesFollowTheLanguage() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{单位}}：{{金额 | cnmoney}}"]))
    try work.write("units.csv", "单位,金额\n市教育局,100\n市财政局,\n")
    let batch = try GongwenCLI.run(["batch", work.path("t.docx"), "--units", work.path("units.csv"), "--out", work.path("out")],
                                   environment: ["LANG": "zh_CN.UTF-8"])
    #expect(batch.status == 1)
    #expect(batch.stderr.contains("第 3 行（市财政局）: "), "\(batch.stderr)")
    #expect(batch.stderr.contains("共 2 行：已写出 1 份，失败 1 份"), "\(batch.stderr)")
    try work.write("d.yaml", "单位: 市教育局\n")
    let check = try GongwenCLI.run(["check", work.path("t.docx"), work.path("d.yaml")], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(check.status == 1)
    #expect(check.stderr.contains("错误: 数据中没有 '金额' 的值"), "\(check.stderr)")
    #expect(check.stderr.hasSuffix("1 个错误。\n"), "\(check.stderr)")
  }
}
