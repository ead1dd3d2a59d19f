import ArgumentParser
import Foundation
import GongwenServer

/// `gongwen serve`: the page and the HTTP API, on 127.0.0.1 unless told otherwise.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: localized("Serve the web page and the HTTP API (render, batch, check, inspect, convert, check-format)."),
    discussion: localized(HelpText.serveDiscussion))

  @Option(help: ArgumentHelp(localized("The address to listen on; anything but loopback needs --token.")))
  var host = "127.0.0.1"

  @Option(help: ArgumentHelp(localized("The port (0 picks a free one).")))
  var port = ServerOptions.defaultPort

  @Option(help: ArgumentHelp(localized("The bearer token clients must send (or set GONGWEN_TOKEN).")))
  var token: String?

  @Option(help: ArgumentHelp(localized("Largest request, in MB."), valueName: "MB"))
  var maxUpload = 50

  @Option(help: ArgumentHelp(localized("Most rows a unit table may have.")))
  var maxRows = 5_000

  @Option(help: ArgumentHelp(localized("Most documents one batch may make.")))
  var maxBatch = 1_000

  @Option(help: ArgumentHelp(localized("Jobs that run at once (default: the number of cores).")))
  var jobs: Int?

  @Option(help: ArgumentHelp(localized("Jobs that may wait for a slot; more are answered 429 with Retry-After.")))
  var queue = 16

  @Option(help: ArgumentHelp(localized("Seconds a job may run before it is answered 503."), valueName: "seconds"))
  var jobSeconds = 120

  @Option(help: ArgumentHelp(localized("Seconds a job may wait for a slot before it is answered 503."), valueName: "seconds"))
  var queueSeconds = 30

  func validate() throws {
    let token = self.token ?? ProcessInfo.processInfo.environment["GONGWEN_TOKEN"]
    if !ServerOptions.isLoopback(host) && (token ?? "").isEmpty {
      throw ValidationError(HelpText.hostNeedsToken(host))
    }
    if let token, token.count < 16 { throw ValidationError(localized("--token must be at least 16 characters")) }
    if maxUpload < 1 || maxRows < 1 || maxBatch < 1 || queue < 0 || jobSeconds < 1 || queueSeconds < 1 || (jobs ?? 1) < 1 {
      throw ValidationError(localized("limits must be positive"))
    }
    if !(0...65535).contains(port) { throw ValidationError(localized("--port takes 0 to 65535")) }
  }

  func run() async throws {
    let token = self.token ?? ProcessInfo.processInfo.environment["GONGWEN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    let options = ServerOptions(
      host: host, port: port, token: token, maxUploadBytes: maxUpload << 20, maxTableRows: maxRows,
      maxBatchDocuments: maxBatch, maxConcurrentJobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      maxQueuedJobs: queue, jobSeconds: jobSeconds, queueSeconds: queueSeconds)
    try await GongwenServer.run(options) { address in
      print(SummaryText.listening(address, token: token != nil))
      fflush(stdout)
    }
    print(SummaryText.stopped)
  }
}
