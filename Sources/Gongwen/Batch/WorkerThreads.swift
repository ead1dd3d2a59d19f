import Foundation

/// Runs a batch's work on several threads, as many as the system gives.
///
/// Threads are made with `pthread_create`, whose failure (`ulimit -u`, a container's pid limit) is an
/// answer rather than a hang: the work then runs on the threads that did start, at worst on the
/// calling thread alone. Each thread runs the same `work`, which takes its next piece from shared state
/// until none is left.
enum WorkerThreads {
  /// Stack of each worker: the renderer recurses through nested sections and XML.
  static let stackSize = 8 << 20

  /// Starts one thread running `body`; false when the system refuses.
  typealias Starter = (@escaping @Sendable () -> Void) -> pthread_t?

  /// Runs `work` on this thread and up to `count - 1` more, and waits for all of them. Returns how many
  /// threads ran it. `work` must guard what it shares (the callers take pieces under a lock and write
  /// disjoint results).
  @discardableResult
  static func run(_ count: Int, start: Starter = startThread, _ work: @escaping () -> Void) -> Int {
    let shared = SharedWork(work)
    // The other threads speak the caller's language (a server request's, when it has one).
    let language = MessageLanguage.current
    var threads: [pthread_t] = []
    for _ in 1..<max(1, count) {
      guard let thread = start({ MessageLanguage.speaking(language) { shared.run() } }) else { break }
      threads.append(thread)
    }
    work()
    for thread in threads { pthread_join(thread, nil) }
    return threads.count + 1
  }

  /// A closure handed to other threads; see `run` for what it must guard.
  private struct SharedWork: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// `pthread_create` with an 8 MiB stack; nil when it fails.
  static func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    let context = Unmanaged.passRetained(Body(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(&thread, &attributes, { raw in
      guard let raw else { return nil }
      Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
      return nil
    }, context)
    guard status == 0 else {
      Unmanaged<Body>.fromOpaque(context).release()
      return nil
    }
    return thread
  }
}
