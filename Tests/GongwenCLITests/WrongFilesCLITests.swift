import Foundation
import Testing

@testable import Gongwen

/// Wrong files get clear words: a workbook as template, an output name of another file type, a file
/// where a folder should be; missing output folders are created.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct WrongFilesCLITests {
  @Test func aWorkbookGivenAsTemplateIsRefusedByName() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("d.json", "{}")
    let run = try GongwenCLI.run(["render", DistrictTableCLITests.filled, "d.json", "-o", "x.docx"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("this is an Excel workbook (.xlsx), not a document"), "\(run.stderr)")
    #expect(!work.exists("x.docx"))
  }

  /// A file that is no package, and one that is not there, are named in Chinese throughout under zh.
  @Test func aFileThatIsNoPackageIsExplainedInChinese() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", "这不是文档")
    try work.write("d.json", "{}")
    let chinese = ["LANG": "zh_CN.UTF-8"]
    let notZip = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "x.docx"], in: work.root, environment: chinese)
    #expect(notZip.status == 1)
    #expect(notZip.stderr.contains("t.docx") && notZip.stderr.contains("不是 zip 压缩包") && !notZip.stderr.contains("not a zip"),
            "\(notZip.stderr)")
    let english = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "x.docx"], in: work.root)
    #expect(english.stderr.contains("not a zip archive"), "\(english.stderr)")
    #expect(!work.exists("x.docx"))
  }

  @Test func anOutputNameOfAnotherFileTypeIsAUsageError() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": "x"}"#)
    for name in ["x.txt", "x.doc"] {
      let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", name], in: work.root)
      #expect(run.status != 0 && run.stderr.contains("does not write ." + name.dropFirst(2)), "\(run.stderr)")
      #expect(!work.exists(name))
    }
    try work.write("u.csv", "a\r\nx\r\n")
    let batch = try GongwenCLI.run(["batch", "t.docx", "--units", "u.csv", "--out", "o", "--name", "{{a}}.txt"], in: work.root)
    #expect(batch.status != 0 && batch.stderr.contains("--name {{a}}.txt"), "\(batch.stderr)")
  }

  @Test func missingOutputFoldersAreCreatedAndAFileInTheWayIsNamed() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": "x"}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "a/b/x.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(work.exists("a/b/x.docx"))
    try work.write("file", "not a folder")
    try work.write("u.csv", "a\r\nx\r\n")
    let batch = try GongwenCLI.run(["batch", "t.docx", "--units", "u.csv", "--out", "file/out"], in: work.root)
    #expect(batch.status == 1)
    #expect(batch.stderr.contains("'file' is a file where a folder should be"), "\(batch.stderr)")
    #expect(!batch.stderr.contains("NSCocoaErrorDomain"))
  }

  @Test func anEmptyTableFailsTheBatch() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("u.csv", "a,b\r\n")
    let run = try GongwenCLI.run(["batch", "t.docx", "--units", "u.csv", "--out", "o"], in: work.root)
    #expect(run.status == 1 && run.stderr.contains("has a header but no rows below it"), "\(run.stderr)")
  }
}
