import Foundation
import Testing

@testable import Gongwen

/// A report with two photos (one in a loop of three activities), a bar chart and a pie chart, in
/// both formats, as a user would run it: YAML data beside its pictures, output to .docx/.odt and to
/// PDF through LibreOffice. The PDF shows the photos at the asked size and the charts' numbers.
@Suite("EndToEnd figures")
struct EndToEndFigureTests {
  static let hasTools = ToolRequirement.met("soffice", "pdftotext", "pdfimages")
    && PackageValidation.findExecutable("pdftotext") != nil && PackageValidation.findExecutable("pdfimages") != nil

  static let data = """
    标题: 2026年度工作报告
    徽标: {path: 照片/徽标.png, height: 1cm}
    封面:
      path: 照片/会场.png
      width: 10cm
      caption: 年度工作会议
    活动:
      - 名称: 植树活动
        照片: {path: 照片/活动.png, width: 4cm}
      - 名称: 义诊活动
        照片: {path: 照片/活动.png, width: 4cm}
      - 名称: 宣讲活动
        照片: {path: 照片/活动.png, width: 4cm}
    完成情况:
      chart: column
      title: 各季度完成件数
      categories: [一季度, 二季度, 三季度]
      series:
        - {name: 完成件数, values: [137, 252, 368]}
      caption: 各季度完成件数
    构成:
      chart: pie
      title: 经费构成
      categories: [人员, 公用, 项目]
      series:
        - {name: 经费, values: [451, 302, 247]}
    """

  static func template() -> WordPackageBuilder {
    var builder = WordPackageBuilder(body: WordML.para("{{标题}}") + WordML.para("{{%封面}}") + WordML.para("{{#活动}}")
      + WordML.para("{{名称}}") + WordML.p(WordML.r("{{%") + WordML.r("照片}}", rsid: "00A1B2C3")) + WordML.para("{{/活动}}")
      + WordML.para("{{%完成情况}}") + WordML.para("{{%构成}}"))
    builder.headers = [WordML.para("{{%徽标}}")]
    return builder
  }

  struct ImageRow {
    let width: Int, height: Int, xppi: Int
  }

  static func images(in pdf: String) throws -> [ImageRow] {
    let output = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdfimages")), ["-list", pdf])
    return output.stdout.split(separator: "\n").dropFirst(2).compactMap { line in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 14, fields[2] == "image", let w = Int(fields[3]), let h = Int(fields[4]),
        let ppi = Int(fields[12])
      else { return nil }
      return ImageRow(width: w, height: h, xppi: ppi)
    }
  }

  @Test("report with photos and charts → docx/odt → PDF", .enabled(if: hasTools, "soffice, pdftotext or pdfimages missing"),
        arguments: ["docx", "odt"])
  func reportWithFigures(_ format: String) throws {
    let folder = try TestDirectory()
    defer { folder.remove() }
    try FileManager.default.createDirectory(atPath: folder.path("照片"), withIntermediateDirectories: true)
    // 400 px over 10 cm: 102 ppi; 240 px over 4 cm: 152 ppi.
    try TestImages.write(TestImages.png(width: 400, height: 300, color: (30, 120, 200)), to: folder.path("照片/会场.png"))
    try TestImages.write(TestImages.png(width: 240, height: 160, color: (200, 60, 30)), to: folder.path("照片/活动.png"))
    // 64 px over 1 cm: 163 ppi, in the header of every page.
    try TestImages.write(TestImages.png(width: 64, height: 64, color: (20, 160, 60)), to: folder.path("照片/徽标.png"))
    try Data(Self.data.utf8).write(to: URL(fileURLWithPath: folder.path("报告.yaml")))
    var templateBytes = try Self.template().build()
    if format == "odt" { templateBytes = try OfficeConverter.convert(templateBytes, from: .docx, to: .odt) }
    try TestImages.write(templateBytes, to: folder.path("模板.\(format)"))

    let template = try Template(path: folder.path("模板.\(format)"), options: TemplateOptions(baseDirectory: folder.root))
    let values = try DataLoader.load(path: folder.path("报告.yaml"))
    let document = folder.path("报告.\(format)")
    try template.render(values, to: document)
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: document)))
    try PackageValidation.expectValid(bytes)
    let package = try RenderedPackage(bytes)
    #expect(package.entryNames.filter { $0.hasPrefix(format == "docx" ? "word/media/" : "Pictures/") }.count == 3)

    try template.render(values, to: folder.path("报告.pdf"))
    let rows = try Self.images(in: folder.path("报告.pdf"))
    let cover = rows.filter { $0.width == 400 && $0.height == 300 }
    let activity = rows.filter { $0.width == 240 && $0.height == 160 }
    #expect(cover.count == 1 && activity.count == 3, "pdfimages rows: \(rows)")
    #expect(cover.allSatisfy { abs($0.xppi - 102) <= 2 }, "cover ppi: \(cover.map(\.xppi))")
    #expect(activity.allSatisfy { abs($0.xppi - 152) <= 2 }, "activity ppi: \(activity.map(\.xppi))")
    let logo = rows.filter { $0.width == 64 && $0.height == 64 }
    #expect(!logo.isEmpty && logo.allSatisfy { abs($0.xppi - 163) <= 2 }, "logo rows: \(logo.map(\.xppi))")

    let text = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdftotext")),
                                         ["-layout", folder.path("报告.pdf"), "-"]).stdout
    // pdftotext puts spaces between Latin and Chinese letters; compare without any.
    let compact = text.filter { !$0.isWhitespace }
    for expected in ["2026年度工作报告", "图1 年度工作会议", "图2 各季度完成件数", "植树活动", "宣讲活动",
                     "137", "252", "368", "451", "302", "247", "经费构成"] {
      #expect(compact.contains(expected.filter { !$0.isWhitespace }), "\(format): \(expected) missing from the PDF text:\n\(text)")
    }
  }
}
