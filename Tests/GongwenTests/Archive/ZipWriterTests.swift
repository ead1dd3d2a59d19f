import Foundation
import Testing

@testable import Gongwen

extension ArchiveTests {
  @Suite struct ZipWriterTests {
    typealias Support = ArchiveTestSupport

    @Test func roundTripKeepsOrderContentAndMethods() throws {
      let parts: [(String, [UInt8], ZipWriter.Compression)] = [
        ("zeta.xml", Support.sampleXML(size: 5000), .deflate),
        ("alpha/stored.bin", Array(0...255), .store),
        ("empty.txt", [], .deflate),
        ("文档/é.xml", Array("中文内容".utf8), .deflate),
        ("beta.xml", Support.sampleXML(size: 70_000), .store),
      ]
      let bytes = try Support.makeZip(parts)
      let archive = try ZipArchive(bytes: bytes, name: "round.zip")
      #expect(archive.entries.map(\.name) == parts.map(\.0))
      #expect(archive.entries.map(\.index) == Array(0..<parts.count))
      #expect(archive.entries.map(\.isStored) == parts.map { $0.2 == .store })
      for (name, content, _) in parts {
        #expect(try archive.read(named: name) == content, "\(name)")
        #expect(archive.entry(named: name)?.size == UInt64(content.count))
      }
      let python = try Support.pythonList(bytes)
      #expect(python.map(\.name) == parts.map(\.0))
      #expect(python.map(\.method) == parts.map { $0.2 == .store ? 0 : 8 })
    }

    @Test func mimetypeIsFirstStoredWithoutExtraField() throws {
      let mimetype = Array("application/vnd.oasis.opendocument.text".utf8)
      let bytes = try Support.makeZip([
        ("mimetype", mimetype, .store),
        ("content.xml", Support.sampleXML(size: 30_000), .deflate),
      ])
      let first = try #require(try Support.pythonList(bytes).first)
      #expect(first.name == "mimetype")
      #expect(first.method == 0)
      #expect(first.extra.isEmpty)
      #expect(first.localExtra.isEmpty)
      #expect(first.flags & 0x08 == 0, "no data descriptor")
      // ODF readers sniff the type at a fixed offset: "mimetype" at 30, its content at 38.
      #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
      #expect(Array(bytes[38..<(38 + mimetype.count)]) == mimetype)
    }

    @Test func outputIsReproducibleWithFixedTime() throws {
      let parts: [(String, [UInt8], ZipWriter.Compression)] = [
        ("a.xml", Support.sampleXML(size: 20_000), .deflate), ("b.bin", [1, 2, 3], .store),
      ]
      let first = try Support.makeZip(parts)
      Thread.sleep(forTimeInterval: 2.1)  // DOS times have a 2 s resolution
      let second = try Support.makeZip(parts)
      #expect(first == second)
      #expect(try Support.pythonList(first).allSatisfy { $0.dateTime == [1980, 1, 1, 0, 0, 0] })
    }

    @Test func copyRawKeepsCompressedBytesOfPythonLevel9Entry() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let content = Support.sampleXML(size: 60_000)
      let stored = Support.sampleXML(size: 9_000)
      try Support.writeFile(directory + "/content.xml", content)
      try Support.writeFile(directory + "/stored.xml", stored)
      _ = try Support.python(
        """
        import sys, zipfile
        d = sys.argv[1]
        with zipfile.ZipFile(d + '/in.zip', 'w') as z:
            stored = open(d + '/stored.xml', 'rb').read()
            content = open(d + '/content.xml', 'rb').read()
            z.writestr(zipfile.ZipInfo('stored.xml', (2019, 4, 5, 6, 7, 8)), stored,
                       compress_type=zipfile.ZIP_STORED)
            z.writestr(zipfile.ZipInfo('word/document.xml', (2021, 2, 3, 4, 5, 6)), content,
                       compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
        """, [directory])
      let input = try ZipArchive(path: directory + "/in.zip")
      let writer = try ZipWriter()
      for entry in input.entries.reversed() {
        try writer.copyRaw(entry, from: input)
      }
      let output = try writer.finish()
      let before = Dictionary(
        uniqueKeysWithValues: try Support.pythonList(try Support.readFile(directory + "/in.zip")).map { ($0.name, $0) })
      let after = try Support.pythonList(output)
      #expect(after.map(\.name) == ["word/document.xml", "stored.xml"])
      for entry in after {
        let original = try #require(before[entry.name])
        #expect(entry.method == original.method)
        #expect(entry.compressedSize == original.compressedSize)
        #expect(entry.crc == original.crc)
        #expect(entry.rawSHA256 == original.rawSHA256, "compressed bytes copied unchanged")
        #expect(entry.dateTime == original.dateTime)
      }
      // Re-deflating (at our level) would have given other bytes, so the check above is meaningful.
      let redeflated = try Support.pythonList(try Support.makeZip([("x", content, .deflate)]))[0]
      #expect(redeflated.compressedSize != before["word/document.xml"]?.compressedSize)
      let reopened = try ZipArchive(bytes: output, name: "out.zip")
      #expect(try reopened.read(named: "word/document.xml") == content)
      #expect(try reopened.read(named: "stored.xml") == stored)
      #expect(reopened.entry(named: "stored.xml")?.isStored == true)
    }

    @Test func copyRawKeepsSourceArchiveAlive() throws {
      let content = Support.sampleXML(size: 10_000)
      let writer = try ZipWriter()
      do {
        let bytes = try Support.makeZip([("part.xml", content, .deflate)])
        let source = try ZipArchive(bytes: bytes, name: "scoped.zip")
        try writer.copyRaw(source.entries[0], from: source)
      }
      let output = try writer.finish()
      #expect(try ZipArchive(bytes: output, name: "out.zip").read(named: "part.xml") == content)
    }

    @Test func mixesRawCopiesAndNewEntriesInCallOrder() throws {
      let source = try ZipArchive(
        bytes: try Support.makeZip([("a.xml", [1], .store), ("b.xml", [2], .deflate), ("c.xml", [3], .deflate)]),
        name: "template.zip")
      let writer = try ZipWriter()
      try writer.add(name: "mimetype", bytes: Array("x".utf8), compression: .store)
      try writer.copyRaw(try #require(source.entry(named: "c.xml")), from: source)
      try writer.add(name: "b.xml", bytes: [9, 9])
      try writer.copyRaw(try #require(source.entry(named: "a.xml")), from: source)
      let output = try ZipArchive(bytes: try writer.finish(), name: "out.zip")
      #expect(output.entries.map(\.name) == ["mimetype", "c.xml", "b.xml", "a.xml"])
      #expect(try output.read(named: "b.xml") == [9, 9])
      #expect(try output.read(named: "c.xml") == [3])
    }

    @Test func refusesUnsafeAndDuplicateNamesAndStaysUsable() throws {
      let writer = try ZipWriter(name: "out.docx")
      for name in ["../x", "/abs", "a\\b", "C:x", "", "a\u{7}b"] {
        Support.expectArchiveError(.unsafeEntryName) { try writer.add(name: name, bytes: [1]) }
      }
      try writer.add(name: "Word/Document.xml", bytes: [1])
      let error = Support.expectArchiveError(.duplicateEntryName) {
        try writer.add(name: "word/document.xml", bytes: [2])
      }
      #expect(
        error?.description == "out.docx: word/document.xml: entry name differs only in case from Word/Document.xml")
      let source = try ZipArchive(bytes: try Support.makeZip([("word/DOCUMENT.xml", [3], .deflate)]), name: "in.zip")
      Support.expectArchiveError(.duplicateEntryName) { try writer.copyRaw(source.entries[0], from: source) }
      try writer.add(name: "ok.xml", bytes: [4])
      let output = try ZipArchive(bytes: try writer.finish(), name: "out.zip")
      #expect(output.entries.map(\.name) == ["Word/Document.xml", "ok.xml"])
    }

    @Test func copyRawRefusesEntryOfAnotherArchive() throws {
      let one = try ZipArchive(bytes: try Support.makeZip([("a.xml", [1], .store)]), name: "one.zip")
      let two = try ZipArchive(bytes: try Support.makeZip([("b.xml", [2], .store)]), name: "two.zip")
      let writer = try ZipWriter()
      Support.expectArchiveError(.missingEntry) { try writer.copyRaw(one.entries[0], from: two) }
    }

    @Test func cannotBeUsedAfterFinish() throws {
      let writer = try ZipWriter()
      try writer.add(name: "a", bytes: [1])
      _ = try writer.finish()
      Support.expectArchiveError(.io) { _ = try writer.finish() }
      Support.expectArchiveError(.io) { try writer.add(name: "b", bytes: [2]) }
    }

    @Test func emptyWriterGivesValidEmptyArchive() throws {
      let bytes = try ZipWriter().finish()
      #expect(bytes.count == 22)
      #expect(try ZipArchive(bytes: bytes, name: "empty.zip").entries.isEmpty)
      #expect(try Support.pythonList(bytes).isEmpty)
    }
  }
}
