import Foundation
import Testing

@testable import Gongwen

/// When the system gives no thread, the work still runs, on the calling thread.
@Test func workRunsWhenNoThreadCanBeStarted() {
  final class Count: @unchecked Sendable {
    let lock = NSLock()
    var pieces = 0
    var next = 0
  }
  let count = Count()
  let threads = WorkerThreads.run(4, start: { _ in nil }) {
    while true {
      count.lock.lock()
      guard count.next < 100 else { count.lock.unlock(); return }
      count.next += 1
      count.pieces += 1
      count.lock.unlock()
    }
  }
  #expect(threads == 1 && count.pieces == 100)
  let real = WorkerThreads.run(3) {}
  #expect(real == 3)
}
