import GongwenTemplate
import Foundation

/// Creates the folder outputs go to, with every missing folder above it, and words each failure as a
/// sentence naming the path and the cause (never a Foundation error domain and code).
package enum OutputFolder {
  /// Creates `path` and its missing parents (`a/b` for `-o a/b/x.docx`); nothing when it exists.
  package static func create(_ path: String) throws {
    guard !path.isEmpty else { return }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
      if part == "." || part == ".." { continue }
      var info = stat()
      if stat(prefix, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw ArchiveError(.io, file: path, detail: ArchivePhrase.fileInFolderPath.phrase(["path": .text(prefix)]))
        }
        continue
      }
      if mkdir(prefix, 0o777) != 0 && errno != EEXIST {
        throw failure(errno, path: prefix, action: ArchivePhrase.cannotCreateFolder.phrase())
      }
    }
  }

  /// `file: action: cause` with the cause in words a person reads.
  static func failure(_ code: Int32, path: String, action: Phrase) -> ArchiveError {
    ArchiveError(PosixIO.isDiskFull(errno: code) ? .diskFull : .io, file: path,
                 detail: ArchivePhrase.failed.phrase(["action": .phrase(action), "cause": .phrase(cause(of: code))]))
  }

  /// The cause of a failed file-system call as a phrase.
  static func cause(of code: Int32) -> Phrase {
    code == ENOENT ? SystemPhrase.noSuchFolderOnTheWay.phrase() : SystemPhrase.cause(errno: code)
  }

  /// True for failures that every later write in the same folder would hit too: a full disk or quota,
  /// a read-only file system, a folder without write permission.
  package static func stopsEveryWrite(_ error: Error) -> Bool {
    guard let error = error as? ArchiveError else { return false }
    if error.kind == .diskFull { return true }
    return ["read-only", "Read-only file system", "permission denied", "Permission denied"].contains { error.detail.contains($0) }
  }
}
