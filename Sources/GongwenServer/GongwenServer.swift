import Foundation
import Gongwen
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `gongwen serve`: the page and the HTTP API on the library, until SIGTERM or SIGINT. On the first
/// signal the server refuses new and queued jobs (503), lets running ones finish and their answers be
/// sent, then closes its connections and removes its private folder; a second signal stops it at once.
public enum GongwenServer {
  /// Runs the server; `onListening` gets the address once it accepts connections (with the port
  /// chosen when `options.port` is 0).
  public static func run(_ options: ServerOptions, onListening: @escaping @Sendable (String) -> Void) async throws {
    let folder = try WorkFolder()
    defer { folder.removeAll() }
    let gate = JobGate(running: options.maxConcurrentJobs, queued: options.maxQueuedJobs, queueSeconds: options.queueSeconds)
    let api = APIContext(options: options, runner: JobRunner(gate: gate, folder: folder, seconds: options.jobSeconds))
    let router = Router()
    router.add(middleware: RequestLanguageMiddleware(serverLanguage: MessageLanguage.current))
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
    let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
    let shutdown = ShutdownOnSignal(gate: gate, group: group)
    defer { shutdown.cancel() }
    try await group.run()
    await gate.close()
  }
}

