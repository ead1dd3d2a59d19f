/// One entry (file or directory) of a ``ZipArchive``, as listed in its central directory.
package struct ZipEntry: Sendable, Hashable {
  /// Position in the archive, from 0.
  package let index: Int
  /// The entry's name, a relative path with `/` separators (validated at open).
  package let name: String
  /// Declared inflated size. Informative only: limits are enforced on the bytes actually inflated.
  package let size: UInt64
  /// Size of the compressed data.
  package let compressedSize: UInt64
  /// Whether the name ends with `/`.
  package let isDirectory: Bool
  /// Whether the entry is stored without compression (method STORE).
  package let isStored: Bool
  /// The zip compression method (0 = store, 8 = deflate).
  let compressionMethod: UInt16

  init(index: Int, name: String, size: UInt64, compressedSize: UInt64, compressionMethod: UInt16) {
    self.index = index
    self.name = name
    self.size = size
    self.compressedSize = compressedSize
    self.isDirectory = name.hasSuffix("/")
    self.isStored = compressionMethod == 0
    self.compressionMethod = compressionMethod
  }
}
