import Foundation
import Testing

/// A Word document that turns off the space between Chinese and Latin text or digits prints without it,
/// as its ODT twin does, even though LibreOffice's Word import ignores the setting; one that keeps
/// Word's default keeps the space.
struct PDFSpacingCLITests {
  static let required = PDFOptionsCLITests.required
  static let repository = PDFOptionsCLITests.repository

  private func pdfText(_ work: WorkDirectory, _ file: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = [work.path(file), work.path(file + ".txt")]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return try String(contentsOfFile: work.path(file + ".txt"), encoding: .utf8)
  }

  private func render(_ template: String, _ data: String, to output: String, in work: WorkDirectory) throws {
    let run = try GongwenCLI.run(["render", template, data, "-o", output], in: work.root,
                                 environment: ["XDG_CACHE_HOME": work.path("cache")])
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test(.enabled(if: required, "needs soffice and pdftotext (make test installs them)"))
  func theNoticePrintsDigitsWithoutGapsThroughBothFormats() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let data = Self.repository.appendingPathComponent("samples/notice.yaml").path
    for format in ["docx", "odt"] {
      let template = Self.repository.appendingPathComponent("templates/notice.\(format)").path
      // Twice: with a profile LibreOffice has not created yet, then with the one the first run left.
      for run in 1...2 {
        try render(template, data, to: "notice-\(format)-\(run).pdf", in: work)
        let text = try pdfText(work, "notice-\(format)-\(run).pdf")
        #expect(text.contains("开展2023年度"), "\(format), run \(run): \(text.prefix(400))")
        #expect(text.contains("〔2023〕8号"), "\(format), run \(run): \(text.prefix(400))")
      }
    }
    let registry = try String(contentsOfFile: work.path("cache/gongwen/libreoffice/profile-0/user/registrymodifications.xcu"), encoding: .utf8)
    #expect(registry.components(separatedBy: "GongwenLayout.Autospace.DocumentLoaded").count - 1 == 1)
    // The profile has recorded the installed version (so LibreOffice skips its graphics self-test at
    // start), and LibreOffice kept it through the four runs that rewrote the registry.
    let version = try installedVersion()
    #expect(registry.components(separatedBy: "<prop oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\"><value>\(version)</value></prop>")
      .count - 1 == 1, "\(version): \(registry)")
  }

  /// The installed LibreOffice's version as its profiles record it ("7.4"), from `soffice --version`.
  private func installedVersion() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["soffice", "--version"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // "LibreOffice 7.4.7.2 40(Build:2)"
    let number = try #require(said.split(separator: " ").dropFirst().first, "\(said)")
    return number.split(separator: ".").prefix(2).joined(separator: ".")
  }

  @Test(.enabled(if: required, "needs soffice and pdftotext (make test installs them)"))
  func aDocumentWithWordsDefaultSpacingKeepsIt() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["关于{{年}}年度的通知"]))
    try work.write("d.yaml", "年: 2023\n")
    try render("t.docx", "d.yaml", to: "out.pdf", in: work)
    let text = try pdfText(work, "out.pdf")
    #expect(text.contains("关于 2023 年度"), "\(text)")
  }
}
