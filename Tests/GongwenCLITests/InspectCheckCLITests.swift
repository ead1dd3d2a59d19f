import Foundation
import Testing

@testable import Gongwen

/// `gongwen inspect`, `gongwen check`, `render --annotate-errors` and `--no-verify`, as a user runs them.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not built"))
struct InspectCheckCLITests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static func shipped(_ path: String) -> String { repository.appendingPathComponent(path).path }

  @Test func inspectListsTagsWithPlaces() throws {
    let run = try GongwenCLI.run(["inspect", Self.shipped("templates/letter.docx")])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("word/document.xml (body)"))
    #expect(run.stdout.contains("{{#附件}} … {{/附件}}"))
    #expect(run.stdout.contains("{{>正文}}  block"))
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.contains { $0.contains("¶1") && $0.contains("{{发文字号 | default:\"\"}}") })
  }

  @Test func inspectJSONDecodesAsTheOutline() throws {
    let run = try GongwenCLI.run(["inspect", "--json", Self.shipped("templates/party-building-report.odt")])
    #expect(run.status == 0)
    let outline = try JSONDecoder().decode(TemplateOutline.self, from: Data(run.stdout.utf8))
    #expect(outline.format == "odt")
    #expect(outline.parts.map(\.name) == ["content.xml"])
    #expect(outline.tags.contains { $0.text == "{{党组会议.专题研究次数}}" && $0.paragraph == 28 })
  }

  @Test func skeletonOnceFilledRenders() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = Self.shipped("templates/party-building-report.docx")
    let run = try GongwenCLI.run(["inspect", "--skeleton", "yaml", template])
    #expect(run.status == 0)
    try work.write("data.yaml", run.stdout.replacingOccurrences(of: "单位: \"\"", with: "单位: 某某局"))
    let check = try GongwenCLI.run(["check", template, work.path("data.yaml")])
    #expect(check.status == 0, "\(check.stderr)")
    let render = try GongwenCLI.run(["render", template, work.path("data.yaml"), "-o", work.path("out.docx")])
    #expect(render.status == 0, "\(render.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out.docx")).contains { $0.contains("某某局党组") })
    let json = try GongwenCLI.run(["inspect", "--skeleton", "json", template])
    #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any])
  }

  /// Three mistakes: a misspelled key, a list where text is printed, text under a number filter.
  func mistakes(_ work: WorkDirectory) throws -> String {
    let builder = try MiniDocx.build(["致{{单位名称}}：", "{{年度}}年", "金额{{金额 | number:\"#,##0.00\"}}元"])
    try work.write("t.docx", builder)
    try work.write("bad.yaml", "单位名: 某局\n年度: [2022, {年: 2023}]\n金额: 一百\n")
    return work.path("t.docx")
  }

  @Test func checkReportsThreeMistakesWithHints() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = try mistakes(work)
    let run = try GongwenCLI.run(["check", template, work.path("bad.yaml")])
    #expect(run.status == 1)
    #expect(run.stderr.contains("error: missing value '单位名称'"))
    #expect(run.stderr.contains("= hint: did you mean {{单位名}}?"))
    #expect(run.stderr.contains("error: wrong type for '年度': expected text, found list of objects"))
    #expect(run.stderr.contains("error: filter 'number' failed"))
    #expect(run.stderr.contains("warning: the data key '单位名' is not used by the template"))
    #expect(run.stderr.contains("= hint: the template uses '单位名称'"))
    #expect(run.stderr.contains("3 errors, 1 warning."))
    #expect(work.listing() == ["bad.yaml", "t.docx"])

    let json = try GongwenCLI.run(["check", "--json", template, work.path("bad.yaml")])
    #expect(json.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let errors = try #require(object["errors"] as? [[String: String]])
    #expect(errors.map { $0["id"] ?? "" } == ["missing_value", "wrong_type", "filter_failed"])
    #expect(errors.first?["hint"] == "did you mean {{单位名}}?")
    #expect(errors.allSatisfy { $0["paragraph"] != nil && $0["part"] == "word/document.xml" })
    let warnings = try #require(object["warnings"] as? [[String: String]])
    #expect(warnings.map { $0["id"] ?? "" } == ["unused_key"])
    #expect(warnings.first?["key"] == "单位名")
  }

  @Test func checkPassesTheShippedSample() throws {
    let run = try GongwenCLI.run(["check", Self.shipped("templates/party-building-report.odt"), Self.shipped("samples/party-building-2022.yaml")])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("fills every tag"))
  }

  @Test func renderAnnotatesErrorsInACopy() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = try mistakes(work)
    let run = try GongwenCLI.run(["render", template, work.path("bad.yaml"), "-o", work.path("out.docx"),
                                  "--annotate-errors", work.path("annotated.docx")])
    #expect(run.status == 1)
    #expect(!work.exists("out.docx"))
    #expect(run.stderr.contains("annotated.docx: the template with 3 comments"))
    let archive = try ZipArchive(path: work.path("annotated.docx"))
    let comments = String(decoding: try #require(try archive.read(named: "word/comments.xml")), as: UTF8.self)
    #expect(comments.contains("did you mean {{单位名}}?"))
    #expect(try archive.read(named: "word/document.xml") != nil)
    let refused = try GongwenCLI.run(["render", template, work.path("bad.yaml"), "-o", work.path("out.docx"),
                                      "--annotate-errors", template])
    #expect(refused.status == 1)
    #expect(try work.read("t.docx") == (try MiniDocx.build(["致{{单位名称}}：", "{{年度}}年", "金额{{金额 | number:\"#,##0.00\"}}元"])))
  }

  @Test func noVerifyRendersTheSame() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": "甲"}"#)
    #expect(try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.json"), "-o", work.path("1.docx")]).status == 0)
    #expect(try GongwenCLI.run(["render", work.path("t.docx"), work.path("d.json"), "-o", work.path("2.docx"), "--no-verify"]).status == 0)
    #expect(try work.read("1.docx") == (try work.read("2.docx")))
  }
}

/// Shell completions and the man page come from the command-line definition.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not built"))
struct CompletionAndManualTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptNamesEveryCommand(_ shell: String) throws {
    let run = try GongwenCLI.run(["--generate-completion-script", shell])
    #expect(run.status == 0, "\(run.stderr)")
    for word in ["render", "inspect", "check", "pack", "annotate-errors", "skeleton", "no-verify"] {
      #expect(run.stdout.contains(word), "\(shell) completion lacks \(word)")
    }
  }

  @Test func bashCompletionIsValidBash() throws {
    let run = try GongwenCLI.run(["--generate-completion-script", "bash"])
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("gongwen.bash", run.stdout)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-n", work.path("gongwen.bash")]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  /// docs/gongwen.1 and docs/gongwen.zh_CN.1 are what `make man` generates from the current command-line definition.
  @Test(arguments: [("en", "docs/gongwen.1"), ("zh", "docs/gongwen.zh_CN.1")])
  func manPageMatchesTheGenerator(language: String, page: String) throws {
    let repository = InspectCheckCLITests.repository
    let dump = try GongwenCLI.run(["--lang", language, "--experimental-dump-help"])
    #expect(dump.status == 0)
    let version = try GongwenCLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", repository.appendingPathComponent("scripts/generate-man.py").path, version]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(dump.stdout.utf8))
    try input.fileHandleForWriting.close()
    let generated = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let checkedIn = try String(contentsOf: repository.appendingPathComponent(page), encoding: .utf8)
    #expect(generated == checkedIn, "\(page) is out of date: run make man")
    #expect(checkedIn.contains(".SS gongwen inspect") && checkedIn.contains("\\-\\-annotate\\-errors"))
    #expect(checkedIn.contains("用一个 JSON 或 YAML 数据文件填写模板") == (language == "zh"))
  }
}
