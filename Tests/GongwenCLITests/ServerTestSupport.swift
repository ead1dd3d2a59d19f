import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `gongwen serve` process on a free loopback port, stopped with SIGTERM when the test ends.
final class ServerProcess: @unchecked Sendable {
  let process = Process()
  let base: URL
  private let output: Pipe

  /// Starts the server with `arguments` after `serve --port 0` and waits until it listens.
  init(_ arguments: [String] = [], environment extra: [String: String] = [:]) throws {
    let binary = try #require(GongwenCLI.binary, "the gongwen executable was not found beside the test bundle")
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["serve", "--port", "0"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GONGWEN_TEMPLATES"] = ServerProcess.repository.appendingPathComponent("templates").path
    // Answers in English unless a test asks for another locale or language.
    for name in ["LC_ALL", "LC_MESSAGES"] { environment.removeValue(forKey: name) }
    environment["LANG"] = "C.UTF-8"
    environment.merge(extra) { $1 }
    process.environment = environment
    output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The first line names the address: "gongwen serve: listening on http://127.0.0.1:PORT/".
    var line = Data()
    let handle = output.fileHandleForReading
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      line += chunk
    }
    let text = String(decoding: line, as: UTF8.self)
    let address = try #require(text.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("http://") }, "no address in '\(text)'")
    base = try #require(URL(string: String(address)))
  }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Sends SIGTERM and waits for the exit; returns the exit status and the rest of standard output.
  @discardableResult
  func stop() -> (status: Int32, output: String) {
    if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    let rest = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: rest, as: UTF8.self))
  }

  deinit { if process.isRunning { process.terminate() } }
}

/// One HTTP answer.
struct HTTPAnswer: Sendable {
  let status: Int
  let headers: [String: String]
  let body: Data

  var text: String { String(decoding: body, as: UTF8.self) }
  var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
  /// The ids of `errors` in a JSON diagnostic answer.
  var errorIDs: [String] { (json["errors"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? [] }
  func header(_ name: String) -> String? {
    headers.first { $0.key.lowercased() == name.lowercased() }?.value
  }
}

/// A real HTTP client over loopback (URLSession), with multipart bodies.
enum HTTPClient {
  static let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 300
    configuration.httpMaximumConnectionsPerHost = 64
    return URLSession(configuration: configuration)
  }()

  static func get(_ url: URL, headers: [String: String] = [:]) async throws -> HTTPAnswer {
    var request = URLRequest(url: url)
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    return try await send(request)
  }

  static func post(_ url: URL, body: Data, contentType: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
    var request = URLRequest(url: url)
    request.httpMethod = "POST"
    request.setValue(contentType, forHTTPHeaderField: "Content-Type")
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    request.httpBody = body
    return try await send(request)
  }

  static func post(_ url: URL, form: MultipartBody, headers: [String: String] = [:]) async throws -> HTTPAnswer {
    try await post(url, body: form.data, contentType: form.contentType, headers: headers)
  }

  private static func send(_ request: URLRequest) async throws -> HTTPAnswer {
    let (data, response) = try await session.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    var headers: [String: String] = [:]
    for (key, value) in http.allHeaderFields { headers["\(key)"] = "\(value)" }
    return HTTPAnswer(status: http.statusCode, headers: headers, body: data)
  }
}

/// A `multipart/form-data` body built field by field.
struct MultipartBody {
  let boundary = "gongwen-test-" + UUID().uuidString
  private(set) var data = Data()

  var contentType: String { "multipart/form-data; boundary=\(boundary)" }

  init(fields: [String: String] = [:], files: [String: (name: String, bytes: Data)] = [:]) {
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) { add(name, value) }
    for (name, file) in files.sorted(by: { $0.key < $1.key }) { add(name, file: file.name, file.bytes) }
    data += Data("--\(boundary)--\r\n".utf8)
  }

  private mutating func add(_ name: String, _ value: String) {
    data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
  }

  private mutating func add(_ name: String, file: String, _ bytes: Data) {
    data += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file)\"\r\n".utf8)
    data += Data("Content-Type: application/octet-stream\r\n\r\n".utf8)
    data += bytes + Data("\r\n".utf8)
  }
}
