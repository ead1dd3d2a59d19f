import Foundation
import Testing

@testable import Gongwen

extension WordTests {
  /// The output package: untouched entries copied raw (compressed bytes as they were), same order,
  /// deterministic bytes, and a compiled template shared safely between threads.
  @Suite("Packaging") struct Packaging {
    /// A package with no tags, deflated at level 1 (Gongwen deflates at 6, so a re-deflated entry
    /// would show), with a stored image and an entry Gongwen knows nothing about.
    static func untaggedPackage() throws -> [UInt8] {
      var builder = WordPackageBuilder(
        body: (1...40).map { WordML.para("第\($0)段：本段没有标签，只有正文。Plain text paragraph number \($0).") }.joined()
          + WordML.table(WordML.tr(WordML.cell("表格") + WordML.cell("内容"))) + WordML.para(""))
      builder.headers = [WordML.para("页眉")]
      builder.includeImage = true
      builder.extraEntries = [(name: "customXml/item1.xml", bytes: Array("<?xml version=\"1.0\"?><b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"/>".utf8))]
      let writer = try ZipWriter(name: "untagged.docx", level: 1)
      for entry in builder.entries() {
        try writer.add(name: entry.name, bytes: entry.bytes, compression: entry.name.hasSuffix(".png") ? .store : .deflate)
      }
      return try writer.finish()
    }

    @Test func packageWithoutTagsIsCopiedEntryForEntry() throws {
      let template = try Self.untaggedPackage()
      let compiled = try Template(bytes: template, name: "untagged.docx")
      #expect(compiled.templatedParts.isEmpty)
      let output = try compiled.render(try DocxHarness.json("{}"))
      let before = try ZipInspector.entries(of: template), after = try ZipInspector.entries(of: output)
      #expect(after.map(\.name) == before.map(\.name))
      for (old, new) in zip(before, after) {
        #expect(new.rawData == old.rawData, "\(old.name): compressed bytes differ")
        #expect(new.crc32 == old.crc32, "\(old.name): CRC differs")
        #expect(new.compressedSize == old.compressedSize && new.size == old.size, "\(old.name): sizes differ")
        #expect(new.method == old.method, "\(old.name): method \(old.method) became \(new.method)")
      }
      let stored = try #require(after.first { $0.name == "word/media/image1.png" })
      #expect(stored.method == 0)
    }

    @Test func wordPackageFromAnotherZipWriterKeepsEntryTimesAndBytes() throws {
      try #require(PackageValidation.findExecutable("python3") != nil, "python3 is needed to write a zip with another implementation")
      let directory = try TestDirectory()
      defer { directory.remove() }
      var builder = WordPackageBuilder(body: WordML.para("没有标签的文档"))
      builder.includeImage = true
      try builder.writeFolder(to: directory.path("src"))
      let order = builder.entries().map(\.name)
      let script = """
        import sys, zipfile
        src, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
        with zipfile.ZipFile(out, 'w') as z:
            for n in names:
                info = zipfile.ZipInfo(n, date_time=(2024, 3, 1, 9, 30, 0))
                info.compress_type = zipfile.ZIP_STORED if n.endswith('.png') else zipfile.ZIP_DEFLATED
                z.writestr(info, open(src + '/' + n, 'rb').read(), compresslevel=9)
        """
      let run = try ProcessRunner.run(PackageValidation.findExecutable("python3")!,
                                      ["-c", script, directory.path("src"), directory.path("t.docx")] + order)
      try #require(run.status == 0, "python3: \(run.stderr)")
      let template = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.path("t.docx"))))
      let output = try Template(bytes: template, name: "t.docx").render(try DocxHarness.json("{}"))
      let before = try ZipInspector.entries(of: template), after = try ZipInspector.entries(of: output)
      #expect(after.map(\.name) == order)
      for (old, new) in zip(before, after) {
        #expect(new.rawData == old.rawData, "\(old.name): compressed bytes differ")
        #expect(new.crc32 == old.crc32)
        #expect(new.dosDate == old.dosDate && new.dosTime == old.dosTime, "\(old.name): modification time changed")
      }
    }

    @Test func onlyTemplatedPartsAreRewritten() throws {
      var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      builder.headers = [WordML.para("页眉不变")]
      let template = try builder.build()
      let output = try DocxHarness.render(builder, #"{"name": "张三"}"#)
      let before = try ZipInspector.entries(of: template), after = try ZipInspector.entries(of: output.bytes)
      #expect(after.map(\.name) == before.map(\.name))
      for (old, new) in zip(before, after) where old.name != "word/document.xml" {
        #expect(new.rawData == old.rawData, "\(old.name) was rewritten")
      }
      let document = try #require(after.first { $0.name == "word/document.xml" })
      #expect(document.method == 8)
      #expect(try output.paragraphTexts() == ["张三"])
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
      var builder = WordPackageBuilder(
        body: WordML.para("{{#items}}") + WordML.p(WordML.drawing(id: 1) + WordML.r("{{name}}")) + WordML.para("{{/items}}")
          + WordML.para("{{#s}}") + WordML.para("{{a}}", pPr: WordML.listPPr(numId: 1)) + WordML.para("{{b}}", pPr: WordML.listPPr(numId: 1))
          + WordML.para("{{/s}}"))
      builder.includeImage = true
      builder.numbering = WordML.abstractNum(0) + WordML.num(1, abstract: 0)
      let template = try DocxHarness.template(builder)
      let data = try DocxHarness.json(#"{"items": [{"name": "甲"}, {"name": "乙"}], "s": [{"a": 1, "b": 2}, {"a": 3, "b": 4}]}"#)
      let first = try template.render(data)
      let second = try template.render(data)
      #expect(first == second)
      // The per-render state (numbering instances, drawing ids) starts afresh each time.
      let output = try RenderedPackage(second)
      #expect(try output.attributeValues(W.docPr, W.id) == ["2", "3"])
      #expect(try output.paragraphs().compactMap(\.numID) == ["2", "2", "3", "3"])
    }

    @Test func renderingFromFourThreadsGivesIndependentResults() throws {
      let body = WordML.para("{{name}}") + WordML.para("{{#items}}") + WordML.para("{{name}}-{{.}}") + WordML.para("{{/items}}")
      let template = try DocxHarness.template(WordPackageBuilder(body: body))
      let inputs = try (0..<4).map { index in
        try DocxHarness.json("{\"name\": \"线程\(index)\", \"items\": [\((0...index).map { "\"\($0)\"" }.joined(separator: ","))]}")
      }
      let expected = try inputs.map { try template.render($0) }
      let results = ResultBox(count: 4 * 8)
      DispatchQueue.concurrentPerform(iterations: 4 * 8) { iteration in
        let index = iteration % 4
        results.set(iteration, Result { try template.render(inputs[index]) })
      }
      for iteration in 0..<(4 * 8) {
        let index = iteration % 4
        let bytes = try #require(results.get(iteration)).get()
        #expect(bytes == expected[index], "iteration \(iteration) differs from a sequential render")
        let texts = try RenderedPackage(bytes).paragraphTexts()
        #expect(texts == ["线程\(index)"] + (0...index).map { "线程\(index)-\($0)" })
      }
    }

    /// Results written from several threads.
    final class ResultBox: @unchecked Sendable {
      private var results: [Result<[UInt8], Error>?]
      private let lock = NSLock()
      init(count: Int) { results = Array(repeating: nil, count: count) }
      func set(_ index: Int, _ result: Result<[UInt8], Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
      }
      func get(_ index: Int) -> Result<[UInt8], Error>? {
        lock.lock()
        defer { lock.unlock() }
        return results[index]
      }
    }

    @Test func renderToFileWritesAtomicallyAndRefusesTheTemplatePath() throws {
      let directory = try TestDirectory()
      defer { directory.remove() }
      let templatePath = directory.path("template.docx")
      let builder = WordPackageBuilder(body: WordML.para("{{name}}"))
      let bytes = try builder.build()
      try Data(bytes).write(to: URL(fileURLWithPath: templatePath))
      let template = try Template(path: templatePath)
      #expect(template.format == .docx)
      try template.render(try DocxHarness.json(#"{"name": "张三"}"#), to: directory.path("out.docx"))
      #expect(directory.contents() == ["out.docx", "template.docx"])
      #expect(try RenderedPackage([UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.path("out.docx"))))).paragraphTexts() == ["张三"])
      #expect {
        try template.render(try DocxHarness.json(#"{"name": "张三"}"#), to: templatePath)
      } throws: { error in
        (error as? PackageError)?.kind == .wouldOverwriteInput
      }
      #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: templatePath))) == bytes)
      #expect(directory.contents() == ["out.docx", "template.docx"])
    }
  }
}

extension WordTests.Packaging {
  /// Replaces the main document's content type in a built package.
  static func withMainContentType(_ type: String, extra: [(name: String, bytes: [UInt8])] = []) throws -> [UInt8] {
    var builder = WordPackageBuilder(body: WordML.para("{{name}}"))
    builder.extraEntries = extra
    let writer = try ZipWriter()
    for entry in builder.entries() {
      var bytes = entry.bytes
      if entry.name == "[Content_Types].xml" {
        let text = String(decoding: bytes, as: UTF8.self)
          .replacingOccurrences(of: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", with: type)
        bytes = Array(text.utf8)
      }
      try writer.add(name: entry.name, bytes: bytes)
    }
    return try writer.finish()
  }

  @Test func renderingAWordTemplateFileGivesADocumentContentType() throws {
    // A .dotx's main part is `template.main+xml`; the rendered file is saved as .docx, which Word
    // only opens with `document.main+xml`.
    let dotx = try Self.withMainContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
    let template = try Template(bytes: dotx, name: "公文.dotx")
    #expect(template.format == .docx)
    let output = try RenderedPackage(try template.render(try DocxHarness.json(#"{"name": "甲"}"#)))
    let types = try output.string("[Content_Types].xml")
    #expect(types.contains("wordprocessingml.document.main+xml"), "the output still declares a template main part")
    #expect(!types.contains("wordprocessingml.template.main+xml"))
    #expect(try output.paragraphTexts() == ["甲"])
  }

  @Test func macroEnabledTemplateIsRefusedAsActiveContent() throws {
    let docm = try Self.withMainContentType("application/vnd.ms-word.document.macroEnabled.main+xml",
                                            extra: [(name: "word/vbaProject.bin", bytes: [0xD0, 0xCF, 0x11, 0xE0])])
    #expect {
      try Template(bytes: docm, name: "宏.docm")
    } throws: { error in
      (error as? PackageError)?.kind == .activeContent
    }
  }
}
