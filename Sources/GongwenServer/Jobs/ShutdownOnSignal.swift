import Foundation
import ServiceLifecycle

/// SIGTERM and SIGINT: the first closes the job gate, waits until no job runs and no answer is being
/// written, then shuts the server down gracefully (idle connections closed); a second shuts it down at
/// once. The application's own signal handling is not used: it would close connections while a large
/// answer is still being sent.
final class ShutdownOnSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var signalled = 0
  private var sources: [any DispatchSourceSignal] = []

  init(gate: JobGate, group: ServiceGroup) {
    for number in [SIGTERM, SIGINT] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number)
      source.setEventHandler { [self] in
        lock.lock()
        signalled += 1
        let first = signalled == 1
        lock.unlock()
        Task {
          if first {
            await gate.close()
            await gate.idle()
            await AnswersInFlight.shared.drained()
          }
          await group.triggerGracefulShutdown()
        }
      }
      source.resume()
      sources.append(source)
    }
  }

  func cancel() { sources.forEach { $0.cancel() } }
}
