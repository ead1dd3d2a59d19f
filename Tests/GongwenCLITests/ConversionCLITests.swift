import Foundation
import Gongwen
import Testing

/// `-o x.pdf` and cross-format output go through LibreOffice; without it, a clear error and no file.
struct ConversionCLITests {
  /// In CI (`CI=true`) the tests run whatever is installed, so a missing LibreOffice fails them.
  static let hasLibreOffice = OfficeConverter.executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

  private func workWithTemplate() throws -> WorkDirectory {
    let work = try WorkDirectory()
    try work.write("t.docx", try MiniDocx.build(["单位：{{单位}}", "共{{n | cn}}次"]))
    try work.write("d.yaml", "单位: 市教育局\nn: 105\n")
    return work
  }

  @Test(.enabled(if: hasLibreOffice, "needs soffice and pdftotext (make test installs them)"))
  func pdfOutputHoldsTheValues() throws {
    let work = try workWithTemplate()
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "报告.pdf"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let text = Process()
    text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    text.arguments = [work.path("报告.pdf"), "-"]
    let pipe = Pipe()
    text.standardOutput = pipe
    try text.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    text.waitUntilExit()
    #expect(output.contains("单位：市教育局"))
    #expect(output.contains("共一百零五次"))
    #expect(work.listing() == ["d.yaml", "t.docx", "报告.pdf"])
  }

  @Test(.enabled(if: hasLibreOffice, "needs soffice (make test installs it)"))
  func odtOutputFromAWordTemplateIsAnOpenDocument() throws {
    let work = try workWithTemplate()
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "out.odt"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let archive = try ZipArchive(path: work.path("out.odt"))
    #expect(archive.entries.first?.name == "mimetype")
    let content = String(decoding: try #require(try archive.read(named: "content.xml")), as: UTF8.self)
    #expect(content.contains("市教育局"))
  }

  @Test func withoutLibreOfficeThePdfIsRefusedAndNothingIsWritten() throws {
    let work = try workWithTemplate()
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "out.pdf"], in: work.root,
                                 environment: ["PATH": "/nonexistent"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("libreoffice-writer-nogui"), "\(run.stderr)")
    #expect(work.listing() == ["d.yaml", "t.docx"])
  }
}
