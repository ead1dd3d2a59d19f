import Foundation
import Gongwen
import Testing

/// `--pdf-a` and the warnings about faces that stand in for a role badly.
struct PDFOptionsCLITests {
  static let required = ConversionCLITests.hasLibreOffice || ProcessInfo.processInfo.environment["CI"] == "true"
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test(.enabled(if: required, "needs soffice (make test installs it)"))
  func pdfAIsDeclaredInTheMetadata() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["单位：{{单位}}"]))
    try work.write("d.yaml", "单位: 市教育局\n")
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "out.pdf", "--pdf-a"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let pdf = try PDFFile(try work.read("out.pdf"), document: "out.pdf")
    #expect(pdf.pdfAConformance?.uppercased() == "2B")
  }

  /// Without the font map every role falls back to fontconfig's default sans: the JSON result names the
  /// roles and the packages to install.
  @Test(.enabled(if: required, "needs soffice (make test installs it)"))
  func aRoleSetInAFaceOfAnotherKindIsAWarning() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = Self.repository.appendingPathComponent("templates/notice.docx").path
    let data = Self.repository.appendingPathComponent("samples/notice.yaml").path
    let run = try GongwenCLI.run(["render", template, data, "-o", "notice.pdf", "--json"], in: work.root,
                                 environment: ["GONGWEN_FONTS": ""])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let warnings = try #require(object["warnings"] as? [[String: String]], "\(run.stdout)")
    let fangSong = try #require(warnings.first { $0["role"] == "仿宋" }, "\(warnings)")
    #expect(fangSong["package"] == "texlive-lang-chinese")
    #expect(fangSong["id"] == "font_fallback")
    #expect(warnings.filter { $0["role"] == "仿宋" }.count == 1)
  }

  @Test(.enabled(if: required, "needs soffice (make test installs it)"))
  func theShippedMapLeavesTheNoticeWithoutWarnings() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = Self.repository.appendingPathComponent("templates/notice.docx").path
    let data = Self.repository.appendingPathComponent("samples/notice.yaml").path
    let run = try GongwenCLI.run(["render", template, data, "-o", "notice.pdf"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stderr.contains("warning:"), "\(run.stderr)")
  }
}
