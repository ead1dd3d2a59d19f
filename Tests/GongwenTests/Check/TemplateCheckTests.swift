import Foundation
import Testing

@testable import Gongwen

/// `Template.check` reports every problem the data would cause, at once, with hints, and writes nothing.
struct TemplateCheckTests {
  static let repository = ShippedTemplateTests.repository

  static func sample(_ name: String) throws -> Value {
    try DataLoader.load(path: repository.appendingPathComponent("samples/\(name)").path)
  }

  @Test(arguments: ShippedTemplateTests.shipped)
  func shippedSamplesPass(_ file: String) throws {
    let name = String(file.prefix { $0 != "." })
    let sample = name == "party-building-report" ? "party-building-2022.yaml" : "\(name).yaml"
    let options = TemplateOptions(baseDirectory: Self.repository.appendingPathComponent("samples").path)
    let template = try Template(path: Self.repository.appendingPathComponent("templates/\(file)").path, options: options)
    let report = template.check(try Self.sample(sample))
    #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
    #expect(report.unusedKeys.isEmpty, "\(report.unusedKeys)")
  }

  /// A misspelled key, a list of objects where text is printed, and an object's member given as text.
  @Test(arguments: ["docx", "odt"])
  func threeMistakesAreAllReportedWithHints(_ format: String) throws {
    guard case .object(var data) = try Self.sample("party-building-2022.yaml") else {
      Issue.record("the sample is not an object")
      return
    }
    data["单位名"] = data.removeValue(forKey: "单位")
    data["年度"] = .list([DocxHarness.object(["年": .string("2022")])])
    data["学习"] = .number(NumberValue(5))
    let template = try Template(path: Self.repository.appendingPathComponent("templates/party-building-report.\(format)").path)
    let report = template.check(.object(data))
    let kinds = Set(report.errors.map(\.kind.id))
    #expect(kinds == ["missing_value", "wrong_type"])
    let missingUnit = report.errors.filter { $0.kind == .missingValue("单位") }
    #expect(!missingUnit.isEmpty)
    #expect(missingUnit.allSatisfy { $0.hint == "did you mean {{单位名}}?" })
    #expect(report.errors.contains { $0.kind == .wrongType(path: "年度", expected: "text", found: "list of objects") })
    let study = report.errors.filter { $0.kind == .missingValue("学习.中心组学习次数") }
    #expect(study.count == 1 && study.first?.hint == "'学习' is a number in the data, not an object")
    #expect(report.errors.allSatisfy { $0.location?.paragraph ?? 0 > 0 })
    #expect(report.unusedKeys.map(\.key) == ["单位名"])
    #expect(report.unusedKeys.first?.suggestion == "单位")
  }

  /// Block values are judged by the format that would build them, as in a render.
  @Test(arguments: ["docx", "odt"])
  func badBlockValueIsReported(_ format: String) throws {
    let template = try Template(path: Self.repository.appendingPathComponent("templates/notice.\(format)").path)
    guard case .object(var data) = try Self.sample("notice.yaml") else {
      Issue.record("the sample is not an object")
      return
    }
    data["正文"] = .list([.string("第一段"), DocxHarness.object(["表格": .number(NumberValue(3))])])
    data["印章"] = nil
    let report = template.check(.object(data))
    #expect(report.errors.count == 1)
    #expect(report.errors.first?.tagText == "{{>正文}}")
    if case .invalidValue(let path, _)? = report.errors.first?.kind { #expect(path == "正文[1].表格") } else {
      Issue.record("not an invalid value: \(report.errors)")
    }
  }

  @Test func textUnderANumberFilterIsReported() throws {
    let builder = WordPackageBuilder(body: WordML.para("共{{金额 | number:\"#,##0.00\"}}元，{{人数 | cn}}人"))
    let report = try DocxHarness.template(builder).check(try DocxHarness.json(#"{"金额": "一百", "人数": 12}"#))
    #expect(report.errors.map(\.kind.id) == ["filter_failed"])
    #expect(report.errors.first?.tagText == "{{金额 | number:\"#,##0.00\"}}")
  }

  /// Pictures are read from the template's base directory (the data file's folder on the command line)
  /// by the format itself, so a check says what a render would.
  @Test func picturesAreReadAsARenderReadsThem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(TestImages.png(width: 40, height: 30)).write(to: folder.appendingPathComponent("img/seal.png"))
    try Data("not a picture".utf8).write(to: folder.appendingPathComponent("img/fake.png"))
    let body = ["印章", "照片", "假图", "图"].map { WordML.para("{{%\($0)}}") }.joined()
    let options = TemplateOptions(baseDirectory: folder.path)
    let template = try Template(bytes: try WordPackageBuilder(body: body).build(), name: "t.docx", options: options)
    let data = try DocxHarness.json(#"{"印章": "img/seal.png", "照片": {"path": "img/photo.jpg"}, "假图": "img/fake.png", "图": 3}"#)
    let report = template.check(data)
    var renderErrors: [TemplateError] = []
    do { _ = try template.render(data) } catch let errors as TemplateErrors { renderErrors = errors.errors }
    #expect(report.errors.count == 3)
    #expect(report.errors.map(\.tagText) == ["{{%照片}}", "{{%假图}}", "{{%图}}"])
    #expect(report.errors.map(\.kind) == renderErrors.map(\.kind))
    #expect(report.errors.first?.message.contains("photo.jpg") == true)
  }

  @Test func allowMissingAcceptsMissingValues() throws {
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{a}}{{b}}")))
    #expect(!template.check(try DocxHarness.json(#"{"a": 1}"#)).passed)
    #expect(template.check(try DocxHarness.json(#"{"a": 1}"#), options: RenderOptions(allowMissing: true)).passed)
  }
}
