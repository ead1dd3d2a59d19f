import Foundation

/// Lets at most `running` jobs work at once and `queued` more wait, each at most `queueSeconds`.
/// A job beyond the queue is refused with 429; one that waited too long, or arrives while the server
/// shuts down, with 503; both say when to try again.
actor JobGate {
  private let limit: Int
  private let queueLimit: Int
  private let queueSeconds: Int
  private var running = 0
  private var waiting: [(id: UInt64, continuation: CheckedContinuation<Void, Error>)] = []
  private var nextID: UInt64 = 0
  private var closed = false
  private var idleWaiters: [CheckedContinuation<Void, Never>] = []

  init(running: Int, queued: Int, queueSeconds: Int) {
    limit = running
    queueLimit = queued
    self.queueSeconds = queueSeconds
  }

  /// Jobs running and waiting now.
  var load: (running: Int, waiting: Int) { (running, waiting.count) }

  /// Waits for a slot; throws `APIFailure` 429 or 503 when none can be had.
  func enter() async throws {
    if closed { throw Self.shuttingDown }
    if running < limit {
      running += 1
      return
    }
    guard waiting.count < queueLimit else {
      throw APIFailure(.serverBusy,
                       ServerText(.vJobsAreRunning, ["v1": .text("\(running)"), "v2": .text("\(waiting.count)")]),
                       hint: ServerText(.tryAgainInFew), retryAfter: 5)
    }
    nextID += 1
    let id = nextID
    let seconds = queueSeconds
    Task { [weak self] in
      try? await Task.sleep(nanoseconds: UInt64(seconds) * 1_000_000_000)
      await self?.expire(id)
    }
    try await withCheckedThrowingContinuation { waiting.append((id, $0)) }
  }

  /// Frees a slot, handing it to the longest-waiting job.
  func leave() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().continuation.resume()
    }
    if running == 0 && waiting.isEmpty {
      idleWaiters.forEach { $0.resume() }
      idleWaiters.removeAll()
    }
  }

  /// Returns when no job runs or waits.
  func idle() async {
    if running == 0 && waiting.isEmpty { return }
    await withCheckedContinuation { idleWaiters.append($0) }
  }

  /// Refuses every waiting and future job (shutdown); running jobs finish.
  func close() {
    closed = true
    for entry in waiting { entry.continuation.resume(throwing: Self.shuttingDown) }
    waiting.removeAll()
  }

  private func expire(_ id: UInt64) {
    guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
    waiting.remove(at: index).continuation.resume(throwing: APIFailure(.queueTimeout, ServerText(.jobWaitedValueFor, ["value": .text("\(queueSeconds)")]),
      hint: ServerText(.serverIsBusyTry), retryAfter: 10))
  }

  private static let shuttingDown = APIFailure(.shuttingDown, ServerText(.serverIsShuttingDown),
                                               retryAfter: 30)
}
