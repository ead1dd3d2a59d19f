import GongwenTemplate
import CLibZip

/// Lists and validates the entries of an archive just opened.
enum EntryScanner {
  struct Result {
    var entries: [ZipEntry] = []
    var indexByName: [String: Int] = [:]
  }

  /// Reads every entry's metadata, rejecting archives with too many entries, unsafe or
  /// duplicate names, or encrypted entries.
  static func scan(_ handle: ZipHandle, file: String, limits: ArchiveLimits) throws -> Result {
    guard let archive = handle.pointer else {
      throw ArchiveError(.io, file: file, detail: ArchivePhrase.alreadyClosed.phrase())
    }
    let count = zip_get_num_entries(archive, 0)
    guard count >= 0 else {
      throw handle.lastError(file: file)
    }
    guard count <= limits.maxEntries else {
      throw ArchiveError(
        .tooManyEntries, file: file,
        detail: ArchivePhrase.tooManyEntries.phrase(["count": .text(String(count)), "limit": .text(String(limits.maxEntries))]))
    }
    var result = Result()
    result.entries.reserveCapacity(Int(count))
    var nameByKey: [String: String] = [:]
    for index in 0..<Int(count) {
      let entry = try readEntry(handle, archive, index: index, file: file)
      let key = EntryNameRules.collisionKey(entry.name)
      if let other = nameByKey[key] {
        let detail =
          other == entry.name
          ? ArchivePhrase.duplicateName.phrase()
          : ArchivePhrase.differsInCase.phrase(["other": .text(EntryNameRules.printable(other))])
        throw ArchiveError(.duplicateEntryName, file: file, entry: EntryNameRules.printable(entry.name), detail: detail)
      }
      nameByKey[key] = entry.name
      result.indexByName[entry.name] = index
      result.entries.append(entry)
    }
    return result
  }

  private static func readEntry(
    _ handle: ZipHandle, _ archive: OpaquePointer, index: Int, file: String
  ) throws -> ZipEntry {
    var stat = zip_stat_t()
    zip_stat_init(&stat)
    // ZIP_FL_ENC_RAW: with the default ZIP_FL_ENC_GUESS, libzip silently transcodes a name that
    // is not valid UTF-8 from CP437, so an invalid name could never be detected.
    guard zip_stat_index(archive, UInt64(index), ZIP_FL_ENC_RAW, &stat) == 0 else {
      throw handle.lastError(file: file, entry: "entry #\(index)")
    }
    let required = UInt64(ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD)
    guard stat.valid & required == required, let rawName = stat.name else {
      throw ArchiveError(.corrupt, file: file, entry: "entry #\(index)", detail: ArchivePhrase.incompleteHeader.phrase())
    }
    guard let name = String(validatingCString: rawName) else {
      throw ArchiveError(
        .unsafeEntryName, file: file, entry: "entry #\(index)", detail: ArchivePhrase.nameNotUTF8.phrase())
    }
    if let problem = EntryNameRules.problem(with: name) {
      throw ArchiveError(.unsafeEntryName, file: file, entry: EntryNameRules.printable(name), detail: problem.phrase())
    }
    let encryption = stat.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD) != 0 ? stat.encryption_method : 0
    if encryption != UInt16(ZIP_EM_NONE) {
      throw ArchiveError(.encrypted, file: file, entry: name, detail: ArchivePhrase.encryptedMethod.phrase(["method": .text(String(encryption))]))
    }
    return ZipEntry(
      index: index, name: name, size: stat.size, compressedSize: stat.comp_size,
      compressionMethod: stat.comp_method)
  }
}
