#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a thread with a large stack and waits for it.
///
/// Yams builds and frees its node tree recursively, and libyaml allows 1000 levels of nesting,
/// which needs more stack than some threads have (a Swift concurrency thread or a 512 KiB
/// secondary thread). Running the YAML work here makes that depth safe on any calling thread.
enum LargeStack {
  /// Stack size of the worker thread; only the pages actually touched are committed.
  static let stackSize = 64 << 20

  private final class Job {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  private final class Box<T> {
    var value: T?
  }

  /// Calls `body` on a fresh thread with a `stackSize` stack and returns its result. If no
  /// thread can be made, `body` runs on the calling thread.
  static func run<T>(_ body: @escaping () -> T) -> T {
    let box = Box<T>()
    let context = Unmanaged.passRetained(Job { box.value = body() }).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let status = pthread_create(&thread, &attributes, { LargeStack.start($0) }, context)
    guard status == 0 else {
      Unmanaged<Job>.fromOpaque(context).release()
      return body()
    }
    #if canImport(Darwin)
      if let thread { pthread_join(thread, nil) }
    #else
      pthread_join(thread, nil)
    #endif
    return box.value ?? body()
  }

  private static func start(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
    return nil
  }
}
