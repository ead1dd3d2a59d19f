import GongwenTemplate
import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#else
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Small file helpers for the API layer.
enum FileBytes {
  /// The whole file at `path`. Read with POSIX calls: Foundation's reader leaks its buffer when the
  /// file is empty, which AddressSanitizer reports.
  static func read(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = (errno == ENOENT || errno == ENOTDIR ? ArchivePhrase.noSuchFile : .cannotReadFilePermissions).phrase()
      throw ArchiveError(.io, file: path, detail: reason)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw ArchiveError(.io, file: path, detail: ArchivePhrase.cannotReadFile.phrase()) }
    if info.st_mode & S_IFMT == S_IFDIR { throw ArchiveError(.io, file: path, detail: ArchivePhrase.isFolder.phrase()) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(max(0, info.st_size)))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw ArchiveError(.io, file: path, detail: ArchivePhrase.cannotReadFile.phrase(["cause": .phrase(SystemPhrase.cause(errno: errno))]))
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  /// True when both paths name the same existing file (also through links).
  static func sameFile(_ a: String, _ b: String) -> Bool {
    var sa = stat(), sb = stat()
    guard stat(a, &sa) == 0, stat(b, &sb) == 0 else {
      return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
  }
}
