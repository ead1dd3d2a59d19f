import Foundation

/// Small file helpers for the API layer.
enum FileBytes {
  static func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      let reason = !exists ? "no such file" : isFolder.boolValue ? "is a folder, not a file" : "cannot read the file (permissions?)"
      throw ArchiveError(.io, file: path, detail: reason)
    }
    return [UInt8](data)
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
