import Foundation
import Gongwen
import Testing

/// The library as a Swift program sees it: `import Gongwen` alone (no `@testable`), through `LibraryUsage`.
/// Rendered documents are read back with `DocumentText`, which uses the package's own archive and XML
/// layers (test-only; `LibraryUsage` itself is checked to use public API only).
@Suite struct LibrarySurfaceTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../GongwenTests/Fixtures").standardizedFileURL.path

  /// A Word package (the fixtures' Word 2016 base) whose body is the given paragraphs, packed into `folder`.
  static func template(_ paragraphs: [String], in folder: String) throws -> String {
    let unpacked = folder + "/unpacked"
    try FileManager.default.copyItem(atPath: fixtures + "/base/docx", toPath: unpacked)
    let documentPath = unpacked + "/word/document.xml"
    let document = try String(contentsOfFile: documentPath, encoding: .utf8)
    guard let bodyStart = document.range(of: "<w:body>"), let sectionStart = document.range(of: "<w:sectPr") else {
      throw CocoaError(.fileReadCorruptFile)
    }
    let body = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
    let rewritten = document[..<bodyStart.upperBound] + body + document[sectionStart.lowerBound...]
    try String(rewritten).write(toFile: documentPath, atomically: true, encoding: .utf8)
    let path = folder + "/template.docx"
    try PackageFolder.pack(folder: unpacked, to: path)
    return path
  }

  static func folder() throws -> String {
    let path = NSTemporaryDirectory() + "gongwen-api-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func rendersWithACustomFilterRegisteredInTheOptions() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.template(["{{单位}}拨款{{金额 | 元}}。"], in: folder)
    let output = try LibraryUsage.render(template: path, unit: "市财政局", amount: "12.5")
    #expect(try DocumentText.paragraphs(output) == ["市财政局拨款12.5元。"])
  }

  @Test func checkRunsTheCustomFilterAndReportsItsFailureAsADiagnostic() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.template(["{{单位}}拨款{{金额 | 元}}。"], in: folder)
    let good = try LibraryUsage.check(template: path, data: ["单位": "甲", "金额": 3])
    #expect(good.passed && good.ids.isEmpty)
    let bad = try LibraryUsage.check(template: path, data: ["单位": "甲", "金额": "三"])
    #expect(!bad.passed)
    #expect(bad.ids == ["filter_failed"])
    #expect(bad.texts.first?.contains("not a number: 三") == true)
  }

  @Test func inspectListsTheNamesAndFiltersAndASkeleton() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.template(["{{单位}}拨款{{金额 | 元}}。", "{{#同比 > 0}}增长{{/}}"], in: folder)
    let found = try LibraryUsage.inspect(template: path)
    #expect(Set(found.names) == ["单位", "金额", "同比"])
    #expect(found.filters == ["元"])
    #expect(found.skeleton.contains("单位:") && found.skeleton.contains("同比:"))
  }

  @Test func batchWritesOneDocumentPerUnitRow() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.template(["{{单位}}拨款{{金额 | 元}}。"], in: folder)
    let table = folder + "/units.csv"
    try "单位,金额\n市财政局,12.5\n市教育局,8\n".write(toFile: table, atomically: true, encoding: .utf8)
    let summary = try LibraryUsage.batch(template: path, units: table, into: folder + "/out")
    #expect(summary.written == 2 && summary.failed == 0, "\(summary.outcomes)")
    let written = try DocumentText.paragraphs(try fileBytes(folder + "/out/市教育局-报告.docx"))
    #expect(written == ["市教育局拨款8元。"])
  }

  @Test func aBrokenTemplateComesBackAsDiagnosticsWithIdFileAndPlace() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try Self.template(["{{#单位}}没有结束"], in: folder)
    let diagnostics = LibraryUsage.diagnostics(opening: path)
    #expect(diagnostics.map(\.id) == ["unclosed_section"])
    #expect(diagnostics.first?.json["file"] == path)
    #expect(diagnostics.first?.json["part"] == "word/document.xml")
    #expect(diagnostics.first?.text.contains("error") == true)
  }
}
