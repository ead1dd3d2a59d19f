import Foundation
import Testing

@testable import Gongwen

/// `gongwen serve` under hostile and heavy use: bad uploads answered 4xx with a JSON diagnostic and the
/// server still serving, limits, the queue, the token, concurrency and shutdown.
@Suite(.enabled(if: GongwenCLI.isAvailable, "needs the built gongwen executable"), .serialized)
struct ServerHostileTests {
  static let corpus = ServerProcess.repository.appendingPathComponent("Tests/GongwenTests/Fixtures/hostile")

  static func data(_ path: String) throws -> Data { try Data(contentsOf: ServerProcess.repository.appendingPathComponent(path)) }

  static func render(_ server: ServerProcess, template: (String, Data)) async throws -> HTTPAnswer {
    try await HTTPClient.post(server.base.appendingPathComponent("api/render"), form: MultipartBody(
      fields: ["data": #"{"name": "张三"}"#], files: ["template": template]))
  }

  /// The sample table's 16 rows repeated to `count` units, each named apart.
  static func manyUnits(_ count: Int) throws -> Data {
    let lines = String(decoding: try data("samples/units.csv"), as: UTF8.self).split(whereSeparator: \.isNewline)
    var csv = String(lines[0]) + "\n"
    for index in 0..<count {
      csv += "单位\(index)" + lines[1 + index % 16].drop(while: { $0 != "," }) + "\n"
    }
    return Data(csv.utf8)
  }

  static func expectServing(_ server: ServerProcess) async throws {
    let health = try await HTTPClient.get(server.base.appendingPathComponent("health"))
    #expect(health.status == 200, "the server keeps serving")
  }

  /// Every template of the hostile corpus: 422 with the id the command line gives, and the server serves on.
  @Test func hostileCorpusIsAnsweredWithTheCommandLineIDs() async throws {
    struct Expected: Decodable { let file: String; let id: String }
    let expected = try JSONDecoder().decode([Expected].self, from: Data(contentsOf: Self.corpus.appendingPathComponent("expected.json")))
    #expect(expected.count > 30)
    let server = try ServerProcess()
    defer { server.stop() }
    for entry in expected where entry.id != "ok" && (entry.file.hasSuffix(".docx") || entry.file.hasSuffix(".odt")) {
      let bytes = try Data(contentsOf: Self.corpus.appendingPathComponent("files/" + entry.file))
      let answer = try await Self.render(server, template: (entry.file, bytes))
      #expect(answer.status == 422, "\(entry.file): \(answer.status) \(answer.text)")
      #expect(answer.errorIDs.contains(entry.id), "\(entry.file): \(answer.text)")
      let messages = (answer.json["errors"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
      #expect(messages.allSatisfy { !$0.contains("gongwen-serve-") }, "no server path in \(messages)")
    }
    try await Self.expectServing(server)
  }

  @Test func badUploadsAreRefusedWithJSONDiagnostics() async throws {
    let server = try ServerProcess(["--max-upload", "20"])
    defer { server.stop() }
    let notice = try Self.data("templates/notice.docx")
    // Not a zip; a macro-enabled name; a traversal name (shown without its folders, never used as a path).
    let notZip = try await Self.render(server, template: ("report.docx", Data("这不是压缩包".utf8)))
    #expect(notZip.status == 422 && notZip.errorIDs == ["archive_notAZip"], "\(notZip.text)")
    try await Self.expectServing(server)
    let docm = try await Self.render(server, template: ("通知.docm", notice))
    #expect(docm.status == 422 && docm.errorIDs == ["macro_template"], "\(docm.text)")
    try await Self.expectServing(server)
    let traversal = try await Self.render(server, template: ("../../../etc/passwd.docx", Data("x".utf8)))
    #expect(traversal.status == 422)
    #expect(traversal.text.contains("passwd.docx") && !traversal.text.contains("../"), "\(traversal.text)")
    // A zip bomb.
    let bomb = try await Self.render(server, template: ("bomb.docx", try Data(contentsOf: Self.corpus.appendingPathComponent("files/bomb-ratio.docx"))))
    #expect(bomb.status == 422 && bomb.errorIDs == ["archive_compressionRatio"], "\(bomb.text)")
    try await Self.expectServing(server)
    // A 200 MB body, over the 20 MB limit.
    let huge = Data(count: 200 << 20)
    let tooLarge = try await HTTPClient.post(server.base.appendingPathComponent("api/render"), body: huge,
                                             contentType: "application/octet-stream")
    #expect(tooLarge.status == 413 && tooLarge.errorIDs == ["upload_too_large"], "\(tooLarge.status) \(tooLarge.text)")
    try await Self.expectServing(server)
    // A picture path outside the upload.
    let picture = try await HTTPClient.post(server.base.appendingPathComponent("api/render"), form: MultipartBody(
      fields: ["template_name": "activity-report", "data": "会场照片: /etc/hostname\n"]))
    #expect(picture.status == 422 && picture.errorIDs == ["picture_path_outside"], "\(picture.text)")
    // Broken multipart, unknown body type, missing fields.
    let broken = try await HTTPClient.post(server.base.appendingPathComponent("api/render"), body: Data("--x\r\nnope".utf8),
                                           contentType: "multipart/form-data; boundary=x")
    #expect(broken.status == 400 && broken.errorIDs == ["bad_multipart"])
    let missing = try await HTTPClient.post(server.base.appendingPathComponent("api/render"), form: MultipartBody(fields: ["template_name": "notice"]))
    #expect(missing.status == 400 && missing.errorIDs == ["missing_field"])
    try await Self.expectServing(server)
  }

  @Test func tableAndBatchLimits() async throws {
    let server = try ServerProcess(["--max-rows", "10"])
    defer { server.stop() }
    let answer = try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", try Self.data("samples/units.csv"))]))
    #expect(answer.status == 413 && answer.errorIDs == ["too_many_rows"], "\(answer.text)")
    let batchServer = try ServerProcess(["--max-batch", "5"])
    defer { batchServer.stop() }
    let batch = try await HTTPClient.post(batchServer.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", try Self.data("samples/units.csv"))]))
    #expect(batch.status == 413 && batch.errorIDs == ["batch_too_large"], "\(batch.text)")
  }

  /// 50 renders at once give the documents 50 renders one after another give.
  @Test func fiftyConcurrentRendersMatchSerialOnes() async throws {
    let server = try ServerProcess(["--queue", "64"])
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/render")
    let units = String(decoding: try Self.data("samples/units.csv"), as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
    let template = try Self.data("templates/party-building-report.docx")
    let yaml = String(decoding: try Self.data("samples/party-building-2022.yaml"), as: UTF8.self)
    func form(_ index: Int) -> MultipartBody {
      MultipartBody(fields: ["data": yaml.replacingOccurrences(of: "\n单位: ", with: "\n单位: \(units[index % units.count])第\(index)号 ")],
                    files: ["template": ("党建.docx", template)])
    }
    var serial: [Data] = []
    for index in 0..<50 {
      let answer = try await HTTPClient.post(url, form: form(index))
      #expect(answer.status == 200, "\(answer.text)")
      serial.append(answer.body)
    }
    let concurrent = try await withThrowingTaskGroup(of: (Int, HTTPAnswer).self) { group in
      for index in 0..<50 { group.addTask { (index, try await HTTPClient.post(url, form: form(index))) } }
      var answers = [Data](repeating: Data(), count: 50)
      for try await (index, answer) in group {
        #expect(answer.status == 200, "\(answer.text)")
        answers[index] = answer.body
      }
      return answers
    }
    let work = try WorkDirectory()
    defer { work.remove() }
    var compared = 0
    for index in 0..<50 where !concurrent[index].isEmpty {
      try work.write("s.docx", Array(serial[index]))
      try work.write("c.docx", Array(concurrent[index]))
      let texts = try MiniDocx.paragraphTexts(atPath: work.path("s.docx"))
      #expect(texts.joined().contains("第\(index)号"))
      #expect(try MiniDocx.paragraphTexts(atPath: work.path("c.docx")) == texts)
      compared += 1
    }
    #expect(compared == 50)
    // Memory stays bounded: the server's peak resident size, read from /proc.
    let status = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/status", encoding: .utf8)
    let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
      .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
    #expect(peak > 0)
    // Under ASan (make test-asan) shadow memory and the quarantine of freed blocks decide the resident size.
    if ProcessInfo.processInfo.environment["GONGWEN_SANITIZER"] == nil {
      #expect(peak < 400_000, "peak resident size \(peak) kB")
    }
    try await Self.expectServing(server)
  }

  @Test func aFullQueueAnswers429WithRetryAfter() async throws {
    let server = try ServerProcess(["--jobs", "1", "--queue", "0"])
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/batch")
    let units = try Self.data("samples/units.csv")
    let answers = try await withThrowingTaskGroup(of: HTTPAnswer.self) { group in
      for _ in 0..<6 {
        group.addTask {
          try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "party-building-report"],
                                                             files: ["units": ("units.csv", units)]))
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    let refused = answers.filter { $0.status == 429 }
    #expect(answers.contains { $0.status == 200 })
    #expect(!refused.isEmpty, "\(answers.map(\.status))")
    #expect(refused.allSatisfy { $0.header("Retry-After") != nil && $0.errorIDs == ["server_busy"] })
  }

  /// A job past --job-seconds is answered 503 with Retry-After; the server serves on.
  @Test func aJobPastItsTimeLimitIsAnswered503() async throws {
    let server = try ServerProcess(["--job-seconds", "1", "--max-batch", "5000"])
    defer { server.stop() }
    let answer = try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", try Self.manyUnits(4_000))]))
    #expect(answer.status == 503 && answer.errorIDs == ["job_time_limit"], "\(answer.status) \(answer.text.prefix(300))")
    #expect(answer.header("Retry-After") != nil)
    try await Self.expectServing(server)
  }

  @Test func aTokenIsRequiredBeyondLoopbackAndChecked() async throws {
    let open = try GongwenCLI.run(["serve", "--host", "0.0.0.0", "--port", "0"])
    #expect(open.status == 2)
    #expect(open.stderr.contains("--token"), "\(open.stderr)")
    let token = "s3cret-token-for-the-test"
    let server = try ServerProcess(["--token", token])
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/inspect")
    let refused = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "notice"]))
    #expect(refused.status == 401 && refused.errorIDs == ["unauthorized"])
    let wrong = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "notice"]),
                                          headers: ["Authorization": "Bearer wrong"])
    #expect(wrong.status == 401)
    let allowed = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "notice"]),
                                            headers: ["Authorization": "Bearer " + token])
    #expect(allowed.status == 200)
    try await Self.expectServing(server)
  }

  /// SIGTERM: the server exits 0 and leaves no upload behind.
  @Test func sigtermStopsTheServerAndRemovesItsFolder() async throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    // The folder of a server killed before it could clean up is removed when the next one starts.
    try work.write("gongwen-serve-4194999-abcdef/job/upload.docx", "left behind")
    let server = try ServerProcess([], environment: ["TMPDIR": work.root])
    #expect(!work.exists("gongwen-serve-4194999-abcdef"), "\(work.listing())")
    let answer = try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", try Self.data("samples/units.csv"))]))
    #expect(answer.status == 200)
    let during = work.listing().filter { $0.hasPrefix("gongwen-serve-") && !$0.contains("/") }
    #expect(during.count == 1, "one private folder while serving: \(work.listing())")
    #expect(work.listing().filter { $0.contains("/") }.isEmpty, "job folders are removed after each request: \(work.listing())")
    // A batch running when the signal comes still answers.
    let running = Task {
      try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
        fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", Self.manyUnits(1_000))]))
    }
    try await Task.sleep(nanoseconds: 300_000_000)
    kill(server.process.processIdentifier, SIGTERM)
    let finished = try await running.value
    #expect(finished.status == 200 && finished.header("X-Gongwen-Written") == "1000", "\(finished.status) \(finished.text.prefix(300))")
    let stopped = server.stop()
    #expect(stopped.status == 0)
    #expect(stopped.output.contains("stopped"))
    #expect(work.listing().filter { $0.hasPrefix("gongwen-serve-") }.isEmpty, "\(work.listing())")
  }
}
