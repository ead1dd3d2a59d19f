import Foundation
import Gongwen
import GongwenTemplate

/// The server's private folder (mode 0700, under the system's temporary folder, named with the server's
/// process id) and one subfolder per job inside it. Job folders are removed when their job ends; the whole
/// folder at shutdown; folders of servers that were killed before they could clean up, at the next start.
final class WorkFolder: @unchecked Sendable {
  let path: String

  init() throws {
    let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
    Self.removeAbandoned(in: base)
    var template = Array((base + "/gongwen-serve-\(getpid())-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw APIFailure(.workFolder, ServerText(.privateFolder, ["folder": .text(base), "cause": .phrase(SystemPhrase.cause(errno: errno))]))
    }
    path = String(cString: made)
  }

  /// A new empty folder for one job, named by the server (never by the client).
  func makeJobFolder() throws -> String {
    let folder = path + "/" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                            attributes: [.posixPermissions: 0o700])
    return folder
  }

  func remove(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Removes `gongwen-serve-PID-…` folders in `base` whose process no longer runs.
  private static func removeAbandoned(in base: String) {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix("gongwen-serve-") {
      let parts = name.split(separator: "-")
      guard parts.count == 4, let pid = pid_t(parts[2]), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: base + "/" + name) }
    }
  }

  /// Removes everything, at shutdown.
  func removeAll() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
