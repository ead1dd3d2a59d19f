import Foundation
import Gongwen

/// Runs the library's blocking work off the server's threads: through the gate, in a private job folder,
/// under a time limit. The folder is removed when the work ends, whether it succeeded, failed or was
/// answered with a time-out while it went on.
struct JobRunner: Sendable {
  let gate: JobGate
  let folder: WorkFolder
  let seconds: Int

  /// Runs `work(jobFolder)` and returns its result; throws its error, or `APIFailure` when the gate
  /// refuses the job or the time limit passes.
  func run<T: Sendable>(_ work: @escaping @Sendable (String) throws -> T) async throws -> T {
    try await gate.enter()
    let jobFolder: String
    do {
      jobFolder = try folder.makeJobFolder()
    } catch {
      await gate.leave()
      throw error
    }
    let outcome = JobOutcome<T>()
    let gate = self.gate, workFolder = self.folder
    // The work runs on another thread: it speaks the request's language explicitly.
    let language = MessageLanguage.current
    DispatchQueue.global().async {
      let result = Result { try MessageLanguage.speaking(language) { try work(jobFolder) } }
      workFolder.remove(jobFolder)
      Task { await gate.leave() }
      outcome.finish(result)
    }
    let limit = seconds
    let timer = DispatchWorkItem {
      outcome.finish(.failure(APIFailure(.jobTimeLimit, ServerText(.jobRanLongerThan, ["value": .text("\(limit)")]),
        hint: ServerText(.sendSmallerTableOr), retryAfter: 30)))
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(limit), execute: timer)
    defer { timer.cancel() }
    return try await outcome.value()
  }
}

/// The first of a job's result and its time-out, handed to whoever waits.
final class JobOutcome<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<T, Error>?
  private var continuation: CheckedContinuation<T, Error>?

  func finish(_ value: Result<T, Error>) {
    lock.lock()
    guard result == nil else { lock.unlock(); return }
    result = value
    let waiting = continuation
    continuation = nil
    lock.unlock()
    waiting?.resume(with: value)
  }

  func value() async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      lock.lock()
      if let result {
        lock.unlock()
        continuation.resume(with: result)
      } else {
        self.continuation = continuation
        lock.unlock()
      }
    }
  }
}
