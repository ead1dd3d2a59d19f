import GongwenTemplate
import CLibZip

/// Builds a new zip archive in memory, entries in the order they are added.
///
/// New entries get a fixed modification time, 1980-01-01 00:00 (the zip epoch),
/// so the same input always gives the same bytes; raw copies keep their
/// original time. Names are checked with the same rules as ``ZipArchive``
/// (unsafe names and case-insensitive duplicates are refused), so the output
/// can always be read back. Not thread-safe.
package final class ZipWriter {
  /// How an added entry is compressed.
  package enum Compression: Sendable {
    /// No compression (method STORE), e.g. an ODF `mimetype` entry.
    case store
    /// Deflate at ``ZipWriter/deflateLevel``.
    case deflate
  }

  /// The deflate level used for new entries (1 = fastest … 9 = smallest).
  package static let deflateLevel: UInt32 = 6
  /// DOS date for 1980-01-01 and DOS time for 00:00:00, the fixed time of new entries.
  private static let fixedDosDate: UInt16 = (0 << 9) | (1 << 5) | 1
  private static let fixedDosTime: UInt16 = 0
  /// The bytes of an archive with no entry: an end-of-central-directory record alone.
  private static let emptyArchive: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)

  /// A name for messages.
  package let name: String
  /// The deflate level of this writer (tests and measurements may change it).
  let level: UInt32
  private var handle: ZipHandle?
  private var output: ZipSourceHandle?
  private var nameByKey: [String: String] = [:]

  /// Starts an empty in-memory archive.
  /// - Parameter name: a name for messages, such as the intended output path.
  /// - Throws: ``ArchiveError`` when libzip cannot allocate the archive.
  package convenience init(name: String = "new archive") throws {
    try self.init(name: name, level: Self.deflateLevel)
  }

  /// Starts an empty in-memory archive deflating at `level` (1...9).
  init(name: String, level: UInt32) throws {
    self.name = name
    self.level = level
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else {
      throw LibZipError.make(&error, file: name, action: ArchivePhrase.cannotCreateArchive.phrase())
    }
    let output = ZipSourceHandle(owning: buffer)
    guard let archive = output.handOver({ zip_open_from_source($0, ZIP_TRUNCATE, &error) }) else {
      throw LibZipError.make(&error, file: name, action: ArchivePhrase.cannotCreateArchive.phrase())
    }
    self.output = output
    self.handle = ZipHandle(owning: archive)
  }

  /// Adds an entry with the given content.
  /// - Throws: ``ArchiveError`` for an unsafe or duplicate name, or a libzip failure.
  package func add(name entryName: String, bytes: [UInt8], compression: Compression = .deflate) throws {
    let archive = try openArchive()
    try reserve(entryName)
    do {
      let index = try addEntry(archive, entryName, try ByteArraySource.make(bytes, file: name))
      let method = compression == .store ? ZIP_CM_STORE : ZIP_CM_DEFLATE
      let level = compression == .store ? 0 : self.level
      guard zip_set_file_compression(archive, index, method, level) == 0,
        zip_file_set_dostime(archive, index, Self.fixedDosTime, Self.fixedDosDate, 0) == 0
      else {
        throw undoAdd(archive, index, entryName)
      }
    } catch {
      release(entryName)
      throw error
    }
  }

  /// Copies an entry's compressed bytes as they are (no inflate, no deflate); the entry keeps
  /// its name, compression method, CRC and time. `archive` is kept open until ``finish()``.
  /// - Throws: ``ArchiveError`` when the entry is not in `archive`, its name is taken, or libzip fails.
  package func copyRaw(_ entry: ZipEntry, from source: ZipArchive) throws {
    let archive = try openArchive()
    guard source.entries.indices.contains(entry.index), source.entries[entry.index] == entry,
      let sourceArchive = source.handle.pointer
    else {
      throw ArchiveError(.missingEntry, file: source.name, entry: entry.name, detail: ArchivePhrase.noSuchEntry.phrase())
    }
    try reserve(entry.name)
    do {
      guard let raw = zip_source_zip(archive, sourceArchive, UInt64(entry.index), ZIP_FL_COMPRESSED, 0, -1) else {
        throw ArchiveError(
          .io, file: name, entry: entry.name,
          detail: ArchivePhrase.cannotCopyFrom.phrase(
            ["file": .text(source.name), "cause": .phrase(ArchivePhrase.libzipError.phrase(["text": .text(String(cString: zip_strerror(archive)))]))]))
      }
      let index = try addEntry(archive, entry.name, ZipSourceHandle(owning: raw))
      // libzip would re-deflate a stored entry (its default method is deflate); say "store" to keep it.
      if entry.isStored && zip_set_file_compression(archive, index, ZIP_CM_STORE, 0) != 0 {
        throw undoAdd(archive, index, entry.name)
      }
    } catch {
      release(entry.name)
      throw error
    }
    handle?.keepAlive(source)
  }

  /// Writes the archive and returns its bytes. The writer cannot be used after.
  /// An archive without entries is returned as a bare end-of-central-directory record.
  /// - Throws: ``ArchiveError``.
  package func finish() throws -> [UInt8] {
    guard let handle, let output else {
      throw ArchiveError(.io, file: name, detail: ArchivePhrase.alreadyFinished.phrase())
    }
    defer {
      self.handle = nil
      self.output = nil
    }
    if nameByKey.isEmpty {
      return Self.emptyArchive
    }
    try handle.close(file: name)
    return try output.readAll(file: name)
  }

  private func openArchive() throws -> OpaquePointer {
    guard let archive = handle?.pointer else {
      throw ArchiveError(.io, file: name, detail: ArchivePhrase.alreadyFinished.phrase())
    }
    return archive
  }

  /// Checks a new entry name and records it, refusing unsafe names and case-insensitive duplicates.
  private func reserve(_ entryName: String) throws {
    if let problem = EntryNameRules.problem(with: entryName) {
      throw ArchiveError(.unsafeEntryName, file: name, entry: EntryNameRules.printable(entryName), detail: problem.phrase())
    }
    let key = EntryNameRules.collisionKey(entryName)
    if let other = nameByKey[key] {
      throw ArchiveError(
        .duplicateEntryName, file: name, entry: entryName,
        detail: other == entryName ? ArchivePhrase.duplicateName.phrase()
          : ArchivePhrase.differsInCase.phrase(["other": .text(other)]))
    }
    nameByKey[key] = entryName
  }

  private func addEntry(_ archive: OpaquePointer, _ entryName: String, _ source: ZipSourceHandle) throws -> UInt64 {
    let flags = ZIP_FL_ENC_UTF_8
    guard
      let index = source.handOver({ pointer -> Int64? in
        let index = zip_file_add(archive, entryName, pointer, flags)
        return index >= 0 ? index : nil
      })
    else {
      throw handle?.lastError(file: name, entry: entryName, action: ArchivePhrase.cannotAddEntry.phrase())
        ?? ArchiveError(.io, file: name, entry: entryName, detail: ArchivePhrase.cannotAddEntry.phrase())
    }
    return UInt64(index)
  }

  /// Removes a half-configured entry and returns the error that made it fail.
  private func undoAdd(_ archive: OpaquePointer, _ index: UInt64, _ entryName: String) -> ArchiveError {
    let error =
      handle?.lastError(file: name, entry: entryName, action: ArchivePhrase.cannotConfigureEntry.phrase())
      ?? ArchiveError(.io, file: name, entry: entryName, detail: ArchivePhrase.cannotConfigureEntry.phrase())
    zip_delete(archive, index)
    return error
  }

  /// Frees a name reserved by an entry that could not be added.
  private func release(_ entryName: String) {
    nameByKey[EntryNameRules.collisionKey(entryName)] = nil
  }
}
