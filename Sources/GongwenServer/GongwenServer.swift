import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore

/// `gongwen serve`: the page and the HTTP API on the library, until SIGTERM or SIGINT. On a signal the
/// server stops taking connections, refuses queued jobs, lets running ones answer, and removes its
/// private folder.
public enum GongwenServer {
  /// Runs the server; `onListening` gets the address once it accepts connections (with the port
  /// chosen when `options.port` is 0).
  public static func run(_ options: ServerOptions, onListening: @escaping @Sendable (String) -> Void) async throws {
    let folder = try WorkFolder()
    defer { folder.removeAll() }
    let gate = JobGate(running: options.maxConcurrentJobs, queued: options.maxQueuedJobs, queueSeconds: options.queueSeconds)
    let api = APIContext(options: options, runner: JobRunner(gate: gate, folder: folder, seconds: options.jobSeconds))
    let router = Router()
    if let token = options.token { router.add(middleware: BearerTokenMiddleware(token: token)) }
    router.get("/health") { _, _ in
      let load = await gate.load
      return Reply.json(["status": "ok", "version": GongwenVersion.current, "running": load.running,
                         "waiting": load.waiting, "preview": FirstPagePreview.available])
    }
    PageRoutes.add(to: router, options: options)
    DocumentRoutes.add(to: router, api: api)
    BatchRoutes.add(to: router, api: api, jobs: BatchJobs())
    OfficialRoutes.add(to: router, api: api)
    router.get("/api/openapi.json") { _, _ in
      Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
               body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json(options))))
    }
    var logger = Logger(label: "gongwen.serve")
    logger.logLevel = .warning
    let app = Application(
      router: router,
      configuration: .init(address: .hostname(options.host, port: options.port), serverName: "gongwen"),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? options.port
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        onListening("http://\(host):\(port)/")
      },
      logger: logger)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    await gate.close()
  }
}

/// Refuses every request but `/health` without `Authorization: Bearer TOKEN` (401, JSON diagnostic).
/// The page takes the token once as `?token=` and keeps it in the browser's session storage.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
  let token: String

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let path = request.uri.path
    let pageAsset = request.method == .get && (path == "/" || path == "/app.js" || path == "/style.css")
    if path == "/health" || pageAsset { return try await next(request, context) }
    let given = request.headers[.authorization] ?? ""
    guard Self.constantTimeEqual(given, "Bearer " + token) else {
      var response = Reply.failure(APIFailure(.unauthorized, "unauthorized", "this server needs its token",
                                              hint: "send the header 'Authorization: Bearer TOKEN'"))
      response.headers[.wwwAuthenticate] = "Bearer"
      return response
    }
    return try await next(request, context)
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    var difference = UInt8(x.count == y.count ? 0 : 1)
    for index in 0..<min(x.count, y.count) { difference |= x[index] ^ y[index] }
    return difference == 0
  }
}
