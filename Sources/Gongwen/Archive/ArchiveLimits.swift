/// Resource limits applied while opening and reading a zip archive.
///
/// Every limit is enforced on what is actually inflated, never on the sizes an
/// archive declares about itself: declared sizes are attacker-controlled.
package struct ArchiveLimits: Sendable, Hashable {
  /// Maximum number of entries (files and directories) an archive may hold.
  package var maxEntries: Int
  /// Maximum number of bytes one entry may inflate to.
  package var maxEntrySize: UInt64
  /// Maximum number of inflated bytes read, over all entries, from one archive instance.
  package var maxTotalSize: UInt64
  /// Maximum ratio of inflated bytes to compressed bytes for one entry.
  ///
  /// The ratio is only checked once an entry has inflated past
  /// ``ratioCheckThreshold`` bytes, so small, very compressible parts
  /// (a run of spaces, an empty XML part) are always accepted.
  package var maxCompressionRatio: UInt64
  /// Number of inflated bytes of one entry below which the compression ratio is not checked.
  package var ratioCheckThreshold: UInt64

  /// Creates limits; every argument defaults to the value in ``default``.
  package init(
    maxEntries: Int = 10_000,
    maxEntrySize: UInt64 = 256 << 20,
    maxTotalSize: UInt64 = 1 << 30,
    maxCompressionRatio: UInt64 = 1_000,
    ratioCheckThreshold: UInt64 = 1 << 20
  ) {
    self.maxEntries = maxEntries
    self.maxEntrySize = maxEntrySize
    self.maxTotalSize = maxTotalSize
    self.maxCompressionRatio = maxCompressionRatio
    self.ratioCheckThreshold = ratioCheckThreshold
  }

  /// 10 000 entries, 256 MiB per entry, 1 GiB in total, ratio 1 000 (checked past 1 MiB).
  package static let `default` = ArchiveLimits()
}
