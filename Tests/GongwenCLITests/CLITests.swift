import Foundation
import Testing

@testable import Gongwen

/// The `gongwen` command, run as a separate process. Filter with `--filter CLITests`.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct CLITests {
  // MARK: Help and version

  @Test func helpListsCommandsAndExitCodes() throws {
    let run = try GongwenCLI.run(["--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("render"))
    #expect(run.stdout.contains("pack"))
    #expect(run.stdout.contains("Exit codes: 0 success, 1 template or data error, 2 usage error."))
  }

  @Test func renderHelpListsItsOptions() throws {
    let run = try GongwenCLI.run(["render", "--help"])
    #expect(run.status == 0)
    for option in ["--output", "--set", "--delimiters", "--allow-missing", "--json", "<template>", "<data>"] {
      #expect(run.stdout.contains(option), "render --help does not mention \(option)")
    }
  }

  @Test func versionPrintsTheLibraryVersion() throws {
    let run = try GongwenCLI.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == GongwenVersion.current + "\n")
  }

  // MARK: Render

  @Test func renderWritesBesideTheDataFileWithTheTemplatesExtension() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["{{unit}}关于{{topic}}的通知"]))
    try work.write("data/notice.json", #"{"unit": "某某局", "topic": "放假"}"#)
    let run = try GongwenCLI.run(["render", "template.docx", "data/notice.json"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.hasPrefix("wrote data/notice.docx ("), "only the line saying what was written: \(run.stderr)")
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(work.exists("data/notice.docx"))
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("data/notice.docx")) == ["某某局关于放假的通知"])
    #expect(work.listing() == ["data", "data/notice.docx", "data/notice.json", "template.docx"])
  }

  @Test func renderWithYAMLDataAndExplicitOutput() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{#items}}{{.}}{{^$last}}、{{/$last}}{{/items}}"]))
    try work.write("d.yaml", "items:\n  - 甲\n  - 乙\n")
    let run = try GongwenCLI.run(["render", "t.docx", "d.yaml", "-o", "result.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("result.docx")) == ["甲、乙"])
  }

  @Test func outputIntoAFolderThatCannotBeMadeIsAnErrorAndWritesNothing() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": 1}"#)
    try work.write("missing", "a file where the folder should be")
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "missing/o.docx"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("missing' is a file where a folder should be"), "\(run.stderr)")
    #expect(work.listing() == ["d.json", "missing", "t.docx"])
  }

  @Test func renderReadsDataFromStandardInput() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{name}}"]))
    let run = try GongwenCLI.run(["render", "t.docx", "-", "-o", "out.docx"], in: work.root, input: Data(#"{"name": "标准输入"}"#.utf8))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out.docx")) == ["标准输入"])
  }

  @Test func templateErrorExitsOnePrintsADiagnosticAndWritesNothing() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("report.docx", try MiniDocx.build(["标题", "年内开展{{#activities}}活动"]))
    try work.write("data.json", #"{"activities": []}"#)
    let before = work.listing()
    let run = try GongwenCLI.run(["render", "report.docx", "data.json"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "report.docx: word/document.xml ¶2: error: unclosed section '{{#activities}}'")
    #expect(lines.count >= 3)
    if lines.count >= 3 {
      #expect(lines[1] == "    2 | 年内开展{{#activities}}活动")
      #expect(lines[2] == "      |         ^^^^^^^^^^^^^^^")
    }
    #expect(work.listing() == before, "files were left behind: \(work.listing())")
  }

  @Test func missingValuesAreAllReportedAndNothingIsWritten() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}", "{{b}}", "{{c}}"]))
    try work.write("d.json", #"{"b": 1}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "out.docx"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("t.docx: word/document.xml ¶1: error: missing value 'a'"))
    #expect(run.stderr.contains("t.docx: word/document.xml ¶3: error: missing value 'c'"))
    #expect(run.stderr.contains("2 errors; nothing was written."))
    #expect(!work.exists("out.docx"))
    #expect(work.listing() == ["d.json", "t.docx"])
  }

  @Test func allowMissingRendersEmptyText() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["[{{a}}]"]))
    try work.write("d.json", "{}")
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--allow-missing", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["[]"])
  }

  @Test func dataErrorExitsOne() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": "#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("d.json"))
    #expect(work.listing() == ["d.json", "t.docx"])
  }

  @Test(arguments: [
    ["render"],
    ["render", "t.docx"],
    ["render", "t.docx", "d.json", "--bogus"],
    ["frobnicate"],
    ["render", "t.docx", "d.json", "--delimiters", "{"],
    ["render", "t.docx", "d.json", "--delimiters", "<< >> ]]"],
    ["pack"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": 1}"#)
    let run = try GongwenCLI.run(arguments, in: work.root)
    #expect(run.status == 2, "gongwen \(arguments.joined(separator: " ")) exited \(run.status)")
    #expect(!run.stderr.isEmpty)
    #expect(!work.exists("d.docx"))
  }

  @Test func outputEqualToTheTemplateIsRefusedAndTheTemplateIsUnchanged() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = try MiniDocx.build(["{{a}}"])
    try work.write("t.docx", template)
    try work.write("d.json", #"{"a": 1}"#)
    for output in ["t.docx", "./t.docx", work.path("t.docx"), "sub/../t.docx"] {
      try FileManager.default.createDirectory(atPath: work.path("sub"), withIntermediateDirectories: true)
      let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", output], in: work.root)
      #expect(run.status == 1, "-o \(output) was accepted")
      #expect(run.stderr.contains("template"), "\(run.stderr)")
      #expect(try work.read("t.docx") == template, "-o \(output) changed the template")
    }
    #expect(work.listing() == ["d.json", "sub", "t.docx"])
  }

  @Test func outputEqualToTheDataFileIsRefused() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": 1}"#)
    // A .json output is refused as a usage error before anything is rendered.
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "d.json"], in: work.root)
    #expect(run.status != 0 && run.stderr.contains("does not write .json"))
    #expect(try work.read("d.json") == Array(#"{"a": 1}"#.utf8))
  }

  @Test func setOverridesTheData() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{name}}|{{org.unit}}|{{count}}"]))
    try work.write("d.json", #"{"name": "甲", "org": {"unit": "旧"}, "count": 1}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--set", "name=乙", "--set", "org.unit=新单位", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["乙|新单位|1"])
  }

  @Test func customDelimiters() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{name}的报告"]))
    try work.write("d.json", #"{"name": "甲"}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--delimiters", "{ }", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["甲的报告"])
    // With the standard delimiters the same text is no tag at all.
    let plain = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "p.docx"], in: work.root)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("p.docx")) == ["{name}的报告"])
  }

  @Test func docxtemplaterSyntaxOptionsAndDataThatIsAList() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{#.}Hello {{{first} 5 } 3{/.}", "{#.}{name}{/.} {=[[ ]]=}[[#.]][[count-1]][[/.]]"]))
    try work.write("d.json", #"[{"name": "甲", "first": "A", "count": 3}]"#)
    let strict = try GongwenCLI.run(["render", "t.docx", "d.json", "--syntax", "docxtemplater", "-o", "s.docx"], in: work.root)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("closing delimiter '}' without an opening one"), "\(strict.stderr)")
    #expect(strict.stderr.contains("malformed tag '{{{first}'"), "\(strict.stderr)")
    #expect(!work.exists("s.docx"))
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--syntax", "docxtemplater", "--allow-unclosed-tag",
                                  "--allow-unopened-tag", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["Hello {{A 5 } 3", "甲 2"])
    let noSwitch = try GongwenCLI.run(["render", "t.docx", "d.json", "--syntax", "docxtemplater", "--allow-unclosed-tag",
                                       "--allow-unopened-tag", "--change-delimiter-prefix", "", "-o", "n.docx"], in: work.root)
    #expect(noSwitch.status == 1, "without switches '{=[[ ]]=}' is an ordinary, malformed tag")
  }

  @Test func docxtemplaterSyntaxInRenderAndBatch() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{#items}{name}{#vip}★{/}、{/}", "{#n > 1}多{/}{^n > 1}少{/}"]))
    try work.write("d.json", #"{"items": [{"name": "甲", "vip": true}, {"name": "乙"}], "n": 2}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--syntax", "docxtemplater", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["甲★、乙、", "多"])
    try work.write("units.csv", "n\n1\n3\n")
    let batch = try GongwenCLI.run(["batch", "t.docx", "--units", "units.csv", "--data", "d.json", "--out", "out",
                                    "--syntax", "docxtemplater", "--name", "{{n}}.docx"], in: work.root)
    #expect(batch.status == 0, "\(batch.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out/1.docx")).last == "少")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("out/3.docx")).last == "多")
  }

  @Test func docxtemplaterSyntaxReadsZeroAsFalseAndCountsIndexFromZero() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{#count}{count} items{/count}{^count}none{/count}",
                                                 "{#list}{#$index==0}FIRST {/}{$index}.{text} {/list}"]))
    try work.write("d.json", #"{"count": 0, "list": [{"text": "Hello"}, {"text": "Other"}]}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--syntax", "docxtemplater", "-o", "o.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["none", "FIRST 0.Hello 1.Other "])
    // Gongwen's own reading, with the same delimiters: 0 is a value, `$index` counts from 1.
    let own = try GongwenCLI.run(["render", "t.docx", "d.json", "--delimiters", "{ }", "-o", "g.docx"], in: work.root)
    #expect(own.status == 0, "\(own.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("g.docx")) == ["0 items", "1.Hello 2.Other "])
  }

  @Test func jsonOutputOnSuccess() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": 1}"#)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--json"], in: work.root)
    #expect(run.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "ok")
    #expect(object["output"] as? String == "d.docx")
    #expect(object["template"] as? String == "t.docx")
    #expect(work.exists("d.docx"))
  }

  @Test func jsonOutputOnFailureListsEveryError() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{#a}}", "{{b | nosuch}}"]))
    try work.write("d.json", "{}")
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--json"], in: work.root)
    #expect(run.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "stdout: \(run.stdout)")
    #expect(object["status"] as? String == "error")
    let errors = try #require(object["errors"] as? [[String: Any]])
    #expect(Set(errors.compactMap { $0["id"] as? String }) == ["unclosed_section", "unknown_filter"])
    let unclosed = try #require(errors.first { $0["id"] as? String == "unclosed_section" })
    #expect(unclosed["part"] as? String == "word/document.xml")
    #expect(unclosed["paragraph"] as? String == "1")
    #expect(unclosed["tag"] as? String == "{{#a}}")
    #expect((unclosed["message"] as? String)?.contains("unclosed section '{{#a}}'") == true)
    #expect(!work.exists("d.docx"))
  }

  // MARK: Pack

  private func writeFolder(_ work: WorkDirectory, _ folder: String, mimetype: Bool = false) throws {
    for (name, text) in MiniDocx.parts(["{{a}}"]).reversed() { try work.write("\(folder)/\(name)", text) }
    try work.write("\(folder)/word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:styles xmlns:w=\"\(MiniDocx.w)\"/>")
    try work.write("\(folder)/docProps/app.xml", "<?xml version=\"1.0\"?><Properties/>")
    try work.write("\(folder)/.DS_Store", "junk")
    if mimetype { try work.write("\(folder)/mimetype", "application/vnd.oasis.opendocument.text") }
  }

  @Test func packOrdersEntriesAndIsReproducible() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try writeFolder(work, "src")
    let first = try GongwenCLI.run(["pack", "src", "-o", "a.docx"], in: work.root)
    #expect(first.status == 0, "\(first.stderr)")
    // A second pack later (file times differ) gives the same bytes.
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)],
                                          ofItemAtPath: work.path("src/word/document.xml"))
    let second = try GongwenCLI.run(["pack", "src", "-o", "b.docx"], in: work.root)
    #expect(second.status == 0)
    #expect(try work.read("a.docx") == work.read("b.docx"))
    let names = try ZipArchive(path: work.path("a.docx")).entries.map(\.name)
    #expect(names == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "word/document.xml", "word/styles.xml"])
    // The packed template renders.
    try work.write("d.json", #"{"a": "打包"}"#)
    let render = try GongwenCLI.run(["render", "a.docx", "d.json", "-o", "o.docx"], in: work.root)
    #expect(render.status == 0, "\(render.stderr)")
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("o.docx")) == ["打包"])
  }

  @Test func packPutsMimetypeFirstAndStored() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try writeFolder(work, "src", mimetype: true)
    let run = try GongwenCLI.run(["pack", "src", "-o", "a.zip"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let entries = try ZipArchive(path: work.path("a.zip")).entries
    #expect(entries.map(\.name).prefix(3) == ["mimetype", "[Content_Types].xml", "_rels/.rels"])
    #expect(entries.first?.isStored == true)
  }

  @Test func packOfAMissingFolderExitsOne() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let run = try GongwenCLI.run(["pack", "nowhere", "-o", "a.docx"], in: work.root)
    #expect(run.status == 1, "packing a folder that does not exist succeeded")
    #expect(run.stderr.contains("nowhere"))
    #expect(!work.exists("a.docx"))
  }
}

extension CLITests {
  @Test func missingTemplateExitsOne() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("d.json", #"{"a": 1}"#)
    let run = try GongwenCLI.run(["render", "nope.docx", "d.json"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("nope.docx"))
    #expect(work.listing() == ["d.json"])
  }

  @Test func outputOntoADirectoryFailsAndLeavesNoTemporaryFile() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("t.docx", try MiniDocx.build(["{{a}}"]))
    try work.write("d.json", #"{"a": 1}"#)
    try FileManager.default.createDirectory(atPath: work.path("out"), withIntermediateDirectories: true)
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "-o", "out"], in: work.root)
    #expect(run.status == 1)
    #expect(work.listing() == ["d.json", "out", "t.docx"])
  }
}

extension CLITests {
  @Test func malformedPartIsReportedWithTheTemplateFilePartAndLine() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let writer = try ZipWriter()
    for (name, text) in MiniDocx.parts(["x"]) {
      let broken = name == "word/document.xml" ? text.replacingOccurrences(of: "</w:body>", with: "") : text
      try writer.add(name: name, bytes: Array(broken.utf8))
    }
    try work.write("坏模板.docx", try writer.finish())
    try work.write("d.json", "{}")
    let run = try GongwenCLI.run(["render", "坏模板.docx", "d.json"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("word/document.xml:2:"), "\(run.stderr)")
    #expect(run.stderr.contains("坏模板.docx"), "the message does not say which template: \(run.stderr)")
    #expect(work.listing() == ["d.json", "坏模板.docx"])
  }

  @Test func jsonOutputForAnXMLError() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let writer = try ZipWriter()
    for (name, text) in MiniDocx.parts(["x"]) {
      let evil = name == "word/document.xml"
        ? text.replacingOccurrences(of: "<w:document", with: "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document") : text
      try writer.add(name: name, bytes: Array(evil.utf8))
    }
    try work.write("t.docx", try writer.finish())
    try work.write("d.json", "{}")
    let run = try GongwenCLI.run(["render", "t.docx", "d.json", "--json"], in: work.root)
    #expect(run.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
    let errors = try #require(object["errors"] as? [[String: Any]])
    #expect(errors.first?["id"] as? String == "xml_dtd_forbidden")
    #expect(errors.first?["part"] as? String == "word/document.xml")
    #expect(!run.stdout.contains("root:"))
  }
}
