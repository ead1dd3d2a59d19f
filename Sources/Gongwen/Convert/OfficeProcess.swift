import GongwenTemplate
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One LibreOffice process converting a list of documents, started in its own process group (so that it
/// and the processes it starts can be ended together) and watched document by document: LibreOffice
/// converts its inputs in order, so the number of outputs present tells which document it is on, and
/// each document has its own time limit.
struct OfficeProcess {
  /// How the process ended.
  enum Ending: Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// The document at this position ran past its limit and the process was killed.
    case timedOut(Int)
    /// SIGINT or SIGTERM arrived.
    case interrupted
  }

  let executable: String
  let arguments: [String]
  let environment: [String: String]
  /// Where the process's standard output and error go.
  let log: URL

  /// Starts the process and waits until it ends; `outputs[i]` is the file document `i` produces and
  /// `limits[i]` the seconds it may take once the previous document is done.
  func run(outputs: [URL], limits: [Double]) throws -> Ending {
    let group = try spawn()
    ConversionInterrupt.shared.register(group: group)
    defer {
      // Whatever the ending, nothing of the group outlives the run.
      kill(-group, SIGKILL)
      var ignored: Int32 = 0
      _ = waitpid(group, &ignored, 0)
      ConversionInterrupt.shared.unregister(group: group)
    }
    // The stage is the number of leading outputs present: LibreOffice works on that document (or, once
    // all are present, finishes the last one and exits). Each stage has the limit of its document.
    var stage = 0
    var started = Date()
    while true {
      var status: Int32 = 0
      let waited = waitpid(group, &status, WNOHANG)
      if ConversionInterrupt.shared.signal != nil { return .interrupted }
      if waited == group {
        let exited = (status & 0x7f) == 0
        return .exited(exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
      }
      if waited < 0 && errno != EINTR { return .exited(-1) }
      var present = stage
      while present < outputs.count, FileManager.default.fileExists(atPath: outputs[present].path) { present += 1 }
      if present != stage {
        stage = present
        started = Date()
      }
      let document = min(stage, outputs.count - 1)
      if Date().timeIntervalSince(started) > limits[document] {
        return .timedOut(document)
      }
      usleep(20_000)
    }
  }

  /// Starts the executable as the leader of a new process group, with SIGINT and SIGTERM at their
  /// defaults (Gongwen ignores them while its handlers run) and no blocked signals.
  private func spawn() throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGTERM)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw ConversionError(.failed, detail: ConversionPhrase.cannotStart.phrase(["path": .text(executable), "cause": .phrase(SystemPhrase.cause(errno: result))]))
    }
    return pid
  }
}
