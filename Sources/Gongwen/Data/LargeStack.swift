import Foundation

/// Runs work on a thread with a large stack and waits for it.
///
/// Yams builds and frees its node tree recursively, and libyaml allows 1000 levels of nesting,
/// which needs more stack than some threads have (a Swift concurrency thread or a 512 KiB
/// secondary thread). Running the YAML work here makes that depth safe on any calling thread.
enum LargeStack {
  /// Stack size of the worker thread; only the pages actually touched are committed.
  static let stackSize = 64 << 20

  private final class Box<T>: @unchecked Sendable {
    var result: T?
  }

  /// Calls `body` on a fresh thread with a `stackSize` stack and returns its result.
  static func run<T>(_ body: @escaping () -> T) -> T {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    let work = UncheckedSendable(body)
    let thread = Thread {
      box.result = work.value()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    guard let result = box.result else { return body() }
    return result
  }

  private struct UncheckedSendable<Wrapped>: @unchecked Sendable {
    let value: Wrapped
    init(_ value: Wrapped) { self.value = value }
  }
}
