import Foundation
import Testing

/// A LibreOffice that crashes, hangs or is interrupted never leaves a file under the final name, a
/// temporary folder or a process behind.
struct OfficeFailureCLITests {
  private func work() throws -> WorkDirectory {
    let work = try WorkDirectory()
    try work.write("t.docx", try MiniDocx.build(["单位：{{单位}}"]))
    try work.write("d.yaml", "单位: 市教育局\n")
    try work.write("units.csv", "单位\n甲局\n乙局\n丙局\n")
    try FileManager.default.createDirectory(atPath: work.path("tmp"), withIntermediateDirectories: true)
    return work
  }

  private func environment(_ fake: FakeOffice, _ work: WorkDirectory, timeout: String = "60") -> [String: String] {
    ["PATH": fake.path, "TMPDIR": work.path("tmp"), "XDG_CACHE_HOME": work.path("cache"), "GONGWEN_CONVERT_TIMEOUT": timeout]
  }

  private func temporaryLeftovers(_ work: WorkDirectory) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: work.path("tmp"))) ?? ["(tmp missing)"]
  }

  @Test func aHalfWrittenPdfIsAnErrorAndNothingIsWritten() throws {
    let work = try work()
    defer { work.remove() }
    let fake = try FakeOffice(.writesHalfAPDFAndDies, in: work)
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "out.pdf"], in: work.root,
                                 environment: environment(fake, work))
    #expect(run.status == 1)
    #expect(run.stderr.contains("incomplete PDF for out.pdf"), "\(run.stderr)")
    #expect(!work.exists("out.pdf"))
    #expect(temporaryLeftovers(work).isEmpty)
  }

  @Test func aHungLibreOfficeIsStoppedPerDocument() throws {
    let work = try work()
    defer { work.remove() }
    let fake = try FakeOffice(.hangs, in: work)
    let started = Date()
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "out.pdf"], in: work.root,
                                 environment: environment(fake, work, timeout: "1"))
    #expect(run.status == 1)
    #expect(run.stderr.contains("did not finish converting out.pdf"), "\(run.stderr)")
    // The limit is 1 s × (1 + size in MB) plus 1 s for starting: far below the 600 s the stand-in sleeps.
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(!work.exists("out.pdf"))
    #expect(temporaryLeftovers(work).isEmpty)
    #expect(fake.recordedProcesses.count == 2)
    #expect(fake.recordedProcesses.allSatisfy { !FakeOffice.isRunning($0) })
  }

  @Test func aMissingLibreOfficeFailsABatchUnitByUnit() throws {
    let work = try work()
    defer { work.remove() }
    let run = try GongwenCLI.run(["batch", "t.docx", "--units", "units.csv", "--out", "out", "--format", "pdf"],
                                 in: work.root, environment: ["PATH": "/nonexistent", "TMPDIR": work.path("tmp")])
    #expect(run.status == 1)
    #expect(run.stderr.contains("libreoffice-writer-nogui"), "\(run.stderr)")
    let manifest = try String(contentsOfFile: work.path("out/manifest.csv"), encoding: .utf8)
    #expect(manifest.components(separatedBy: "failed").count - 1 == 3, "\(manifest)")
    #expect(temporaryLeftovers(work).isEmpty)
  }

  /// Runs gongwen with `arguments` and the hanging stand-in, sends `signal` once the stand-in runs, and
  /// returns the exit status.
  private func interrupt(_ arguments: [String], with signal: Int32, fake: FakeOffice, work: WorkDirectory) throws -> Int32 {
    let binary = try #require(GongwenCLI.binary)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: work.root)
    process.environment = ProcessInfo.processInfo.environment.merging(environment(fake, work)) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the stand-in runs (and has started its child), then send the signal.
    let deadline = Date().addingTimeInterval(60)
    while fake.recordedProcesses.count < 2 && Date() < deadline { usleep(50_000) }
    #expect(fake.recordedProcesses.count == 2)
    kill(process.processIdentifier, signal)
    let exitDeadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < exitDeadline { usleep(50_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func aSignalDuringAPdfBatchEndsLibreOfficeAndWritesTheManifest(_ signal: Int32) throws {
    let work = try work()
    defer { work.remove() }
    let fake = try FakeOffice(.hangs, in: work)
    let status = try interrupt(["batch", "t.docx", "--units", "units.csv", "--out", "out", "--format", "pdf", "--jobs", "1"],
                               with: signal, fake: fake, work: work)
    #expect(status == 128 + signal)
    #expect(work.exists("out/manifest.csv"))
    #expect(temporaryLeftovers(work).isEmpty)
    #expect(fake.recordedProcesses.allSatisfy { !FakeOffice.isRunning($0) })
    #expect(!work.listing().contains { $0.hasSuffix(".pdf") })
  }

  @Test func aSignalDuringOneConversionEndsLibreOfficeAndWritesNothing() throws {
    let work = try work()
    defer { work.remove() }
    let fake = try FakeOffice(.hangs, in: work)
    let status = try interrupt(["render", "t.docx", "d.yaml", "-o", "out.pdf"], with: SIGTERM, fake: fake, work: work)
    #expect(status == 128 + SIGTERM)
    #expect(!work.exists("out.pdf"))
    #expect(temporaryLeftovers(work).isEmpty)
    #expect(fake.recordedProcesses.allSatisfy { !FakeOffice.isRunning($0) })
  }
}
