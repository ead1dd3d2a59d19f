#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Small POSIX helpers for the archive layer.
enum PosixIO {
  /// The system's message for an errno value, e.g. "No such file or directory".
  static func describe(errno code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Whether an errno value means the disk or the user's quota is full.
  static func isDiskFull(errno code: Int32) -> Bool {
    code == ENOSPC || code == EDQUOT
  }

  /// Up to `count` first bytes of the file at `path`; fewer (maybe none) when it cannot be read.
  static func readPrefix(of path: String, count: Int) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    var prefix = [UInt8](repeating: 0, count: count)
    let got = prefix.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
    return Array(prefix.prefix(max(got, 0)))
  }

  /// Writes all of `bytes` to `fd`, retrying partial writes and EINTR.
  /// Returns 0, or the errno of the failure (EIO for a write that makes no progress).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return 0 }
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        if written == 0 { return EIO }
        offset += written
      }
      return 0
    }
  }

  /// `stat(2)` following symlinks, or nil when the path does not exist or cannot be reached.
  static func fileStatus(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  /// The canonical absolute path (symlinks resolved), or nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The current working directory, or nil.
  static func currentDirectory() -> String? {
    guard let cwd = getcwd(nil, 0) else { return nil }
    defer { free(cwd) }
    return String(cString: cwd)
  }
}
