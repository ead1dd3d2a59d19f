import Foundation

/// Where the server listens and the limits every request runs under. Every limit has a default a
/// person can rely on without reading further; `gongwen serve --help` lists them.
public struct ServerOptions: Sendable {
  /// The port `gongwen serve` uses when none is given.
  public static let defaultPort = 8904

  public var host: String
  /// 0 picks a free port (printed when the server starts).
  public var port: Int
  /// The bearer token every request but `/health` must carry; required when `host` is not loopback.
  public var token: String?
  /// Largest request body, in bytes (default 50 MiB).
  public var maxUploadBytes: Int
  /// Most rows a unit table may have (default 5,000).
  public var maxTableRows: Int
  /// Most documents one batch may make (default 1,000).
  public var maxBatchDocuments: Int
  /// Jobs that run at once (default: the number of cores).
  public var maxConcurrentJobs: Int
  /// Jobs that may wait for a free slot; beyond them requests are answered 429 (default 16).
  public var maxQueuedJobs: Int
  /// Seconds a job may run (default 120); longer ones are answered 503 and their files removed.
  public var jobSeconds: Int
  /// Seconds a job may wait in the queue before it is answered 503 (default 30).
  public var queueSeconds: Int

  public init(
    host: String = "127.0.0.1", port: Int = ServerOptions.defaultPort, token: String? = nil,
    maxUploadBytes: Int = 50 << 20, maxTableRows: Int = 5_000, maxBatchDocuments: Int = 1_000,
    maxConcurrentJobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxQueuedJobs: Int = 16,
    jobSeconds: Int = 120, queueSeconds: Int = 30
  ) {
    self.host = host
    self.port = port
    self.token = token
    self.maxUploadBytes = maxUploadBytes
    self.maxTableRows = maxTableRows
    self.maxBatchDocuments = maxBatchDocuments
    self.maxConcurrentJobs = max(1, maxConcurrentJobs)
    self.maxQueuedJobs = max(0, maxQueuedJobs)
    self.jobSeconds = max(1, jobSeconds)
    self.queueSeconds = max(1, queueSeconds)
  }

  /// True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }
}
