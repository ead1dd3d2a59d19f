import Foundation
import Testing

@testable import Gongwen

/// Warnings, row problems, summaries and annotation comments in the language of messages.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct SummaryLanguageCLITests {
  static let chinese = ["LANG": "zh_CN.UTF-8"]

  /// A table with a short row (3), an empty cell a tag prints (4), a 合计 row, and a column no tag uses.
  private func unitTable() throws -> WorkDirectory {
    let work = try WorkDirectory()
    try work.write("t.docx", try MiniDocx.build(["{{单位}}：{{金额}}"]))
    try work.write("units.csv", "单位,金额,备注\n市教育局,100,甲\n市财政局\n市卫健委,,乙\n合计,100,\n")
    return work
  }

  @Test func batchRowProblemsAndTotalsFollowTheLanguage() throws {
    let work = try unitTable()
    defer { work.remove() }
    let chinese = try GongwenCLI.run(["batch", work.path("t.docx"), "--units", work.path("units.csv"), "--out", work.path("zh")],
                                     environment: Self.chinese)
    #expect(chinese.status == 1)
    #expect(chinese.stderr.contains("第 3 行（市财政局）: \(work.path("units.csv")): 错误: 单位表无法读取：第 3 行只有 1 格，而表头有 3 格："
                                  + "少了一个逗号，或一格被拆成了两行"),
            "\(chinese.stderr)")
    #expect(chinese.stderr.contains("第 4 行（市卫健委）: "), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("第 5 行（合计）：已跳过，合计行（加 --keep-total-rows 可生成该行）"), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("共 4 行：已写出 1 份，失败 2 份，跳过 1 份（合计行 1 份）"), "\(chinese.stderr)")
    let english = try GongwenCLI.run(["batch", work.path("t.docx"), "--units", work.path("units.csv"), "--out", work.path("en")])
    #expect(english.stderr.contains("row 3 (市财政局): \(work.path("units.csv")): error: row 3 has 1 cell where the header has 3: a comma"),
            "\(english.stderr)")
    #expect(english.stderr.contains("row 5 (合计): skipped, 合计行 (--keep-total-rows renders it)"), "\(english.stderr)")
    #expect(english.stderr.contains("4 rows: 1 written, 2 failed, 1 skipped (1 合计行)"), "\(english.stderr)")
    // The manifest keeps the same ids in either language.
    let manifest = try work.read("zh/manifest.csv")
    #expect(String(decoding: manifest, as: UTF8.self).contains("data_unit_table"))
  }

  @Test func unitTableCheckSaysRowsHintsAndTotalsInChinese() throws {
    let work = try unitTable()
    defer { work.remove() }
    let chinese = try GongwenCLI.run(["check", work.path("t.docx"), "--units", work.path("units.csv")], environment: Self.chinese)
    #expect(chinese.status == 1)
    let table = work.path("units.csv")
    #expect(chinese.stderr.contains("\(table) 第 3 行（市财政局）: 错误: 该行无法读取：第 3 行只有 1 格，而表头有 3 格"), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("\(table) 第 4 行（市卫健委）: \(work.path("t.docx")): word/document.xml ¶1: 错误: 数据中没有 '金额' 的值"),
            "\(chinese.stderr)")
    #expect(chinese.stderr.contains("= 提示: 第 4 行 '金额' 列的单元格为空；请填上"), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("警告: 列 '备注' 没有被模板使用"), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("各列及其标签：\n"), "\(chinese.stderr)")
    #expect(chinese.stderr.contains("2 个错误：3 个单位中有 2 个会失败；1 个警告；跳过 1 行。"), "\(chinese.stderr)")
    let json = try GongwenCLI.run(["check", work.path("t.docx"), "--units", table, "--json"], environment: Self.chinese)
    #expect(json.stdout.contains(#""id":"bad_row""#), "ids stay the same: \(json.stdout)")
    let english = try GongwenCLI.run(["check", work.path("t.docx"), "--units", table])
    #expect(english.stderr.contains("\(table) row 3 (市财政局): error: row 3 has 1 cell where the header has 3"), "\(english.stderr)")
    #expect(english.stderr.contains("= hint: the cell under '金额' is empty in row 4"), "\(english.stderr)")
    #expect(english.stderr.contains("2 errors: 2 of 3 units would fail; 1 warning; 1 row skipped."), "\(english.stderr)")
  }

  @Test func aMissingColumnIsHintedInChinese() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{单位}}：{{主送机关}}"]))
    try work.write("units.csv", "单位,主送单位\n市教育局,各区县\n")
    let run = try GongwenCLI.run(["check", work.path("t.docx"), "--units", work.path("units.csv")], environment: Self.chinese)
    #expect(run.stderr.contains("= 提示: 表格 \(work.path("units.csv")) 中没有 '主送机关' 列；最接近的列是 '主送单位'，应写作 {{主送单位}}"),
            "\(run.stderr)")
  }

  @Test func annotationCommentsAreInTheLanguageOfMessages() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["金额 {{金额 | cnmony}}"]))
    try work.write("d.yaml", "金额: 1\n")
    for (environment, expected, line) in [
      (Self.chinese, "错误: 没有名为 'cnmony' 的过滤器", "a.docx：模板副本，出错的标签处共有 1 条批注。"),
      ([:], "error: unknown filter 'cnmony'", "a.docx: the template with 1 comment at the failing tags."),
    ] {
      let run = try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.yaml"), "-o", work.path("o.docx"),
                                    "--annotate-errors", work.path("a.docx")], environment: environment)
      #expect(run.status == 1)
      #expect(run.stderr.contains(line), "\(run.stderr)")
      let comments = String(decoding: try #require(try ZipArchive(path: work.path("a.docx")).read(named: "word/comments.xml")),
                            as: UTF8.self)
      #expect(comments.contains(expected), "\(comments)")
    }
  }

  @Test func inspectsOutlineAndSkeletonFollowTheLanguage() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{#活动}}{{名称}}{{/活动}}", "{{金额 | cnmoney}}"]))
    let chinese = try GongwenCLI.run(["inspect", work.path("t.docx")], environment: Self.chinese)
    #expect(chinese.status == 0)
    #expect(chinese.stdout.contains("word/document.xml (正文)\n"), "\(chinese.stdout)")
    #expect(chinese.stdout.contains("{{#活动}} … {{/活动}}  循环或条件"), "\(chinese.stdout)")
    #expect(chinese.stdout.hasSuffix("1 个部件中共 4 个标签；用到的过滤器：cnmoney\n"), "\(chinese.stdout)")
    let english = try GongwenCLI.run(["inspect", work.path("t.docx")])
    #expect(english.stdout.contains("{{#活动}} … {{/活动}}  loop or condition"), "\(english.stdout)")
    #expect(english.stdout.hasSuffix("4 tags in 1 part; filters used: cnmoney\n"), "\(english.stdout)")
    let skeleton = try GongwenCLI.run(["inspect", work.path("t.docx"), "--skeleton", "yaml"], environment: Self.chinese)
    #expect(skeleton.stdout.contains("的数据：请填写每一个值"), "\(skeleton.stdout)")
    #expect(skeleton.stdout.contains("活动:  # 循环"), "\(skeleton.stdout)")
  }
}
