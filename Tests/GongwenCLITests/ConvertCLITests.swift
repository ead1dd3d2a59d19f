import Foundation
import Testing

@testable import Gongwen

/// `gongwen convert`: text and Markdown reports into the shipped templates, found beside the
/// executable or through GONGWEN_TEMPLATES; bad input fails with a clear message and writes nothing.
struct ConvertCLITests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let report = "工作报告\n\n现将有关情况报告如下：\n一、基本情况\n（一）抓落实。一是建制度。\n特此报告。\n"

  /// Template paragraphs are indented XML; their text is what is between the indentation.
  static func trim(_ text: String) -> String { text.filter { !$0.isNewline && $0 != " " } }

  @Test func convertsTextIntoBothFormatsWithTheSetFields() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("报告.txt", Self.report)
    for output in ["报告.docx", "报告.odt"] {
      let run = try GongwenCLI.run(["convert", "报告.txt", "-o", output, "--set", "发文机关=某局", "--set", "成文日期=2023年1月16日"],
                                   in: work.root)
      #expect(run.status == 0, "\(run.stderr)")
      _ = try Template(path: work.path(output))  // a package Gongwen reads back
    }
    let texts = try MiniDocx.paragraphTexts(atPath: work.path("报告.docx")).map(Self.trim).filter { !$0.isEmpty }
    #expect(texts == ["工作报告", "现将有关情况报告如下：", "一、基本情况", "（一）抓落实。一是建制度。", "特此报告。", "某局", "2023年1月16日"])
    let odt = try ZipArchive(path: work.path("报告.odt"))
    let content = String(decoding: try #require(try odt.read(named: "content.xml")), as: UTF8.self)
    #expect(content.contains("<text:span text:style-name=\"GongwenHeading2Char\">（一）抓落实。</text:span>一是建制度。"))
  }

  @Test func withoutOutputTheDocumentGoesBesideTheInputAndMarkdownIsRead() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("notes.md", "# 标题\n\n## 情况\n\n- 甲\n- 乙\n")
    let run = try GongwenCLI.run(["convert", "notes.md", "--template", "notice", "--set", "主送机关=各区县人民政府", "--json"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("notes.docx"))
    let texts = try MiniDocx.paragraphTexts(atPath: work.path("notes.docx")).map(Self.trim).filter { !$0.isEmpty }
    #expect(texts.prefix(5) == ["标题", "各区县人民政府：", "一、情况", "●甲", "●乙"])
  }

  @Test func templatesAreFoundThroughTheEnvironmentOrByPath() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("r.txt", Self.report)
    try FileManager.default.createDirectory(atPath: work.path("mine"), withIntermediateDirectories: true)
    let shipped = Self.repository.appendingPathComponent("templates/letter.docx").path
    try work.write("mine/函.docx", try FileBytes.read(shipped))
    let byName = try GongwenCLI.run(["convert", "r.txt", "--template", "函", "-o", "a.docx"], in: work.root,
                                    environment: ["GONGWEN_TEMPLATES": work.path("mine")])
    #expect(byName.status == 0, "\(byName.stderr)")
    let byPath = try GongwenCLI.run(["convert", "r.txt", "--template", "mine/函.docx", "-o", "b.docx"], in: work.root)
    #expect(byPath.status == 0, "\(byPath.stderr)")
    #expect(work.exists("a.docx") && work.exists("b.docx"))
  }

  @Test func unknownTemplateAndNonUTF8InputFailNamingTheProblem() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("r.txt", Self.report)
    let missing = try GongwenCLI.run(["convert", "r.txt", "--template", "nosuch", "-o", "x.docx"], in: work.root)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no shipped template 'nosuch' found; looked in"), "\(missing.stderr)")
    try work.write("gbk.txt", [0xB1, 0xA8, 0xB8, 0xE6, 0x0A])  // 报告 in GBK
    let gbk = try GongwenCLI.run(["convert", "gbk.txt", "-o", "y.docx"], in: work.root)
    #expect(gbk.status == 1)
    #expect(gbk.stderr.contains("gbk.txt: error: the text is not UTF-8 (byte 1 is not valid)"), "\(gbk.stderr)")
    let noBlock = try GongwenCLI.run(["convert", "r.txt", "--template", "party-building-report", "-o", "w.docx"], in: work.root)
    #expect(noBlock.status == 1)
    #expect(noBlock.stderr.contains("party-building-report.docx has no {{>正文}} paragraph to hold the text"), "\(noBlock.stderr)")
    try work.write("empty.txt", " \n\n")
    let empty = try GongwenCLI.run(["convert", "empty.txt", "-o", "e.docx"], in: work.root)
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("empty.txt: error: the file holds no text"), "\(empty.stderr)")
    let usage = try GongwenCLI.run(["convert", "r.txt", "-o", "z.txt"], in: work.root)
    #expect(usage.status == 2)
    #expect(work.listing() == ["empty.txt", "gbk.txt", "r.txt"])
  }
}
