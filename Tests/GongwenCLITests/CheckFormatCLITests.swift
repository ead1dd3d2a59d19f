import Foundation
import Testing

/// `gongwen check-format`: exit 0 and a one-line verdict for a conforming document, exit 1 with
/// every deviation (as text or JSON) otherwise.
struct CheckFormatCLITests {
  @Test func shippedTemplatePassesAndAPlainDocumentDeviates() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let report = ConvertCLITests.repository.appendingPathComponent("templates/report.odt").path
    let good = try GongwenCLI.run(["check-format", report])
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    #expect(good.stdout == "\(report): follows GB/T 9704\n")
    try work.write("plain.docx", try MiniDocx.build(["关于某事的报告", "正文。"]))
    let bad = try GongwenCLI.run(["check-format", "plain.docx"], in: work.root)
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("plain.docx: ¶2 (正文): font_size: expected 16 pt"), "\(bad.stdout)")
    #expect(bad.stdout.hasSuffix("from GB/T 9704\n"))
    let json = try GongwenCLI.run(["check-format", "plain.docx", "--json"], in: work.root)
    #expect(json.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "deviates")
    let deviations = try #require(object["deviations"] as? [[String: String]])
    #expect(deviations.contains { $0["id"] == "page_number_format" && $0["found"] == "no page number" })
    let missing = try GongwenCLI.run(["check-format", "nosuch.docx"], in: work.root)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nosuch.docx"))
  }

  /// With a Chinese locale or `--lang zh` the deviations, the verdict and the total are in Chinese;
  /// the ids stay as they are.
  @Test func deviationsInChinese() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("plain.docx", try MiniDocx.build(["关于某事的报告", "正文。"]))
    let byLocale = try GongwenCLI.run(["check-format", "plain.docx"], in: work.root, environment: ["LANG": "zh_CN.UTF-8"])
    #expect(byLocale.status == 1)
    #expect(byLocale.stdout.contains("plain.docx: ¶2 (正文)：font_size：应为 16 磅，实为"), "\(byLocale.stdout)")
    #expect(byLocale.stdout.contains("page_number_format：应为 页码“— 1 —”，实为 没有页码"), "\(byLocale.stdout)")
    #expect(byLocale.stdout.hasSuffix("处不符合 GB/T 9704\n"))
    let byOption = try GongwenCLI.run(["check-format", "--lang", "zh", "plain.docx", "--json"], in: work.root)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(byOption.stdout.utf8)) as? [String: Any])
    let deviations = try #require(object["deviations"] as? [[String: String]])
    #expect(deviations.contains { $0["id"] == "page_number_format" && $0["found"] == "没有页码" }, "\(deviations)")
    let report = ConvertCLITests.repository.appendingPathComponent("templates/report.odt").path
    let good = try GongwenCLI.run(["check-format", "--lang", "zh", report])
    #expect(good.stdout == "\(report)：符合 GB/T 9704\n")
  }
}
