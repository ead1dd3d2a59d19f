import Foundation
import Testing

/// `gongwen render` on inputs of the hostile corpus (`Tests/GongwenTests/Fixtures/hostile`): exit code 1,
/// a message naming the file, nothing written, and a bounded peak memory for every hostile template.
@Suite(.enabled(if: GongwenCLI.isAvailable, "needs the built gongwen executable"))
struct HostileCLITests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("GongwenTests/Fixtures/hostile").path

  struct Expected: Decodable {
    let file: String
    let input: String
    let id: String
  }

  static let expected: [Expected] = {
    guard let data = FileManager.default.contents(atPath: corpus + "/expected.json") else { return [] }
    return (try? JSONDecoder().decode([Expected].self, from: data)) ?? []
  }()

  /// A work folder holding a copy of `files` from the corpus and a small data file.
  static func folder(with files: [String]) throws -> WorkDirectory {
    let work = try WorkDirectory()
    for file in files {
      try FileManager.default.copyItem(atPath: corpus + "/files/" + file, toPath: work.path(file))
    }
    try work.write("data.json", #"{"name": "张三"}"#)
    return work
  }

  @Test(arguments: ["not-a-zip.docx", "xml-billion-laughs.docx", "zip-slip-dotdot.docx", "macro-docm.docx",
                    "bomb-ratio.docx", "odt-event-listener.odt"])
  func hostileTemplateFailsWithItsNameAndWritesNothing(_ file: String) throws {
    let work = try Self.folder(with: [file])
    defer { work.remove() }
    let before = try work.read(file)
    let run = try GongwenCLI.run(["render", file, "data.json", "-o", "out.docx"], in: work.root)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.hasPrefix(file + ":"), "the message starts with the file: \(run.stderr)")
    #expect(work.listing() == [file, "data.json"].sorted())
    #expect(try work.read(file) == before)
  }

  @Test(arguments: ["json-syntax-error.json", "yaml-billion-laughs.yaml", "json-deep-nesting.json"])
  func hostileDataFailsWithItsNameAndWritesNothing(_ file: String) throws {
    let work = try Self.folder(with: ["valid.docx", file])
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", "valid.docx", file], in: work.root)
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stderr.hasPrefix(file + ":"), "\(run.stderr)")
    #expect(work.listing() == ["data.json", file, "valid.docx"].sorted())
  }

  @Test func keepMacrosRendersAMacroTemplate() throws {
    let work = try Self.folder(with: ["macro-docm.docx"])
    defer { work.remove() }
    let run = try GongwenCLI.run(["render", "macro-docm.docx", "data.json", "-o", "out.docm", "--keep-macros"],
                                 in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out.docm")) == ["张三"])
  }

  @Test func convertRefusesAMacroTemplateUnlessKept() throws {
    let work = try Self.folder(with: ["macro-docm.docx"])
    defer { work.remove() }
    try work.write("report.txt", "关于检查的报告\n一、基本情况\n正文。\n")
    let refused = try GongwenCLI.run(["convert", "report.txt", "--template", "macro-docm.docx", "-o", "out.docx"], in: work.root)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("active content") && refused.stderr.contains("--keep-macros"), "\(refused.stderr)")
    let kept = try GongwenCLI.run(["convert", "report.txt", "--template", "macro-docm.docx", "-o", "out.docx",
                                   "--keep-macros"], in: work.root)
    #expect(!kept.stderr.contains("active content"), "\(kept.stderr)")
    #expect(!work.exists("out.docx") || kept.status == 0)
  }

  /// Peak memory (each child's maximum resident set, read by python3 through wait4) stays under
  /// 200 MB for every hostile template, as a person running `gongwen render` would see it.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
  func everyHostileTemplateStaysWithinTheMemoryBound() throws {
    let files = Self.expected.filter { $0.input == "template" && $0.id != "ok" }.map(\.file)
    #expect(files.count >= 40)
    let work = try Self.folder(with: files)
    defer { work.remove() }
    let binary = try #require(GongwenCLI.binary)
    let script = """
      import json, os, subprocess, sys
      peaks = {}
      for name in sys.argv[2:]:
          child = subprocess.Popen([sys.argv[1], "render", name, "data.json", "-o", "out.docx"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
          _, status, usage = os.wait4(child.pid, 0)
          peaks[name] = [os.waitstatus_to_exitcode(status), usage.ru_maxrss]
      print(json.dumps(peaks))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script, binary] + files
    process.currentDirectoryURL = URL(fileURLWithPath: work.root)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let peaks = try JSONDecoder().decode([String: [Int]].self, from: data)
    #expect(peaks.count == files.count)
    let limitKB = ProcessInfo.processInfo.environment["GONGWEN_MEMORY_LIMIT_KB"].flatMap(Int.init) ?? 200_000
    for (file, result) in peaks.sorted(by: { $0.key < $1.key }) {
      #expect(result[0] == 1, "\(file) exited with \(result[0])")
      #expect(result[1] < limitKB, "\(file): peak resident memory \(result[1]) KB")
    }
    #expect(!work.exists("out.docx"))
  }
}
