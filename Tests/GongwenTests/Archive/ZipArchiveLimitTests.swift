import Testing

@testable import Gongwen

extension ArchiveTests {
  @Suite struct ZipArchiveLimitTests {
    typealias Support = ArchiveTestSupport

    static let mebibyte = 1 << 20

    /// An archive with one deflated entry "z" of `size` zero bytes (ratio about 1000:1).
    static func zeros(_ size: Int) throws -> [UInt8] {
      try Support.makeZip([("z", [UInt8](repeating: 0, count: size), .deflate)])
    }

    static func limits(
      entry: UInt64 = 1 << 30, total: UInt64 = 1 << 32, ratio: UInt64 = 1 << 20
    ) -> ArchiveLimits {
      ArchiveLimits(maxEntries: 100, maxEntrySize: entry, maxTotalSize: total, maxCompressionRatio: ratio)
    }

    @Test func refusesEntryDeclaredPastItsLimitBeforeInflating() throws {
      let archive = try ZipArchive(
        bytes: try Self.zeros(2 * Self.mebibyte), name: "bomb.zip", limits: Self.limits(entry: 1 << 20))
      let error = Support.expectArchiveError(.entryTooLarge) { _ = try archive.read(named: "z") }
      #expect(error?.description == "bomb.zip: z: entry declares 2 MiB, past the 1 MiB limit")
      let exact = try ZipArchive(
        bytes: try Self.zeros(2 * Self.mebibyte), name: "ok.zip", limits: Self.limits(entry: 2 << 20))
      #expect(try exact.read(named: "z")?.count == 2 * Self.mebibyte, "a limit equal to the size is allowed")
    }

    @Test func ignoresLyingDeclaredSize() throws {
      // Declare 100 bytes (local and central headers) for an entry inflating to 2 MiB.
      let honest = try Self.zeros(2 * Self.mebibyte)
      let lying = Support.patch(honest, [0x00, 0x00, 0x20, 0x00], [100, 0, 0, 0])
      let archive = try ZipArchive(bytes: lying, name: "liar.zip", limits: Self.limits(entry: 1 << 20))
      #expect(archive.entries[0].size == 100)
      // Inflating stops as soon as it passes the declared size: memory never exceeds what the header admits.
      let error = Support.expectArchiveError(.corrupt) { _ = try archive.read(named: "z") }
      #expect(error?.detail == "entry inflates past the 100 bytes its header declares")
      // An entry inflating to less than it declares is damaged too (libzip itself only checks the CRC).
      let short = Support.patch(honest, [0x00, 0x00, 0x20, 0x00], [0x00, 0x00, 0x30, 0x00])
      let relaxed = try ZipArchive(bytes: short, name: "liar.zip", limits: Self.limits())
      let shortError = Support.expectArchiveError(.corrupt) { _ = try relaxed.read(named: "z") }
      #expect(shortError?.detail == "entry inflates to 2097152 bytes but declares 3145728")
    }

    @Test func stopsExcessiveCompressionRatio() throws {
      let bytes = try Self.zeros(4 * Self.mebibyte)
      let strict = try ZipArchive(bytes: bytes, name: "bomb.zip", limits: Self.limits(ratio: 100))
      let error = Support.expectArchiveError(.compressionRatio) { _ = try strict.read(named: "z") }
      #expect(error?.detail.hasPrefix("entry inflates more than 100 times its compressed size") == true)
      let relaxed = try ZipArchive(bytes: bytes, name: "bomb.zip", limits: Self.limits(ratio: 2_000))
      #expect(try relaxed.read(named: "z")?.count == 4 * Self.mebibyte)
    }

    @Test func allowsHighRatioBelowCheckThreshold() throws {
      // 512 KiB of zeros compress about 1000:1, but stay under the 1 MiB threshold.
      let archive = try ZipArchive(bytes: try Self.zeros(512 << 10), name: "small.zip", limits: Self.limits(ratio: 10))
      #expect(try archive.read(named: "z")?.count == 512 << 10)
      var lowThreshold = Self.limits(ratio: 10)
      lowThreshold.ratioCheckThreshold = 64 << 10
      let strict = try ZipArchive(bytes: try Self.zeros(512 << 10), name: "small.zip", limits: lowThreshold)
      Support.expectArchiveError(.compressionRatio) { _ = try strict.read(named: "z") }
    }

    @Test func stopsWhenAllReadsPassTotalLimit() throws {
      let part = Support.sampleXML(size: 400 << 10)
      let bytes = try Support.makeZip([("a", part, .deflate), ("b", part, .store), ("c", part, .deflate)])
      let archive = try ZipArchive(bytes: bytes, name: "big.zip", limits: Self.limits(total: 1 << 20))
      #expect(try archive.read(named: "a") == part)
      #expect(try archive.read(named: "b") == part)
      let error = Support.expectArchiveError(.archiveTooLarge) { _ = try archive.read(named: "c") }
      #expect(error?.description == "big.zip: c: archive would inflate past the 1 MiB total limit")
      // Reading the same entry again counts again: the budget is per archive instance.
      let again = try ZipArchive(bytes: bytes, name: "big.zip", limits: Self.limits(total: 1 << 20))
      _ = try again.read(named: "a")
      _ = try again.read(named: "a")
      Support.expectArchiveError(.archiveTooLarge) { _ = try again.read(named: "a") }
    }

    @Test func defaultLimits() {
      let limits = ArchiveLimits.default
      #expect(limits.maxEntries == 10_000)
      #expect(limits.maxEntrySize == 256 << 20)
      #expect(limits.maxTotalSize == 1 << 30)
      #expect(limits.maxCompressionRatio == 1_000)
      #expect(limits.ratioCheckThreshold == 1 << 20)
    }

    @Test func namesRulesDirectly() {
      #expect(EntryNameRules.problem(with: "") != nil)
      #expect(EntryNameRules.problem(with: "..") != nil)
      #expect(EntryNameRules.problem(with: "a/b/c.xml") == nil)
      #expect(EntryNameRules.problem(with: "..a/b..") == nil)
      #expect(EntryNameRules.printable("a\u{1B}b") == "a\\u{1B}b")
      // Invisible reordering and replacement characters are shown escaped; a long name as a short excerpt.
      #expect(EntryNameRules.printable("word/\u{202E}lmx.xml\u{FFFD}") == "word/\\u{202E}lmx.xml\\u{FFFD}")
      let long = EntryNameRules.printable(String(repeating: "长", count: 5_000) + ".xml")
      #expect(long.count == 100 && long.contains("…") && long.hasSuffix(".xml"))
      #expect(ByteCountText.format(256 << 20) == "256 MiB")
      #expect(ByteCountText.format(1_000) == "1000 bytes")
    }
  }
}
