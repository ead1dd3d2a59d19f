import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A batch whose output folder cannot be written: it stops at the first such failure (every other unit
/// would fail the same way), leaves nothing under a document's name, and says on standard error what
/// was written, since the manifest cannot be.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct BatchOutputFailureCLITests {
  /// Root writes into read-only folders, so as root the batch runs as nobody.
  static let unprivileged: [String] = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []

  @Test func aReadOnlyOutputFolderStopsTheBatchAndSaysWhatWasWritten() throws {
    let work = try WorkDirectory()
    defer {
      chmod(work.path("out"), 0o755)
      work.remove()
    }
    try work.write("template.docx", try MiniDocx.build(["{{单位}}：{{人数}}人"]))
    try work.write("units.csv", "单位,人数\n甲,1\n乙,2\n丙,3\n丁,4\n")
    try FileManager.default.createDirectory(atPath: work.path("out"), withIntermediateDirectories: true)
    chmod(work.root, 0o755)
    chmod(work.path("out"), 0o555)
    let run = try GongwenCLI.run(["batch", "template.docx", "--units", "units.csv", "--out", "out", "--jobs", "1"],
                                 in: work.root, launcher: Self.unprivileged)
    #expect(run.status == 1)
    #expect(run.stderr.lowercased().contains("out/manifest.csv: error: cannot create a temporary file in out: permission denied"), "\(run.stderr)")
    #expect(run.stderr.contains("the manifest could not be written: 0 of 4 documents were written to out before it"), "\(run.stderr)")
    #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("Error Domain"), "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: work.path("out")).isEmpty)
  }

  @Test func aFolderUnderADocumentsNameFailsThatUnitAloneAndTheManifestSaysSo() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["{{单位}}：{{人数}}人"]))
    try work.write("units.csv", "单位,人数\n甲,1\n乙,2\n丙,3\n")
    try work.write("out/乙.docx/keep.txt", "a folder where the document should be")
    let run = try GongwenCLI.run(["batch", "template.docx", "--units", "units.csv", "--out", "out", "--jobs", "1"], in: work.root)
    #expect(run.status == 1)
    #expect(work.exists("out/甲.docx") && work.exists("out/丙.docx"), "the other units go on: \(run.stderr)")
    #expect(run.stderr.contains("row 3 (乙)") && run.stderr.contains("out/乙.docx"), "\(run.stderr)")
    #expect(!run.stderr.contains("Error Domain"), "\(run.stderr)")
    let manifest = String(decoding: try work.read("out/manifest.csv"), as: UTF8.self)
    let rows = manifest.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(rows.count == 3, "\(manifest)")
    #expect(rows.first { $0.hasPrefix("3,") }?.contains(",failed,") == true, "\(manifest)")
    #expect(rows.filter { $0.contains(",written,") }.count == 2, "\(manifest)")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path("out")).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
  }
}
