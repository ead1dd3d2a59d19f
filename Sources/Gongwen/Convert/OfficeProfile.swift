import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A LibreOffice user profile that conversions reuse: creating one costs seconds, so each concurrent
/// conversion takes a numbered slot under `$XDG_CACHE_HOME/gongwen/libreoffice` (or `~/.cache/...`),
/// locked with `flock` while in use, and later conversions (in this process or the next) find it warm.
/// Without a writable cache folder, the profile is made in the conversion's own work folder.
final class OfficeProfile {
  /// The profile folder, as LibreOffice's `-env:UserInstallation` URL wants it.
  let folder: URL
  private let lock: Int32

  private init(folder: URL, lock: Int32) {
    self.folder = folder
    self.lock = lock
  }

  deinit {
    if lock >= 0 { close(lock) }
  }

  /// A free slot, or a profile inside `work` when none can be locked.
  static func acquire(fallback work: URL) -> OfficeProfile {
    if let root = cacheRoot() {
      for slot in 0..<64 {
        let lockPath = root.appendingPathComponent("profile-\(slot).lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { break }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
          return OfficeProfile(folder: root.appendingPathComponent("profile-\(slot)"), lock: descriptor)
        }
        close(descriptor)
      }
    }
    return unlocked(at: work.appendingPathComponent("profile"))
  }

  /// A profile at `folder` that no slot lock guards: for a folder only the caller uses.
  static func unlocked(at folder: URL) -> OfficeProfile {
    OfficeProfile(folder: folder, lock: -1)
  }

  /// Removes the profile, so that the next conversion creates it afresh (after a run that failed
  /// without converting anything, the profile may be what is broken).
  func discard() {
    try? FileManager.default.removeItem(at: folder)
  }

  private static func cacheRoot() -> URL? {
    let environment = ProcessInfo.processInfo.environment
    let base: URL
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = URL(fileURLWithPath: cache)
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
    } else {
      return nil
    }
    let root = base.appendingPathComponent("gongwen/libreoffice")
    guard (try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)) != nil,
      access(root.path, W_OK) == 0
    else { return nil }
    return root
  }
}
