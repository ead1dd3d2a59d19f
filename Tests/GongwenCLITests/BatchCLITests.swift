import Foundation
import Testing

@testable import Gongwen

/// `gongwen batch` on the shipped template and sample, run as a separate process.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct BatchCLITests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let template = repository.appendingPathComponent("templates/party-building-report.docx").path
  static let sample = repository.appendingPathComponent("samples/units.csv").path

  /// The sample with row 6 (市民政局) cut after its third cell, as a broken export leaves it.
  static func sampleWithBrokenRow() throws -> [UInt8] {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: sample)), as: UTF8.self)
    var lines = text.components(separatedBy: "\r\n")
    #expect(lines[5].hasPrefix("市民政局,"))
    // The row keeps its commas and loses its figures: empty cells, which the template prints.
    let cells = lines[5].split(separator: ",", omittingEmptySubsequences: false)
    lines[5] = (cells.prefix(3) + Array(repeating: "", count: cells.count - 3)).joined(separator: ",")
    return Array(lines.joined(separator: "\r\n").utf8)
  }

  @Test func theSampleRendersOneValidDocumentPerUnit() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let run = try GongwenCLI.run(["batch", Self.template, "--units", Self.sample, "--out", "out"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("16 written, 0 failed"))
    #expect(!run.stderr.contains("\r["), "no progress bar when standard error is not a terminal")
    let documents = work.listing().filter { $0.hasSuffix(".docx") }
    #expect(documents.count == 16)
    #expect(documents.contains("out/市发展和改革委员会.docx"))
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out/市司法局.docx")).contains { $0.contains("市司法局党组") })
  }

  @Test func aBrokenRowFailsAloneAndIsListedInTheManifest() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("units.csv", try Self.sampleWithBrokenRow())
    let run = try GongwenCLI.run(
      ["batch", Self.template, "--units", "units.csv", "--out", "out", "--name", "{{单位}}-党建报告.docx"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("row 6 (市民政局)"))
    #expect(run.stderr.contains("more problems in this unit"))
    #expect(run.stderr.contains("16 rows: 15 written, 1 failed"))
    #expect(run.stderr.contains("is empty in row 6"), "an empty cell is named as such: \(run.stderr)")
    #expect(work.listing().filter { $0.hasSuffix("党建报告.docx") }.count == 15)
    #expect(!work.exists("out/市民政局-党建报告.docx"))
    let manifest = String(decoding: try work.read("out/manifest.csv"), as: UTF8.self)
    let line = try #require(manifest.components(separatedBy: "\r\n").first { $0.hasPrefix("6,") })
    #expect(line.hasPrefix("6,市民政局,市民政局-党建报告.docx,failed,missing_value,"))
  }

  @Test func jsonSummaryZipOutputAndFailFast() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("units.csv", try Self.sampleWithBrokenRow())
    let zipped = try GongwenCLI.run(["batch", Self.template, "--units", Self.sample, "--zip", "all.zip", "--json"], in: work.root)
    #expect(zipped.status == 0, "\(zipped.stderr)")
    let summary = try JSONSerialization.jsonObject(with: Data(zipped.stdout.utf8)) as? [String: Any]
    #expect(summary?["written"] as? Int == 16)
    #expect(try ZipArchive(path: work.path("all.zip")).entry(named: "manifest.json") != nil)
    let stopped = try GongwenCLI.run(
      ["batch", Self.template, "--units", "units.csv", "--out", "out", "--jobs", "1", "--fail-fast"], in: work.root)
    #expect(stopped.status == 1)
    #expect(stopped.stderr.contains("4 written, 1 failed, 11 not run"))
  }

  @Test(.enabled(if: ConversionCLITests.hasLibreOffice, "needs soffice (make test installs it)"))
  func pdfOutputConvertsTheUnitsInOneLibreOfficeRun() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Self.sample)), as: UTF8.self)
      .components(separatedBy: "\r\n")
    try work.write("units.csv", lines.prefix(3).joined(separator: "\r\n"))
    let run = try GongwenCLI.run(["batch", Self.template, "--units", "units.csv", "--out", "out", "--format", "pdf"],
                                 in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let pdfs = work.listing().filter { $0.hasSuffix(".pdf") }
    #expect(pdfs == ["out/市发展和改革委员会.pdf", "out/市教育局.pdf"])
    for pdf in pdfs { #expect(try work.read(pdf).starts(with: Array("%PDF-".utf8))) }
  }

  @Test func usageErrors() throws {
    for arguments in [["--units", Self.sample], ["--units", Self.sample, "--out", "o", "--shard", "3/2"],
                      ["--units", Self.sample, "--out", "o", "--format", "rtf"],
                      ["--units", Self.sample, "--zip", "a.zip", "--resume"]] {
      let run = try GongwenCLI.run(["batch", Self.template] + arguments)
      #expect(run.status == 2, "\(arguments)")
    }
  }
}
