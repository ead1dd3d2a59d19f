import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What SIGINT and SIGTERM do once `install()` is called (the command-line tool does; a library user
/// may): every LibreOffice process group Gongwen started is killed and every temporary folder it made
/// is removed. A batch that holds the interruption
/// (`hold()`) then stops taking units and writes its manifest; otherwise the process exits at once
/// with 128 + the signal's number.
package final class ConversionInterrupt: @unchecked Sendable {
  package static let shared = ConversionInterrupt()

  private let lock = NSLock()
  private var groups: Set<pid_t> = []
  private var folders: Set<URL> = []
  private var sources: [DispatchSourceSignal] = []
  private var holders = 0
  private var received: Int32?

  /// The signal that interrupted the run, or nil.
  package var signal: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  /// Installs the handlers (once); later calls do nothing.
  package func install() {
    lock.lock()
    defer { lock.unlock() }
    guard sources.isEmpty else { return }
    for number in [SIGINT, SIGTERM] {
      Glibc.signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.interrupt(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// Keeps the process alive after a signal until `release()`: the holder stops and reports.
  package func hold() {
    lock.lock()
    holders += 1
    lock.unlock()
  }

  package func release() {
    lock.lock()
    holders -= 1
    lock.unlock()
  }

  func register(group: pid_t) { lock.lock(); groups.insert(group); lock.unlock() }
  func unregister(group: pid_t) { lock.lock(); groups.remove(group); lock.unlock() }
  func register(folder: URL) { lock.lock(); folders.insert(folder); lock.unlock() }
  func unregister(folder: URL) { lock.lock(); folders.remove(folder); lock.unlock() }

  private func interrupt(_ number: Int32) {
    lock.lock()
    received = received ?? number
    let groups = self.groups, folders = self.folders, held = holders > 0
    lock.unlock()
    for group in groups { kill(-group, SIGKILL) }
    for folder in folders { Self.remove(folder) }
    if !held { _exit(128 + number) }
  }

  /// Removes `folder` and all it holds, trying again while another thread (the run this signal ended,
  /// cleaning up after itself) removes the same files: one failed removal would leave the rest behind.
  static func remove(_ folder: URL) {
    for _ in 0..<100 {
      try? FileManager.default.removeItem(at: folder)
      if !FileManager.default.fileExists(atPath: folder.path) { return }
      usleep(10_000)
    }
  }
}
