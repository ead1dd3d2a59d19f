import Foundation
import Testing

@testable import Gongwen

/// A district office's summary workbook (`Fixtures/units/district`, made with openpyxl): a title row, a
/// two-row header with merged group headings, four units, a 合计 row, one blank cell and a percent
/// column. `check --units` names the blank and nothing else; once it is filled, `batch` writes one
/// correct document per unit, skips the 合计 row where the reader sees it, and the manifest accounts
/// for every row.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct DistrictTableCLITests {
  static let folder = BatchCLITests.repository.appendingPathComponent("Tests/GongwenTests/Fixtures/units/district").path
  static let withBlank = folder + "/安全检查汇总.xlsx"
  static let filled = folder + "/安全检查汇总-已填.xlsx"

  static let paragraphs = [
    "{{序号}}. {{单位}}安全生产检查情况",
    "本季度开展检查{{检查.次数}}次，覆盖企业{{检查.企业数}}家，发现隐患{{隐患.[发现 处数]}}处，已整改{{隐患.整改}}处，整改率{{整改率 | percent:1}}。",
    "投入整改资金{{整改资金（万元） | number:\"#,##0.00\"}}万元（{{整改资金（万元） | cn}}万元）。",
  ]

  @Test func checkNamesTheBlankCellAndNothingElse() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(Self.paragraphs))
    let run = try GongwenCLI.run(["check", "template.docx", "--units", Self.withBlank, "--json"], in: work.root)
    #expect(run.status == 1, "a batch would fail the unit with the blank cell")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let errors = try #require(object["errors"] as? [[String: String]])
    #expect(errors.count == 1, "\(errors)")
    #expect(errors.first?["row"] == "6" && errors.first?["key"] == "区卫生健康委" && errors.first?["column"] == "检查.企业数")
    #expect(errors.first?["tag"] == "{{检查.企业数}}")
    #expect((object["warnings"] as? [Any])?.isEmpty == true, "every column is used: \(object)")
    #expect(object["checked"] as? Int == 4 && object["failing"] as? Int == 1)
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(skipped.count == 1 && skipped.first?["row"] as? Int == 8 && skipped.first?["reason"] as? String == "合计行")
    let columns = (object["columns"] as? [[String: String]])?.compactMap { $0["field"] }
    let tags = (object["columns"] as? [[String: String]])?.compactMap { $0["tag"] }
    #expect(tags?[4] == "{{隐患.[发现 处数]}}" && tags?[7] == "{{整改资金（万元）}}", "the tag to write for each header")
    #expect(columns == ["序号", "单位", "检查.次数", "检查.企业数", "隐患.发现 处数", "隐患.整改", "整改率", "整改资金（万元）"])

    let text = try GongwenCLI.run(["check", "template.docx", "--units", Self.withBlank], in: work.root)
    #expect(text.status == 1)
    #expect(text.stderr.contains("row 6 (区卫生健康委)") && text.stderr.contains("the cell under '检查.企业数' is empty in row 6"), "\(text.stderr)")
    #expect(text.stderr.contains("1 error: 1 of 4 units would fail"), "\(text.stderr)")
    #expect(text.stderr.contains("row 8 (合计): skipped, 合计行"))

    let clean = try GongwenCLI.run(["check", "template.docx", "--units", Self.filled], in: work.root)
    #expect(clean.status == 0, "\(clean.stderr)")
  }

  @Test func batchWritesEveryUnitSkipsTheTotalsRowAndAccountsForEveryRow() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(Self.paragraphs))
    let blank = try GongwenCLI.run(["batch", "template.docx", "--units", Self.withBlank, "--out", "first", "--name", "{{单位}}"], in: work.root)
    #expect(blank.status == 1, "the blank cell fails its unit instead of printing nothing")
    #expect(blank.stderr.contains("row 6 (区卫生健康委)") && blank.stderr.contains("检查.企业数"), "\(blank.stderr)")
    #expect(!work.exists("first/区卫生健康委.docx"))

    let run = try GongwenCLI.run(["batch", "template.docx", "--units", Self.filled, "--out", "out", "--name", "{{单位}}"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("row 8 (合计): skipped, 合计行"), "\(run.stderr)")
    #expect(run.stderr.contains("5 rows: 4 written, 0 failed, 1 skipped (1 合计行)"), "\(run.stderr)")
    let documents = work.listing().filter { $0.hasSuffix(".docx") && $0.hasPrefix("out/") }.sorted()
    #expect(documents == ["out/区住房城乡建设局.docx", "out/区卫生健康委.docx", "out/区市场监管局.docx", "out/区教育局.docx"])
    let health = try MiniDocx.paragraphTexts(atPath: work.path("out/区卫生健康委.docx"))
    #expect(health == [
      "3. 区卫生健康委安全生产检查情况",
      "本季度开展检查8次，覆盖企业17家，发现隐患10处，已整改7处，整改率6.8%。",
      "投入整改资金800.25万元（八百点二五万元）。",
    ])
    let housing = try MiniDocx.paragraphTexts(atPath: work.path("out/区住房城乡建设局.docx"))
    #expect(housing.contains { $0.hasPrefix("投入整改资金56,000.00万元（五万六千") }, "\(housing)")
    #expect(housing.contains { $0.contains("整改率85.0%") })

    let manifest = String(decoding: try work.read("out/manifest.csv"), as: UTF8.self)
    let lines = manifest.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(lines.map { $0.split(separator: ",", omittingEmptySubsequences: false)[0] } == ["4", "5", "6", "7", "8"])
    #expect(lines.last == "8,合计,,skipped,total_row,合计行")
    #expect(lines.filter { $0.contains(",written,") }.count == 4)
  }

  @Test func inspectListsTheTagToWriteForEachHeader() throws {
    let run = try GongwenCLI.run(["inspect", "--units", Self.withBlank], in: Self.folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("  隐患.发现 处数: {{隐患.[发现 处数]}}\n"), "\(run.stdout)")
    #expect(run.stdout.contains("  整改资金（万元）: {{整改资金（万元）}}\n"))
  }
}
