import GongwenTemplate
#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Atomic replacement of a file: readers see the old content or the new, never a partial file.
package enum AtomicFile {
  /// Writes `bytes` to `path` atomically.
  ///
  /// A new file is written to an unnamed file in the same directory (`O_TMPFILE`, where the file
  /// system has it), flushed with `fsync` and linked under `path`. Otherwise, and when `path` exists,
  /// the bytes go to a temporary file beside `path` (created with `O_EXCL`, named
  /// `.<name>.gongwen-tmp-<random>`), which is flushed and then renamed over `path`. On any failure
  /// the temporary file is removed and `path` is untouched.
  /// When `path` already exists as a regular file, its permission bits are kept.
  /// A symlink at `path` is replaced by the new file (its target is not written).
  ///
  /// - Parameter protectedPaths: files that must not be overwritten, typically the inputs.
  ///   `path` is refused when it is the same file as one of them: the same device and
  ///   inode (which catches symlinks and hard links), or the same resolved path.
  /// - Parameter durable: false skips the `fsync` (the rename stays atomic, so a reader or a killed
  ///   process never sees a partial file under `path`); a batch then calls ``flush(directory:)`` once.
  /// - Throws: ``ArchiveError`` with kind `wouldOverwriteInput`, `diskFull` (ENOSPC, EDQUOT)
  ///   or `io`.
  package static func write(
    _ bytes: [UInt8], to path: String, protecting protectedPaths: [String] = [], durable: Bool = true
  ) throws {
    let (directory, base) = split(path)
    guard !base.isEmpty, base != ".", base != ".." else {
      throw ArchiveError(.io, file: path, detail: ArchivePhrase.notAFilePath.phrase())
    }
    if let input = protectedPaths.first(where: { isSameFile(path, $0) }) {
      throw ArchiveError(
        .wouldOverwriteInput, file: path,
        detail: input == path ? ArchivePhrase.wouldOverwriteInput.phrase()
          : ArchivePhrase.wouldOverwriteInputNamed.phrase(["input": .text(input)])
      )
    }
    var keptMode: mode_t?
    if let existing = PosixIO.fileStatus(path), existing.st_mode & S_IFMT == S_IFREG {
      keptMode = existing.st_mode & 0o7777
    }
    if keptMode == nil, try writeUnnamed(bytes, to: path, in: directory, durable: durable) {
      return
    }
    let (fd, temporary) = try createTemporary(in: directory, for: base, target: path)
    var isOpen = true
    do {
      try check(PosixIO.writeAll(fd, bytes), path, .cannotWrite)
      if let keptMode, fchmod(fd, keptMode) != 0 {
        try check(errno, path, .cannotSetPermissions)
      }
      if durable && fsync(fd) != 0 {
        try check(errno, path, .cannotFlush)
      }
      isOpen = false
      if close(fd) != 0 {
        try check(errno, path, .cannotWrite)
      }
      if rename(temporary, path) != 0 {
        try check(errno, path, .cannotReplace)
      }
    } catch {
      if isOpen {
        close(fd)
      }
      unlink(temporary)
      throw error
    }
  }

  /// Writes a new file through an unnamed file (`O_TMPFILE`) that is linked under `path` once complete:
  /// one directory entry made instead of two (a batch of thousands in one folder spends much of its
  /// time there), and nothing left behind if the process dies before the link. Returns false when the
  /// file system, `/proc` or an entry already at `path` does not allow it; the caller then goes through
  /// a named temporary file.
  private static func writeUnnamed(
    _ bytes: [UInt8], to path: String, in directory: String, durable: Bool
  ) throws -> Bool {
    #if os(Linux)
      let fd = open(directory, O_WRONLY | O_CLOEXEC | unnamedFileFlag, 0o666)
      guard fd >= 0 else { return false }
      var isOpen = true
      defer { if isOpen { close(fd) } }
      try check(PosixIO.writeAll(fd, bytes), path, .cannotWrite)
      if durable && fsync(fd) != 0 {
        try check(errno, path, .cannotFlush)
      }
      if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0 {
        let code = errno
        if PosixIO.isDiskFull(errno: code) { try check(code, path, .cannotCreateFile) }
        return false
      }
      isOpen = false
      if close(fd) != 0 {
        let code = errno
        unlink(path)
        try check(code, path, .cannotWrite)
      }
      return true
    #else
      return false
    #endif
  }

  /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), a macro Swift does not import.
  private static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY

  /// Flushes files written with `durable: false` to disk, and the entries of `directory`.
  /// (`sync` rather than `syncfs`, which Glibc's Swift module does not export.)
  package static func flush(directory: String) throws {
    sync()
    let fd = open(directory, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return try check(errno, directory, .cannotOpenFolderToFlush) }
    defer { close(fd) }
    if fsync(fd) != 0 { try check(errno, directory, .cannotFlush) }
  }

  /// Whether `path` and `other` name the same file.
  static func isSameFile(_ path: String, _ other: String) -> Bool {
    if let a = PosixIO.fileStatus(path), let b = PosixIO.fileStatus(other),
      a.st_dev == b.st_dev, a.st_ino == b.st_ino
    {
      return true
    }
    return resolve(path) == resolve(other)
  }

  /// An absolute path with symlinks resolved as far as the file or its directory exists.
  static func resolve(_ path: String) -> String {
    if let real = PosixIO.realPath(path) {
      return real
    }
    let (directory, base) = split(path)
    if let realDirectory = PosixIO.realPath(directory) {
      return realDirectory == "/" ? "/" + base : realDirectory + "/" + base
    }
    if path.hasPrefix("/") {
      return path
    }
    return (PosixIO.currentDirectory() ?? ".") + "/" + path
  }

  /// Splits a path into its directory ("." when there is none) and last component.
  static func split(_ path: String) -> (directory: String, base: String) {
    guard let slash = path.lastIndex(of: "/") else {
      return (".", path)
    }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }

  /// The part of a file name its temporary twin starts with (after the dot): the name cut to at most
  /// 100 UTF-8 bytes, keeping the temporary name well under NAME_MAX (255 bytes).
  static func temporaryPrefix(_ base: String) -> String {
    var prefix = ""
    for character in base where prefix.utf8.count + character.utf8.count <= 100 {
      prefix.append(character)
    }
    return prefix
  }

  private static func createTemporary(
    in directory: String, for base: String, target: String
  ) throws -> (Int32, String) {
    let stem = (directory == "/" ? "" : directory) + "/." + temporaryPrefix(base) + ".gongwen-tmp-"
    for _ in 0..<32 {
      // The owner's process id first, so a later run can tell a live run's file from a leftover.
      let candidate = stem + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 {
        return (fd, candidate)
      }
      if errno != EEXIST {
        try check(errno, target, .cannotCreateTemporaryFile, folder: directory)
      }
    }
    throw ArchiveError(.io, file: target, detail: ArchivePhrase.noUniqueTemporaryFile.phrase(["folder": .text(directory)]))
  }

  /// Throws for a non-zero errno: `diskFull` for ENOSPC and EDQUOT, `io` otherwise.
  static func check(_ code: Int32, _ path: String, _ action: ArchivePhrase, folder: String? = nil) throws {
    guard code != 0 else { return }
    let values: [String: Phrase.Value] = [
      "action": .phrase(action.phrase(folder.map { ["folder": .text($0)] } ?? [:])),
      "cause": .phrase(SystemPhrase.cause(errno: code)),
    ]
    throw ArchiveError(PosixIO.isDiskFull(errno: code) ? .diskFull : .io, file: path,
                       detail: (PosixIO.isDiskFull(errno: code) ? ArchivePhrase.diskFull : ArchivePhrase.failed).phrase(values))
  }
}
