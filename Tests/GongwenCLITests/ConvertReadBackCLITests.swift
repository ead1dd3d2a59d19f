import Foundation
import Gongwen
import GongwenTemplate
import Testing

/// A 通知, a 请示 and a 纪要 typed as an office writes them, converted in both formats: LibreOffice reads
/// back every line the template has a place for, once, in the order typed (主送, body, 附件说明, 署名, 日期,
/// 附注, 出席, 抄送, 印发), and nothing else (no lone "：", no blank element); every fixture text converted
/// in both formats passes `check-format`.
struct ConvertReadBackCLITests {
  static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
  static let soffice = OfficeConverter.executable

  /// The typed lines the document should show, without white space, for the keys `template` prints,
  /// as (flow text, 版记 lines: 抄送 and 印发, which the templates set in a frame at the page foot).
  static func expectedLines(_ name: String, template: String) throws -> (flow: [String], record: [String]) {
    let text = try String(contentsOf: ConvertRolesCLITests.texts.appendingPathComponent(name), encoding: .utf8)
    let reading = try OfficialText.read(text, markdown: false)
    let names = try Template(path: template).topLevelNames
    let keys: [LineRole: [String]] = [
      .addressee: ["主送机关"], .attachmentNote: ["附件"], .signature: ["发文机关署名", "发文机关"], .date: ["成文日期"],
      .annotation: ["附注"], .attendance: ["出席"], .cc: ["抄送机关"], .printedBy: ["印发机关"],
    ]
    let shown = reading.lines.filter { line in
      guard let needed = keys[line.role] else { return true }
      return needed.contains { names.contains($0) }
    }
    // the templates break a long title between words (`titlebreak`): LibreOffice reads its lines apart
    func squeezed(_ lines: [RoledLine]) -> [String] {
      lines.flatMap { line in
        (line.role == .title ? TitleLineBreaker().lines(line.text).split(separator: "\n").map(String.init) : [line.text])
          .map { $0.filter { !$0.isWhitespace } }
      }
    }
    return (squeezed(shown.filter { $0.role != .cc && $0.role != .printedBy }),
            squeezed(shown.filter { $0.role == .cc || $0.role == .printedBy }))
  }

  /// LibreOffice's export of `files` (`txt:Text (encoded):UTF8` or `pdf`) into `folder`.
  static func export(_ files: [String], as filter: String, to folder: String, in work: WorkDirectory) throws {
    let soffice = try #require(Self.soffice)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["300", soffice, "-env:UserInstallation=file://" + work.path("profile"), "--headless",
                         "--convert-to", filter, "--outdir", work.path(folder)] + files.map(work.path)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
  }

  /// The non-empty lines of a text, without white space.
  static func squeezedLines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { $0.filter { !$0.isWhitespace && $0 != "\u{FEFF}" } }.filter { !$0.isEmpty }
  }

  /// The text pdftotext reads from a PDF.
  static func pdfText(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = [path, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
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
        #expect(try Self.deviations(output, in: work) == [], "\(output)")
      }
    }
    try Self.export(outputs, as: "txt:Text (encoded):UTF8", to: "txt", in: work)
    try Self.export(outputs, as: "pdf", to: "pdf", in: work)
    for output in outputs {
      let name = String(output.prefix { $0 != "-" }) + ".txt"
      let stem = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
      let expected = try Self.expectedLines(name, template: try #require(templates[output]))
      if name != "minutes.txt" {
        #expect(expected.flow.contains { $0.hasPrefix("（联系人：") } && expected.flow.contains { $0.hasPrefix("附件：") },
                "\(output): the template prints the 附注 and the 附件说明")
      }
      if name == "notice.txt" { #expect(expected.record.count == 2, "\(output): the template prints 抄送 and 印发") }
      if name == "minutes.txt" {
        #expect(expected.flow.suffix(3).map { String($0.prefix(3)) } == ["出席：", "请假：", "列席："], "\(output): the template prints 出席, 请假, 列席")
      }
      let flow = Self.squeezedLines(try String(contentsOfFile: work.path("txt/\(stem).txt"), encoding: .utf8))
      #expect(flow == expected.flow, "\(output) reads back as typed")
      // the 版记 stands in a frame at the foot of the last page: read it from the PDF, after the date
      let pageNumber = #/—[0-9]+—/#
      let pdf = Self.squeezedLines(try Self.pdfText(work.path("pdf/\(stem).pdf"))).filter { $0.wholeMatch(of: pageNumber) == nil }.joined()
      var rest = pdf[...]
      for line in [expected.flow.last ?? ""] + expected.record {
        guard let found = rest.range(of: line) else {
          Issue.record("\(output): the PDF lacks “\(line)” after what precedes it")
          break
        }
        rest = rest[found.upperBound...]
      }
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
        #expect(try Self.deviations(output, in: work) == [], "\(output)")
      }
    }
  }

  /// check-format's deviations of a converted document, as "id: expected".
  static func deviations(_ output: String, in work: WorkDirectory) throws -> [String] {
    let check = try GongwenCLI.run(["check-format", output, "--json"], in: work.root)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any], "\(check.stderr)")
    let found = (object["deviations"] as? [[String: Any]] ?? []).map { ($0["id"] as? String ?? "?", $0["expected"] as? String ?? "") }
    return found.map { "\($0.0): \($0.1)" }
  }
}

enum LineRoleTests {
  /// The fixture texts (`.txt` and `.md`).
  static let fixtureNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: ConvertRolesCLITests.texts.path)) ?? [])
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
}
