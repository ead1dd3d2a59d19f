import Foundation
import Testing

@testable import Gongwen

/// The batch API on the shipped party-building template and the 16-unit sample.
struct BatchRunnerTests {
  static let template = UnitFiles.repository.appendingPathComponent("templates/party-building-report.docx").path
  static let sample = UnitFiles.repository.appendingPathComponent("samples/units.csv").path

  func run(_ options: BatchOptions, units: UnitTable? = nil) throws -> BatchSummary {
    let table = try units ?? UnitTableLoader.load(path: Self.sample)
    return try BatchRunner(template: try Template(path: Self.template), units: table, options: options).run()
  }

  /// The document's text without white space.
  func paragraphs(_ path: String) throws -> String {
    let archive = try ZipArchive(path: path)
    let bytes = try #require(try archive.read(named: "word/document.xml"))
    // The shipped template's XML is indented: drop the white space between elements.
    return (try XMLDocument(parsing: bytes, part: "word/document.xml").root?.text ?? "").filter { !$0.isWhitespace }
  }

  @Test func everyUnitIsWrittenWithItsOwnFiguresAndListedInTheManifest() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let summary = try run(BatchOptions(outputDirectory: files.path("out"), namePattern: "{{单位}}-党建报告", jobs: 2))
    #expect(summary.written == 16 && summary.failed == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: files.path("out")).sorted()
    #expect(names.count == 17)
    #expect(names.contains("市教育局-党建报告.docx") && names.contains("manifest.csv"))
    let text = try paragraphs(files.path("out/市教育局-党建报告.docx"))
    #expect(text.contains("市教育局党组") && !text.contains("{{"))
    #expect(text.contains("开展党组中心组学习11次"))
    let manifest = String(decoding: try files.read("out/manifest.csv"), as: UTF8.self)
    #expect(manifest.hasPrefix("\u{FEFF}row,key,output,status,error_id,error\r\n"))
    #expect(manifest.contains("3,市教育局,市教育局-党建报告.docx,written,,\r\n"))
    try PackageValidation.expectValid(try files.read("out/市教育局-党建报告.docx"))
  }

  @Test func aBadUnitIsReportedByRowAndKeyAndTheOthersAreWritten() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let good = try UnitTableLoader.load(path: Self.sample)
    var units = good.units
    units[2] = UnitRow(row: units[2].row, data: .object(["单位": .string("市科学技术局")] as KeyValuePairs<String, Value>), key: "市科学技术局")
    let table = UnitTable(file: good.file, fields: good.fields, units: units)
    let summary = try run(BatchOptions(outputDirectory: files.path("out"), jobs: 2, manifestFormat: .json), units: table)
    #expect(summary.written == 15 && summary.failed == 1)
    let failed = try #require(summary.outcomes.first { $0.status == .failed })
    #expect(failed.row == 4 && failed.key == "市科学技术局" && failed.errorID == "missing_value")
    #expect(failed.error?.contains("年度") == true)
    #expect(!files.exists("out/市科学技术局.docx"))
    let manifest = try JSONSerialization.jsonObject(with: Data(try files.read("out/manifest.json"))) as? [[String: Any]]
    #expect(manifest?.count == 16)
    #expect(manifest?[2]["status"] as? String == "failed")
    #expect(manifest?[2]["error_id"] as? String == "missing_value")
  }

  @Test func commonDataIsUnderEveryUnitAndTheRowWins() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let common = try DataLoader.parseYAML("主送机关: 中共某市委组织部\n单位: 不应出现\n学习:\n  中心组学习次数: 99\n")
    let summary = try run(BatchOptions(outputDirectory: files.path("out"), jobs: 2, common: common))
    #expect(summary.written == 16)
    let text = try paragraphs(files.path("out/市教育局.docx"))
    #expect(text.contains("中共某市委组织部："))
    #expect(text.contains("市教育局党组") && !text.contains("不应出现"))
    #expect(text.contains("开展党组中心组学习11次"))
  }

  @Test func failFastStopsTakingUnits() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let good = try UnitTableLoader.load(path: Self.sample)
    var units = good.units
    units[0] = UnitRow(row: 2, data: .object(["单位": .string("坏")] as KeyValuePairs<String, Value>), key: "坏")
    let summary = try run(BatchOptions(outputDirectory: files.path("out"), jobs: 1, failFast: true),
                          units: UnitTable(file: good.file, fields: good.fields, units: units))
    #expect(summary.failed == 1 && summary.written == 0 && summary.notRun == 15)
  }

  @Test func resumeSkipsCompleteOutputsAndRedoesMissingTruncatedAndLeftOver() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let out = files.path("out")
    _ = try run(BatchOptions(outputDirectory: out, jobs: 2))
    // An interrupted run: one output never written, one left as a temporary file, one cut short.
    try FileManager.default.removeItem(atPath: out + "/市教育局.docx")
    try FileManager.default.removeItem(atPath: out + "/市财政局.docx")
    try files.write("out/.市财政局.docx.gongwen-tmp-1x2y3z", [0x50, 0x4B, 0x03, 0x04, 0, 0])
    // Another live run's temporary (its owner, process 1, is running) is never removed.
    try files.write("out/.市民政局.docx.gongwen-tmp-1-live", [0x50, 0x4B])
    let whole = try files.read("out/市统计局.docx")
    try files.write("out/市统计局.docx", Array(whole.prefix(whole.count / 2)))
    let summary = try run(BatchOptions(outputDirectory: out, jobs: 2, resume: true))
    #expect(summary.skipped == 13 && summary.written == 3 && summary.failed == 0)
    let written = Set(summary.outcomes.filter { $0.status == .written }.map(\.output))
    #expect(written == ["市教育局.docx", "市财政局.docx", "市统计局.docx"])
    let listing = try FileManager.default.contentsOfDirectory(atPath: out)
    #expect(listing.filter { $0.contains("gongwen-tmp") } == [".市民政局.docx.gongwen-tmp-1-live"])
    #expect(try paragraphs(out + "/市统计局.docx").contains("市统计局党组"))
  }

  @Test func shardsTogetherWriteEveryUnitOnceWithTheirOwnManifests() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    var outputs: [String] = []
    for index in 1...3 {
      let summary = try run(BatchOptions(outputDirectory: files.path("out"), shard: BatchShard(index: index, count: 3)))
      outputs += summary.outcomes.map(\.output)
      #expect(files.exists("out/manifest-\(index)-of-3.csv"))
    }
    #expect(outputs.count == 16 && Set(outputs).count == 16)
  }

  @Test func zipHoldsEveryDocumentAndTheManifest() throws {
    let files = try UnitFiles()
    defer { files.remove() }
    let summary = try run(BatchOptions(outputDirectory: files.path("unused"), jobs: 2, zipPath: files.path("all.zip")))
    #expect(summary.written == 16)
    #expect(!files.exists("unused"))
    let archive = try ZipArchive(path: files.path("all.zip"))
    #expect(archive.entries.count == 17)
    #expect(archive.entry(named: "manifest.csv") != nil)
    let inner = try #require(try archive.read(named: "市司法局.docx"))
    try files.write("inner.docx", inner)
    #expect(try paragraphs(files.path("inner.docx")).contains("市司法局党组"))
    try PackageValidation.expectValid(inner)
  }
}
