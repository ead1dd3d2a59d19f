import Foundation
import Testing

@testable import Gongwen

/// `gongwen serve`'s API over loopback with a real HTTP client: every endpoint, answers compared with
/// the command line's.
@Suite(.enabled(if: GongwenCLI.isAvailable, "needs the built gongwen executable"), .serialized)
struct ServerAPITests {
  static let root = ServerProcess.repository
  static func file(_ path: String) throws -> Data { try Data(contentsOf: root.appendingPathComponent(path)) }

  /// The notice's sample data without its seal: an upload carries no pictures, and picture paths are
  /// never read from the server's own folders.
  static func noticeData() throws -> Data {
    let text = String(decoding: try file("samples/notice.yaml"), as: UTF8.self)
    return Data(text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("印章:") }.joined(separator: "\n").utf8)
  }

  @Test func healthTemplatesAndOpenAPI() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let health = try await HTTPClient.get(server.base.appendingPathComponent("health"))
    #expect(health.status == 200)
    #expect(health.json["status"] as? String == "ok")
    let templates = try await HTTPClient.get(server.base.appendingPathComponent("api/templates"))
    let names = (templates.json["templates"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
    #expect(names.contains("notice") && names.contains("party-building-report"))
    let openAPI = try await HTTPClient.get(server.base.appendingPathComponent("api/openapi.json"))
    let paths = (openAPI.json["paths"] as? [String: Any])?.keys.sorted() ?? []
    for path in ["/api/render", "/api/batch", "/api/convert", "/api/check", "/api/check-format", "/api/inspect", "/health"] {
      #expect(paths.contains(path), "\(path) is described")
    }
    #expect(openAPI.json["openapi"] as? String == "3.0.3")
    let page = try await HTTPClient.get(server.base)
    #expect(page.status == 200 && page.text.contains("公文生成") && page.text.contains("<form"))
    let english = try await HTTPClient.get(try #require(URL(string: server.base.absoluteString + "?lang=en")))
    #expect(english.text.contains("Step 1: template") && !english.text.contains("第一步"))
  }

  /// The OA system's call: the notice template and its data, as multipart and as JSON, give the same
  /// document as `gongwen render`.
  @Test func renderAnswersTheSameDocumentAsTheCommandLine() async throws {
    let work = try WorkDirectory()
    defer { work.remove() }
    let template = Self.root.appendingPathComponent("templates/notice.docx").path
    try work.write("notice.yaml", Array(try Self.noticeData()))
    let cli = try GongwenCLI.run(["render", template, work.path("notice.yaml"), "-o", work.path("cli.docx")])
    #expect(cli.status == 0, "\(cli.stderr)")
    let server = try ServerProcess()
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/render")
    let multipart = try await HTTPClient.post(url, form: MultipartBody(
      files: ["template": ("notice.docx", try Self.file("templates/notice.docx")), "data": ("notice.yaml", try Self.noticeData())]))
    #expect(multipart.status == 200, "\(multipart.text)")
    #expect(multipart.header("Content-Type")?.hasPrefix("application/vnd.openxmlformats") == true)
    try work.write("multipart.docx", Array(multipart.body))
    let json: [String: Any] = [
      "template": ["filename": "notice.docx", "base64": try Self.file("templates/notice.docx").base64EncodedString()],
      "data": String(decoding: try Self.noticeData(), as: UTF8.self),
    ]
    let viaJSON = try await HTTPClient.post(url, body: try JSONSerialization.data(withJSONObject: json), contentType: "application/json")
    #expect(viaJSON.status == 200, "\(viaJSON.text)")
    try work.write("json.docx", Array(viaJSON.body))
    let expected = try MiniDocx.paragraphTexts(atPath: work.path("cli.docx"))
    #expect(expected.contains { $0.contains("机关作风建设专项检查") })
    // The same bytes: renders are reproducible, and the server calls the same library.
    #expect(multipart.body == Data(try work.read("cli.docx")))
    #expect(viaJSON.body == Data(try work.read("cli.docx")))
  }

  @Test func checkReportsFindingsWithTheCommandLineIDs() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/check")
    let bad = try await HTTPClient.post(url, form: MultipartBody(
      fields: ["template_name": "notice", "data": "标题: 测试\n主送机关: 各单位\n发文机关x: 某局\n"]))
    #expect(bad.status == 200)
    #expect(bad.json["status"] as? String == "error")
    #expect(bad.errorIDs.contains("missing_value"))
    let warnings = (bad.json["warnings"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(warnings.contains("unused_key"))
    let good = try await HTTPClient.post(url, form: MultipartBody(
      fields: ["template_name": "notice"], files: ["data": ("notice.yaml", try Self.noticeData())]))
    #expect(good.json["status"] as? String == "ok", "\(good.text)")
    // A unit table: findings by row and by field.
    // Without the 主责业务 column every row misses it; 市教育局's row has one cell too many.
    var rows = String(decoding: try Self.file("samples/units.csv"), as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
      var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      cells.remove(at: 3)
      return cells
    }
    rows[2].append("多余")
    let csv = rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    let table = try await HTTPClient.post(url, form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", Data(csv.utf8))]))
    #expect(table.status == 200, "\(table.text)")
    let errors = table.json["errors"] as? [[String: Any]] ?? []
    #expect(errors.count == 16, "\(table.text)")
    let badRow = errors.first { $0["id"] as? String == "bad_row" }
    #expect(badRow?["row"] as? String == "3")
    #expect(errors.filter { $0["id"] as? String == "missing_value" }.count == 15)
    let byField = table.json["byField"] as? [[String: Any]] ?? []
    #expect(byField.first?["field"] as? String == "主责业务", "\(byField)")
    #expect(byField.first?["count"] as? Int == 15)
  }

  @Test func inspectGivesFieldsAndSkeletonsTheTableReaderReadsBack() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/inspect")
    let outline = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "party-building-report"]))
    #expect(outline.status == 200)
    let headers = (outline.json["columns"] as? [[String: Any]])?.compactMap { $0["header"] as? String } ?? []
    #expect(headers.contains("学习.中心组学习次数") && headers.contains("单位"), "\(headers)")
    let yaml = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "notice", "skeleton": "yaml"]))
    #expect(yaml.text.contains("主送机关:"))
    let xlsx = try await HTTPClient.post(url, form: MultipartBody(fields: ["template_name": "party-building-report", "skeleton": "xlsx"]))
    #expect(xlsx.status == 200)
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("skeleton.xlsx", Array(xlsx.body))
    let table = try UnitTableLoader.load(path: work.path("skeleton.xlsx"))
    #expect(table.fields == headers)
    #expect(table.units.count == 1)
    #expect(table.units.allSatisfy(DataSkeleton.isExplanationRow), "row 2 explains each column")
  }

  @Test func batchAnswersAZipOfEveryUnitWithTheManifestLast() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let answer = try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report"], files: ["units": ("units.csv", try Self.file("samples/units.csv"))]))
    #expect(answer.status == 200, "\(answer.text)")
    #expect(answer.header("X-Gongwen-Written") == "16")
    let archive = try ZipArchive(bytes: Array(answer.body), name: "batch.zip")
    let names = archive.entries.map(\.name)
    #expect(names.count == 17)
    #expect(names.last == "manifest.csv")
    #expect(names.contains("市教育局.docx"))
    let document = try #require(try archive.read(named: "市教育局.docx"))
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("unit.docx", document)
    #expect(try MiniDocx.paragraphTexts(atPath: work.path("unit.docx")).joined().contains("市教育局"))
  }

  /// `async=1`: a job whose progress reaches every unit, then the same zip.
  @Test func anAsyncBatchReportsProgressThenItsZip() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let started = try await HTTPClient.post(server.base.appendingPathComponent("api/batch"), form: MultipartBody(
      fields: ["template_name": "party-building-report", "async": "1"],
      files: ["units": ("units.csv", try Self.file("samples/units.csv"))]))
    #expect(started.status == 202)
    let progress = try #require(started.json["progress"] as? String)
    var state: [String: Any] = [:]
    for _ in 0..<600 {
      state = try await HTTPClient.get(try #require(URL(string: progress, relativeTo: server.base))).json
      if state["status"] as? String == "done" { break }
      try await Task.sleep(nanoseconds: 100_000_000)
    }
    #expect(state["status"] as? String == "done" && state["done"] as? Int == 16 && state["total"] as? Int == 16, "\(state)")
    let resultPath = try #require(state["result"] as? String)
    let result = try await HTTPClient.get(try #require(URL(string: resultPath, relativeTo: server.base)))
    #expect(result.status == 200 && result.header("X-Gongwen-Written") == "16")
    #expect(try ZipArchive(bytes: Array(result.body), name: "batch.zip").entries.count == 17)
    let unknown = try await HTTPClient.get(server.base.appendingPathComponent("api/jobs/nope"))
    #expect(unknown.status == 404 && unknown.errorIDs == ["unknown_job"])
  }

  @Test func convertAndCheckFormat() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let text = String(decoding: try Self.file("samples/party-building-2022.txt"), as: UTF8.self)
    let converted = try await HTTPClient.post(server.base.appendingPathComponent("api/convert"), form: MultipartBody(
      fields: ["text": text, "fields": "发文机关: 某市人民政府办公室\n成文日期: 2023年1月16日"]))
    #expect(converted.status == 200, "\(converted.text)")
    let work = try WorkDirectory()
    defer { work.remove() }
    try work.write("converted.docx", Array(converted.body))
    let paragraphs = try MiniDocx.paragraphTexts(atPath: work.path("converted.docx"))
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    let title = try #require(text.split(separator: "\n").first.map(String.init))
    #expect(paragraphs.contains(title))
    #expect(paragraphs.contains("某市人民政府办公室"))
    let format = server.base.appendingPathComponent("api/check-format")
    let conforming = try await HTTPClient.post(format, form: MultipartBody(files: ["document": ("报告.docx", converted.body)]))
    let found = (conforming.json["deviations"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(found == [], "\(conforming.text)")
    let plain = try await HTTPClient.post(format, form: MultipartBody(files: ["document": ("plain.docx", Data(try MiniDocx.build(["正文"])))]))
    #expect(plain.json["status"] as? String == "deviates")
    #expect(plain.json["file"] as? String == "plain.docx")
    let ids = (plain.json["deviations"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(ids.contains { $0.hasPrefix("margin") }, "\(ids)")
  }
}
