import Foundation
import Testing

@testable import Gongwen

/// Every input of the hostile corpus gives exactly its error (stable id, part, message naming the
/// file), and nothing is written: no output file, no temporary file left, the template untouched.
@Suite("Hostile input corpus")
struct HostileCorpusTests {
  @Test func corpusIsComplete() {
    #expect(HostileCase.all.count >= 40)
    #expect(Set(HostileCase.all.map(\.file)).count == HostileCase.all.count)
    for item in HostileCase.all {
      #expect(FileManager.default.fileExists(atPath: item.path), "\(item.file) is listed but missing")
    }
  }

  /// Copies the input into a fresh folder, renders it to `out.docx` there, and checks the outcome.
  @Test(arguments: HostileCase.templates)
  func templateIsRefusedAndNothingIsWritten(_ item: HostileCase) throws {
    let folder = try ArchiveTestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let templatePath = folder + "/" + item.file
    try FileManager.default.copyItem(atPath: item.path, toPath: templatePath)
    let original = try Data(contentsOf: URL(fileURLWithPath: templatePath))
    let output = folder + "/out." + (item.file.hasSuffix(".odt") ? "odt" : "docx")
    let data = try DocxHarness.json(#"{"name": "张三"}"#)
    do {
      try Template(path: templatePath).render(data, to: output)
      #expect(item.id == "ok", "\(item.file) was accepted; expected \(item.id)")
      let rendered = try RenderedPackage([UInt8](try Data(contentsOf: URL(fileURLWithPath: output))))
      for entry in rendered.archive.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
        let text = try rendered.string(entry.name)
        for word in item.absent ?? [] { #expect(!text.contains(word), "\(entry.name) still holds \(word)") }
      }
    } catch {
      let diagnostic = try #require(Diagnostics.from(error).first)
      #expect(diagnostic.id == item.id, "\(item.file): \(diagnostic.text)")
      #expect(diagnostic.text.contains(templatePath), "the message names the template: \(diagnostic.text)")
      if let part = item.part { #expect(diagnostic.fields["part"] == part, "\(diagnostic.text)") }
      for word in item.contains ?? [] { #expect(diagnostic.text.contains(word), "\(diagnostic.text)") }
      let listing = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(listing == [item.file], "nothing may be written beside the template: \(listing)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: templatePath)) == original, "the template was changed")
  }

  @Test(arguments: HostileCase.dataFiles)
  func dataFileIsRefusedWithItsPlace(_ item: HostileCase) throws {
    let original = try Data(contentsOf: URL(fileURLWithPath: item.path))
    do {
      let value = try DataLoader.load(path: item.path)
      #expect(item.id == "ok", "\(item.file) was accepted; expected \(item.id)")
      let template = try Template(path: HostileCase.validTemplate)
      let output = try RenderedPackage(try template.render(value))
      #expect(try output.paragraphTexts().first?.count == 20_000)
    } catch let error as DataError {
      #expect(item.id == "data_error", "\(item.file): \(error)")
      #expect(error.file == item.path)
      #expect(error.description.hasPrefix(item.path), "the message names the file: \(error)")
      if let line = item.line { #expect(error.line == line, "\(error)") }
      if let column = item.column { #expect(error.column == column, "\(error)") }
      for word in item.contains ?? [] { #expect(error.description.contains(word), "\(error)") }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: item.path)) == original)
  }
}
