import Foundation
import Gongwen
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Old-format workbooks (`.xls`, WPS `.et`) go through LibreOffice; without it, or when it cannot read the
/// file, the error names the file and the way on (install it, or save as .xlsx).
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct LegacyWorkbookCLITests {
  static let hasLibreOffice = OfficeConverter.executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"

  /// The district workbook (title row, merged group headings, a 合计 row, a percent column) saved as an
  /// Excel 97–2003 .xls by LibreOffice, and the same bytes as a WPS .et.
  private func districtWorkbooks() throws -> WorkDirectory {
    let work = try WorkDirectory()
    try work.write("汇总表.xlsx", try Data(contentsOf: URL(fileURLWithPath: DistrictTableCLITests.filled)).map { $0 })
    let soffice = try #require(OfficeConverter.executable, "LibreOffice is needed to make the .xls")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: soffice)
    process.arguments = ["-env:UserInstallation=file://" + work.path("profile"), "--headless", "--norestore",
                         "--convert-to", "xls:MS Excel 97", "--outdir", work.path("old"), work.path("汇总表.xlsx")]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let xls = try work.read("old/汇总表.xls")
    #expect(xls.starts(with: [0xD0, 0xCF, 0x11, 0xE0]), "LibreOffice writes an OLE compound file")
    try work.write("汇总表.xls", xls)
    try work.write("汇总表.et", xls)
    try work.write("template.docx", try MiniDocx.build(DistrictTableCLITests.paragraphs))
    return work
  }

  @Test(.enabled(if: hasLibreOffice, "needs soffice with Calc (make test installs it)"))
  func xlsAndEtWorkbooksReadLikeTheirXlsx() throws {
    let work = try districtWorkbooks()
    defer { work.remove() }
    try FileManager.default.createDirectory(atPath: work.path("tmp"), withIntermediateDirectories: true)
    let temporary = ["TMPDIR": work.path("tmp")]
    for table in ["汇总表.xls", "汇总表.et"] {
      let check = try GongwenCLI.run(["check", "template.docx", "--units", table, "--json"], in: work.root, environment: temporary)
      #expect(check.status == 0, "\(table): \(check.stdout) \(check.stderr)")
      let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
      #expect(object["checked"] as? Int == 4, "\(table): the title row, two header rows and the 合计 row are not units")
      let skipped = object["skipped"] as? [[String: Any]]
      #expect(skipped?.first?["row"] as? Int == 8 && skipped?.first?["reason"] as? String == "合计行")
    }
    let run = try GongwenCLI.run(["batch", "template.docx", "--units", "汇总表.xls", "--out", "out", "--name", "{{单位}}"], in: work.root,
                                 environment: temporary)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("5 rows: 4 written, 0 failed, 1 skipped (1 合计行)"), "\(run.stderr)")
    let health = try MiniDocx.paragraphTexts(atPath: work.path("out/区卫生健康委.docx"))
    #expect(health == [
      "3. 区卫生健康委安全生产检查情况",
      "本季度开展检查8次，覆盖企业17家，发现隐患10处，已整改7处，整改率6.8%。",
      "投入整改资金800.25万元（八百点二五万元）。",
    ])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path("tmp"))
    #expect(leftovers.isEmpty, "the converted copies are removed: \(leftovers)")
  }

  @Test func withoutLibreOfficeAnXlsIsRefusedWithBothWaysOn() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(DistrictTableCLITests.paragraphs))
    // The first bytes of an OLE compound file, then the rest of its 512-byte header.
    try work.write("名单.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 1016))
    let run = try GongwenCLI.run(["check", "template.docx", "--units", "名单.xls"], in: work.root, environment: ["PATH": "/nonexistent"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("名单.xls: error: this is an old-format '.xls' workbook"), "\(run.stderr)")
    #expect(run.stderr.contains("apt-get install libreoffice-calc-nogui") && run.stderr.contains("save it as .xlsx"), "\(run.stderr)")
  }

  @Test func aWorkbookLibreOfficeCannotReadIsNamedWithWhatItSaid() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(DistrictTableCLITests.paragraphs))
    try work.write("台账.et", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 1016))
    try work.write("office/soffice", "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 1\n")
    chmod(work.path("office/soffice"), 0o755)
    let run = try GongwenCLI.run(["batch", "template.docx", "--units", "台账.et", "--out", "out"], in: work.root,
                                 environment: ["PATH": work.path("office") + ":/usr/bin:/bin"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("台账.et: error: this old-format '.et' workbook could not be read"), "\(run.stderr)")
    #expect(run.stderr.contains("source file could not be loaded") && run.stderr.contains("save it as .xlsx"), "\(run.stderr)")
    #expect(!work.exists("out/manifest.csv"), "nothing is written for a table that cannot be read")
  }

  @Test func anXlsxSavedUnderAnXlsNameIsReadAsWhatItIs() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(DistrictTableCLITests.paragraphs))
    try work.write("改名.xls", try Data(contentsOf: URL(fileURLWithPath: DistrictTableCLITests.filled)).map { $0 })
    let run = try GongwenCLI.run(["check", "template.docx", "--units", "改名.xls"], in: work.root, environment: ["PATH": "/nonexistent"])
    #expect(run.status == 0, "\(run.stderr)")
  }
}
