import Foundation
import Testing

@testable import Gongwen

/// The data skeleton names every field a template needs, in a shape that renders once filled in.
struct SkeletonTests {
  static let repository = ShippedTemplateTests.repository

  func skeleton(_ body: String) throws -> DataSkeleton {
    DataSkeleton(try DocxHarness.template(WordPackageBuilder(body: body)).outline)
  }

  @Test func shapesFollowTheTags() throws {
    let rows = WordML.tr(WordML.cell("{{#活动}}{{名称}}") + WordML.cell("{{日期 | date:\"cn\"}}{{/活动}}"))
    let body = WordML.para("{{标题}}") + WordML.para("{{统计.人数 | number:\"#,##0\"}}") + WordML.table(rows)
      + WordML.para("{{#附件}}{{.}}{{/附件}}") + WordML.para("{{#有附注}}附注{{/有附注}}")
      + WordML.para("{{^暂无}}有{{/暂无}}") + WordML.para("{{备注 | default:\"无\"}}") + WordML.para("{{>正文}}")
    let fields = try skeleton(body).fields
    #expect(Array(fields.keys) == ["标题", "统计", "活动", "附件", "有附注", "暂无", "备注", "正文"])
    #expect(fields["标题"]?.shape == .text)
    guard case .object(let stats)? = fields["统计"]?.shape else { Issue.record("统计 is not an object"); return }
    #expect(stats["人数"]?.shape == .number)
    guard case .items(let item)? = fields["活动"]?.shape else { Issue.record("活动 is not a list of items"); return }
    #expect(Array(item.keys) == ["名称", "日期"])
    #expect(item["日期"]?.shape == .date)
    #expect(item["名称"]?.places == ["word/document.xml ¶3 (table 1, row 1, cell 1)"])
    #expect(fields["附件"]?.shape == .texts)
    #expect(fields["有附注"]?.shape == .condition(true))
    #expect(fields["暂无"]?.shape == .condition(false))
    #expect(fields["备注"]?.optional == true)
    #expect(fields["正文"]?.shape == .block)
  }

  @Test func expressionsAskForTheNamesTheyRead() throws {
    let body = WordML.para("同比{{#本年 >= 上年}}增长{{/}}{{abs(本年 - 上年) / 上年 | percent:1}}")
      + WordML.para("{{#类型 == \"市直\" and 重点}}是{{/}}{{[检查 次数] + 1}}")
    let template = try DocxHarness.template(WordPackageBuilder(body: body))
    let reads = template.outline.tags.first { $0.text.hasPrefix("{{abs") }?.reads
    #expect(reads == [TemplateOutline.Read(names: ["本年"], number: true), TemplateOutline.Read(names: ["上年"], number: true)])
    let fields = DataSkeleton(template.outline).fields
    #expect(Array(fields.keys) == ["本年", "上年", "类型", "重点", "检查 次数"])
    #expect(fields["本年"]?.shape == .number && fields["上年"]?.shape == .number && fields["检查 次数"]?.shape == .number)
    #expect(fields["类型"]?.shape == .condition(true))
    // As rendered, the skeleton fills every tag.
    let data = try DataLoader.parseYAML(DataSkeleton(template.outline).yaml)
    #expect(throws: Never.self) { try template.render(data) }
  }

  @Test func loopFieldsStayInTheLoopAndNumberFieldsAreNumbers() throws {
    let body = WordML.para("{{单位}}：{{#重点企业}}{{名称}}有隐患{{隐患 | cn}}处；{{/重点企业}}整改率{{整改率 | percent:1}}")
    let template = try DocxHarness.template(WordPackageBuilder(body: body))
    let skeleton = DataSkeleton(template.outline)
    guard case .items(let item)? = skeleton.fields["重点企业"]?.shape else { Issue.record("重点企业 is not a loop"); return }
    #expect(item["隐患"]?.shape == .number && skeleton.fields["隐患"] == nil)
    #expect(skeleton.fields["整改率"]?.shape == .number)
    let filled = try DataLoader.parseYAML(skeleton.yaml, file: "skeleton.yaml")
    #expect(template.check(filled).passed, "the filled skeleton renders")
  }

  @Test func yamlAndJSONReadBackAsTheSameData() throws {
    let skeleton = try skeleton(WordML.para("{{#xs}}{{a}}{{b.c | number:\"0\"}}{{/xs}}") + WordML.para("{{yes}}"))
    let yaml = try DataLoader.parseYAML(skeleton.yaml, file: "skeleton.yaml")
    let json = try DataLoader.parseJSON(skeleton.json)
    #expect(yaml == json)
    #expect(skeleton.yaml.contains("# word/document.xml ¶1"))
    #expect(skeleton.yaml.contains("\"yes\": \"\""))
    guard case .list(let items)? = json["xs"], case .object(let item)? = items.first else {
      Issue.record("xs is not a list of objects: \(json)")
      return
    }
    #expect(Array(item.keys) == ["a", "b"])
  }

  /// A folder holding the skeleton's picture, `image.png`, as the user would put one beside the data.
  static let pictureFolder: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-skeleton-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(TestImages.png(width: 60, height: 40)).write(to: folder.appendingPathComponent("image.png"))
    return folder.path
  }()

  static func shippedTemplate(_ file: String) throws -> Template {
    try Template(path: repository.appendingPathComponent("templates/\(file)").path,
                 options: TemplateOptions(baseDirectory: pictureFolder))
  }

  @Test(arguments: ShippedTemplateTests.shipped)
  func shippedSkeletonFillsEveryTag(_ file: String) throws {
    let template = try Self.shippedTemplate(file)
    let skeleton = DataSkeleton(template.outline)
    for text in [skeleton.yaml, skeleton.json] {
      let data = try DataLoader.parseYAML(text, file: "skeleton")
      let report = template.check(data)
      #expect(report.errors.isEmpty, "\(file): \(report.errors.map(\.description))")
      #expect(report.warnings.isEmpty)
    }
  }

  /// Every shipped template renders its filled skeleton to a valid document.
  @Test(arguments: ShippedTemplateTests.shipped)
  func filledSkeletonRenders(_ file: String) throws {
    let template = try Self.shippedTemplate(file)
    let yaml = DataSkeleton(template.outline).yaml
      .replacingOccurrences(of: "单位: \"\"", with: "单位: \"某某局\"")
      .replacingOccurrences(of: "标题: \"\"", with: "标题: \"关于某事的通知\"")
    let output = try template.render(try DataLoader.parseYAML(yaml, file: "filled.yaml"))
    try PackageValidation.expectValid(output)
    let part = file.hasSuffix("docx") ? "word/document.xml" : "content.xml"
    let text = String(decoding: try #require(try ZipArchive(bytes: output, name: "out").read(named: part)), as: UTF8.self)
    #expect(text.contains(file.hasPrefix("party-building") ? "某某局党组" : "关于某事的通知"))
  }
}
