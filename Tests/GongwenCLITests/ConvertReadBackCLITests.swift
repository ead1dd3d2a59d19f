import Foundation
import Gongwen
import Testing

/// A 通知, a 请示 and a 纪要 typed as an office writes them, converted in both formats: LibreOffice reads
/// back every line the template has a place for, once, in the order typed (主送, body, 附件说明, 署名, 日期,
/// 附注, 出席, 抄送, 印发), and nothing else (no lone "：", no blank element); every fixture text converted
/// in both formats passes `check-format`.
struct ConvertReadBackCLITests {
  static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
  static let soffice = OfficeConverter.executable

  /// The typed lines the document should show, without white space, for the keys `template` prints.
  static func expectedLines(_ name: String, template: String) throws -> [String] {
    let text = try String(contentsOf: ConvertRolesCLITests.texts.appendingPathComponent(name), encoding: .utf8)
    let reading = try OfficialText.read(text, markdown: false)
    let names = try Template(path: template).topLevelNames
    let keys: [LineRole: [String]] = [
      .addressee: ["主送机关"], .attachmentNote: ["附件"], .signature: ["发文机关署名", "发文机关"], .date: ["成文日期"],
      .annotation: ["附注"], .attendance: ["出席"], .cc: ["抄送机关"], .printedBy: ["印发机关"],
    ]
    return reading.lines.filter { line in
      guard let needed = keys[line.role] else { return true }
      return needed.contains { names.contains($0) }
    }.map { $0.text.filter { !$0.isWhitespace } }
  }

  /// LibreOffice's plain-text export of `files`, each as its non-empty lines without white space.
  static func readBack(_ files: [String], in work: WorkDirectory) throws -> [String: [String]] {
    let soffice = try #require(Self.soffice)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["300", soffice, "-env:UserInstallation=file://" + work.path("profile"), "--headless",
                         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work.path("txt")] + files.map(work.path)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    var texts: [String: [String]] = [:]
    for file in files {
      let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
      let text = try String(contentsOfFile: work.path("txt/\(name).txt"), encoding: .utf8)
      texts[file] = text.split(whereSeparator: \.isNewline).map { $0.filter { !$0.isWhitespace && $0 != "\u{FEFF}" } }.filter { !$0.isEmpty }
    }
    return texts
  }

  @Test func aNoticeARequestAndMinutesReadBackWithEveryElementInPlace() throws {
    guard Self.soffice != nil else {
      if Self.inCI { Issue.record("soffice is missing (make test installs it)") }
      return
    }
    let work = try WorkDirectory()
    defer { work.remove() }
    let names = ["notice.txt", "request.txt", "minutes.txt"]
    try ConvertRolesCLITests.copy(names, into: work)
    var outputs: [String] = []
    var templates: [String: String] = [:]
    for name in names {
      for format in ["docx", "odt"] {
        let output = name.replacingOccurrences(of: ".txt", with: "-\(format).\(format)")
        let run = try GongwenCLI.run(["convert", name, "-o", output, "--json"], in: work.root)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        templates[output] = try #require(result["template"] as? String)
        outputs.append(output)
        let check = try GongwenCLI.run(["check-format", output], in: work.root)
        #expect(check.status == 0, "\(output): \(check.stdout)")
      }
    }
    let texts = try Self.readBack(outputs, in: work)
    for output in outputs {
      let name = String(output.prefix { $0 != "-" }) + ".txt"
      let expected = try Self.expectedLines(name, template: try #require(templates[output]))
      #expect(texts[output] == expected, "\(output) reads back as typed")
    }
  }

  @Test func everyFixtureTextConvertsInBothFormatsAndPassesCheckFormat() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let names = LineRoleTests.fixtureNames
    try ConvertRolesCLITests.copy(names, into: work)
    for name in names {
      for format in ["docx", "odt"] {
        let output = "\(name).\(format)"
        let run = try GongwenCLI.run(["convert", name, "-o", output], in: work.root)
        #expect(run.status == 0, "\(name): \(run.stderr)")
        let check = try GongwenCLI.run(["check-format", output], in: work.root)
        #expect(check.status == 0, "\(output): \(check.stdout)")
      }
    }
  }
}

enum LineRoleTests {
  /// The fixture texts (`.txt` and `.md`).
  static let fixtureNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: ConvertRolesCLITests.texts.path)) ?? [])
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
}
