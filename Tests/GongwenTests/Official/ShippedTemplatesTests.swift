import Foundation
import Testing

@testable import Gongwen

/// Shipped templates are found by name in an installed layout and in the source tree.
struct ShippedTemplatesTests {
  @Test func installedLayoutIsSearchedBesideTheExecutable() throws {
    let dir = try TestDirectory()
    defer { dir.remove() }
    try FileManager.default.createDirectory(atPath: dir.path("bin"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir.path("share/gongwen/templates"), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: dir.path("share/gongwen/templates/report.odt"), contents: Data([1]))
    let found = try ShippedTemplates.locate("report", format: .odt, executable: dir.path("bin/gongwen"))
    #expect(URL(fileURLWithPath: found).standardizedFileURL.path
      == URL(fileURLWithPath: dir.path("share/gongwen/templates/report.odt")).standardizedFileURL.path)
    let path = ShippedTemplates.searchPath(executable: dir.path("bin/gongwen"))
    #expect(path.contains(URL(fileURLWithPath: dir.path("share/gongwen/templates")).standardizedFileURL.path))
    #expect(path.last == URL(fileURLWithPath: "templates").standardizedFileURL.path)
  }

  @Test func sourceTreeBuildFindsTheRepositoryTemplatesAndPathsPassThrough() throws {
    let executable = ShippedTemplateTests.repository.appendingPathComponent(".build/debug/gongwen").path
    let found = try ShippedTemplates.locate("notice", format: .docx, executable: executable)
    #expect(found == ShippedTemplateTests.repository.appendingPathComponent("templates/notice.docx").path)
    #expect(try ShippedTemplates.locate("a/b.odt", format: .docx) == "a/b.odt")
  }
}
