import Foundation
import Testing

@testable import Gongwen

extension ArchiveTests {
  @Suite struct ZipArchiveRejectionTests {
    typealias Support = ArchiveTestSupport

    static let sample: [(String, [UInt8], ZipWriter.Compression)] = [
      ("stored.txt", Array("hello, stored world".utf8), .store),
      ("deflated.xml", Support.sampleXML(size: 20_000), .deflate),
    ]

    @Test func opensFromPathAndReportsMissingFiles() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try Support.writeFile(directory + "/ok.zip", try Support.makeZip(Self.sample))
      let archive = try ZipArchive(path: directory + "/ok.zip")
      #expect(archive.name == directory + "/ok.zip")
      #expect(try archive.read(named: "deflated.xml") == Self.sample[1].1)
      #expect(try archive.read(named: "DEFLATED.xml") == nil, "lookup is exact")
      #expect(try archive.read(named: "absent.xml") == nil)
      let missing = Support.expectArchiveError(.io) { _ = try ZipArchive(path: directory + "/none.zip") }
      #expect(missing?.description == "\(directory)/none.zip: cannot open: no such file or folder")
      Support.expectArchiveError(.io) { _ = try ZipArchive(path: directory) }
    }

    @Test func rejectsWhatIsNotAZip() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try Support.writeFile(directory + "/text.docx", Array("just some text, long enough to look for a zip end".utf8))
      try Support.writeFile(directory + "/empty.docx", [])
      let error = Support.expectArchiveError(.notAZip) { _ = try ZipArchive(path: directory + "/text.docx") }
      #expect(error?.description == "\(directory)/text.docx: not a zip archive")
      Support.expectArchiveError(.notAZip) { _ = try ZipArchive(path: directory + "/empty.docx") }
      Support.expectArchiveError(.notAZip) { _ = try ZipArchive(bytes: [], name: "empty") }
      Support.expectArchiveError(.notAZip) { _ = try ZipArchive(bytes: Array(repeating: 7, count: 1000), name: "x") }
    }

    @Test(arguments: [0.5, 0.9, 0.99])
    func rejectsTruncatedArchive(keeping fraction: Double) throws {
      let bytes = try Support.makeZip(Self.sample)
      let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
      Support.expectArchiveError(.truncated) { _ = try ZipArchive(bytes: cut, name: "cut.zip") }
    }

    @Test func reportsDamagedStoredDataAsCorruptOnRead() throws {
      let bytes = Support.patch(
        try Support.makeZip(Self.sample), Array("stored world".utf8), Array("STORED world".utf8))
      let archive = try ZipArchive(bytes: bytes, name: "bad.zip")
      let error = Support.expectArchiveError(.corrupt) { _ = try archive.read(named: "stored.txt") }
      #expect(error?.entry == "stored.txt")
      #expect(error?.description.hasPrefix("bad.zip: stored.txt: ") == true)
      #expect(try archive.read(named: "deflated.xml") == Self.sample[1].1, "other entries still readable")
    }

    @Test func reportsDamagedDeflateDataAsCorruptOnRead() throws {
      var bytes = try Support.makeZip([("d.xml", Support.sampleXML(size: 20_000), .deflate)])
      let archive0 = try ZipArchive(bytes: bytes, name: "ok.zip")
      let dataStart = 30 + "d.xml".utf8.count
      let middle = dataStart + Int(archive0.entries[0].compressedSize) / 2
      for offset in middle..<(middle + 8) {
        bytes[offset] ^= 0x5A
      }
      let archive = try ZipArchive(bytes: bytes, name: "bad.zip")
      Support.expectArchiveError(.corrupt) { _ = try archive.read(archive.entries[0]) }
    }

    @Test func rejectsEncryptedEntry() throws {
      // Set bit 0 ("encrypted") of the general purpose flags in the local and central headers.
      var bytes = try Support.makeZip([("secret.txt", Array("not really encrypted".utf8), .store)])
      for offset in Support.offsets(of: Support.localHeaderSignature, in: bytes) {
        bytes[offset + 6] |= 1
      }
      for offset in Support.offsets(of: Support.centralHeaderSignature, in: bytes) {
        bytes[offset + 8] |= 1
      }
      let error = Support.expectArchiveError(.encrypted) { _ = try ZipArchive(bytes: bytes, name: "enc.zip") }
      #expect(error?.entry == "secret.txt")
    }

    @Test(arguments: [
      ("qq/x", "../x"), ("qabs", "/abs"), ("aqb", "a\\b"), ("Cqx", "C:x"), ("cqx", "c:x"),
      ("x/qq/y", "x/../y"), ("x/qq", "x/.."), ("aqc", "a\u{1}c"), ("aqc", "a\u{7F}c"),
    ])
    func rejectsUnsafeEntryName(safe: String, hostile: String) throws {
      let base = try Support.makeZip([("ok.txt", [1], .store), (safe, [2], .deflate)])
      let bytes = Support.patch(base, Array(safe.utf8), Array(hostile.utf8))
      Support.expectArchiveError(.unsafeEntryName) { _ = try ZipArchive(bytes: bytes, name: "evil.zip") }
    }

    @Test func rejectsNULInsideANameFromBytesAndFromAFile() throws {
      // libzip hands out "a b" for the name "a\0b": the raw central directory is read to see the NUL.
      let bytes = Support.patch(try Support.makeZip([("ok.txt", [1], .store), ("aqb.xml", [2], .deflate)]),
                                Array("aqb".utf8), [0x61, 0x00, 0x62])
      let error = Support.expectArchiveError(.unsafeEntryName) { _ = try ZipArchive(bytes: bytes, name: "nul.zip") }
      #expect(error?.description == "nul.zip: a\\u{0}b.xml: entry name contains a NUL byte (entry #1)")
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      try Data(bytes).write(to: URL(fileURLWithPath: directory + "/nul.zip"))
      Support.expectArchiveError(.unsafeEntryName) { _ = try ZipArchive(path: directory + "/nul.zip") }
    }

    @Test func rejectsNamesThatAreNotUTF8() throws {
      // Without the UTF-8 flag libzip would silently decode the name as CP437: we refuse it instead.
      let plain = Support.patch(try Support.makeZip([("qq.txt", [1], .store)]), Array("qq".utf8), [0xFF, 0xFE])
      Support.expectArchiveError(.unsafeEntryName) { _ = try ZipArchive(bytes: plain, name: "cp437.zip") }
      // With the UTF-8 flag set (non-ASCII name), libzip itself refuses the archive at open.
      let flagged = Support.patch(try Support.makeZip([("é.txt", [1], .store)]), Array("é".utf8), [0xFF, 0xFE])
      #expect(throws: ArchiveError.self) { _ = try ZipArchive(bytes: flagged, name: "bad-utf8.zip") }
    }

    @Test func acceptsOrdinaryUnicodeAndNestedNames() throws {
      let names = ["mimetype", "META-INF/manifest.xml", "文档/图片 1.png", "a/./b.xml", "dir/", "x..y/z"]
      let bytes = try Support.makeZip(names.map { ($0, Array($0.utf8), .deflate) })
      let archive = try ZipArchive(bytes: bytes, name: "ok.zip")
      #expect(archive.entries.map(\.name) == names)
      #expect(archive.entry(named: "dir/")?.isDirectory == true)
      #expect(archive.entry(named: "mimetype")?.isDirectory == false)
    }

    @Test(arguments: [
      ("A.txt", "b.txt", "a.txt"), ("Ä.txt", "ö.txt", "ä.txt"), ("a.txt", "b.txt", "a.txt"),
    ])
    func rejectsDuplicateNames(first: String, placeholder: String, duplicate: String) throws {
      let base = try Support.makeZip([(first, [1], .store), (placeholder, [2], .store)])
      let bytes = Support.patch(base, Array(placeholder.utf8), Array(duplicate.utf8))
      Support.expectArchiveError(.duplicateEntryName) { _ = try ZipArchive(bytes: bytes, name: "dup.zip") }
    }

    @Test func rejectsTooManyEntries() throws {
      let bytes = try Support.makeZip((0..<4).map { ("f\($0)", [UInt8($0)], .store) })
      var limits = ArchiveLimits()
      limits.maxEntries = 3
      let error = Support.expectArchiveError(.tooManyEntries) {
        _ = try ZipArchive(bytes: bytes, name: "many.zip", limits: limits)
      }
      #expect(error?.description == "many.zip: archive has 4 entries, more than the limit of 3")
      limits.maxEntries = 4
      #expect(try ZipArchive(bytes: bytes, name: "many.zip", limits: limits).entries.count == 4)
    }
  }
}
