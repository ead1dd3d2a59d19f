import Foundation
import Gongwen
import Testing

/// `gongwen convert` on 公文 typed as an office writes them: `--explain` shows each line's role and
/// writes nothing; the type chooses the template; missing elements are warnings (errors with
/// `--strict`); converted documents carry every element in place, read back through LibreOffice,
/// and pass `check-format`.
struct ConvertRolesCLITests {
  static let texts = ConvertCLITests.repository.appendingPathComponent("Tests/GongwenTests/Fixtures/texts")

  static func copy(_ names: [String], into work: WorkDirectory) throws {
    for name in names { try work.write(name, [UInt8](try Data(contentsOf: texts.appendingPathComponent(name)))) }
  }

  @Test func explainPrintsEachLineWithItsRoleAndWritesNothing() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try Self.copy(["request.txt"], into: work)
    let run = try GongwenCLI.run(["convert", "request.txt", "--explain"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "# 请示 (template request)")
    #expect(lines.contains("   3  addressee          县人民政府："))
    #expect(lines.contains("   6  list-item          1.城关一小教学楼屋面防水改造；"))
    #expect(lines.contains("  13  signature          某县教育局"))
    #expect(lines.contains("  15  annotation         （联系人：李华，电话：0123-5551234）"))
    #expect(work.listing() == ["request.txt"])
    let json = try GongwenCLI.run(["convert", "request.txt", "--explain", "--json"], in: work.root)
    #expect(json.status == 0, "\(json.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 12)
    #expect(rows[0]["line"] as? Int == 1 && rows[0]["role"] as? String == "title")
    #expect(rows[11]["role"] as? String == "annotation" && rows[11]["text"] as? String == "（联系人：李华，电话：0123-5551234）")
    #expect(work.listing() == ["request.txt"])
  }

  @Test func missingElementsAreWarningsAndWithStrictErrorsThatWriteNothing() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try Self.copy(["request-bare.txt"], into: work)
    let strict = try GongwenCLI.run(["convert", "request-bare.txt", "--strict", "-o", "a.docx"], in: work.root)
    #expect(strict.status == 1)
    for key in ["签发人", "发文机关署名", "成文日期", "附注"] {
      #expect(strict.stderr.contains("request-bare.txt: error: the 请示 has no \(key)"), "\(strict.stderr)")
    }
    #expect(work.listing() == ["request-bare.txt"])
    let lenient = try GongwenCLI.run(["convert", "request-bare.txt", "-o", "a.docx", "--set", "签发人=张三"], in: work.root)
    #expect(lenient.status == 0, "\(lenient.stderr)")
    #expect(lenient.stderr.contains("request-bare.txt: warning: the 请示 has no 成文日期"))
    #expect(!lenient.stderr.contains("has no 签发人"), "--set fills what the text lacks")
    #expect(work.exists("a.docx"))
  }

  @Test func theTitleChoosesTheTemplateUnlessOneIsGiven() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try Self.copy(["notice.txt", "letter.txt"], into: work)
    let notice = try GongwenCLI.run(["convert", "notice.txt", "--json"], in: work.root)
    #expect(notice.status == 0, "\(notice.stderr)")
    #expect(notice.stdout.contains("templates/notice.docx"), "\(notice.stdout)")
    let letter = try GongwenCLI.run(["convert", "letter.txt", "--json", "--template", "report"], in: work.root)
    #expect(letter.stdout.contains("templates/report.docx"), "\(letter.stdout)")
    let usage = try GongwenCLI.run(["convert", "letter.txt", "--explain", "-o", "x.docx"], in: work.root)
    #expect(usage.status == 2)
  }
}
