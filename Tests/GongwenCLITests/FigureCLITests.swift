import Foundation
import Testing

@testable import Gongwen

/// Picture paths in the data are relative to the data file's folder, or to the current folder for
/// data on standard input; a missing picture fails the render and writes nothing.
@Suite(.enabled(if: GongwenCLI.isAvailable, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY"))
struct FigureCLITests {
  /// A 2 × 1 GIF.
  static let gif: [UInt8] = Array("GIF89a".utf8) + [2, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255,
                                                    0x2C, 0, 0, 0, 0, 2, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B]

  @Test func picturePathsAreRelativeToTheDataFile() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["{{%照片}}"]))
    try work.write("data/图/章.gif", Self.gif)
    try work.write("data/d.yaml", "照片: 图/章.gif\n")
    let run = try GongwenCLI.run(["render", "template.docx", "data/d.yaml", "-o", "out.docx"], in: work.root)
    #expect(run.status == 0, "\(run.stderr)")
    let archive = try ZipArchive(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: work.path("out.docx")))), name: "out.docx")
    #expect(try archive.read(named: "word/media/image1.gif") == Self.gif)
  }

  @Test func standardInputResolvesFromTheCurrentFolder() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["签章：{{%照片}}"]))
    try work.write("章.gif", Self.gif)
    let run = try GongwenCLI.run(["render", "template.docx", "-", "-o", "out.docx"], in: work.root,
                                 input: Data(#"{"照片": "章.gif"}"#.utf8))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(work.exists("out.docx"))
  }

  @Test func missingPictureFailsNamingTagAndFileAndWritesNothing() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["前言", "{{%照片}}"]))
    try work.write("data/d.yaml", "照片: 没有.png\n")
    let run = try GongwenCLI.run(["render", "template.docx", "data/d.yaml", "-o", "out.docx"], in: work.root)
    #expect(run.status == 1)
    #expect(run.stderr.contains("{{%照片}}") && run.stderr.contains("没有.png") && run.stderr.contains("no such file"), "\(run.stderr)")
    #expect(!work.exists("out.docx"))
  }

  @Test func batchReadsTablePicturesBesideTheTableAndCommonOnesBesideTheCommonData() throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("template.docx", try MiniDocx.build(["{{单位}}", "{{%照片}}", "{{%印章}}"]))
    try work.write("表/甲.gif", Self.gif)
    let seal = Self.gif.enumerated().map { $0.offset == 10 ? 0 : $0.element }  // another picture: black, not white
    try work.write("公共/印章.gif", seal)
    try work.write("表/units.csv", "单位,照片\n甲单位,甲.gif\n乙单位,乙.gif\n")
    try work.write("公共/common.yaml", "印章: 印章.gif\n")
    let run = try GongwenCLI.run(["batch", "template.docx", "--units", "表/units.csv", "--data", "公共/common.yaml", "--out", "out",
                                  "--name", "{{单位}}"], in: work.root)
    #expect(run.status == 1, "乙单位 names a picture that is not there")
    let archive = try ZipArchive(bytes: try work.read("out/甲单位.docx"), name: "甲单位.docx")
    #expect(try archive.read(named: "word/media/image1.gif") == Self.gif)
    #expect(try archive.read(named: "word/media/image2.gif") == seal)
    #expect(run.stderr.contains("row 3 (乙单位)") && run.stderr.contains("{{%照片}}"), "\(run.stderr)")
    #expect(run.stderr.contains("image file 乙.gif: no such file in '\(work.path("表"))' or '\(work.path("公共"))'"), "\(run.stderr)")
    #expect(!work.exists("out/乙单位.docx"))
    let manifest = String(decoding: try work.read("out/manifest.csv"), as: UTF8.self)
    #expect(manifest.contains("乙.gif"), "the manifest gives the reason: \(manifest)")

    let check = try GongwenCLI.run(["check", "template.docx", "--units", "表/units.csv", "--data", "公共/common.yaml"], in: work.root)
    #expect(check.status == 1 && check.stderr.contains("乙.gif") && !check.stderr.contains("印章.gif"), "\(check.stderr)")
  }
}
