import Foundation
import Testing

/// `gongwen serve` answers in the language of the request's `Accept-Language`, else in the server's
/// (`--lang` or its locale); the ids are the same in either.
@Suite(.enabled(if: GongwenCLI.isAvailable, "needs the built gongwen executable"), .serialized)
struct ServerLanguageTests {
  private static func typo() throws -> MultipartBody {
    MultipartBody(files: ["template": ("t.docx", Data(try MiniDocx.build(["金额 {{金额 | cnmony}}"]))),
                          "data": ("d.yaml", Data("金额: 1\n".utf8))])
  }

  private static func firstError(_ answer: HTTPAnswer) -> [String: Any] {
    (answer.json["errors"] as? [[String: Any]])?.first ?? [:]
  }

  @Test func acceptLanguageChoosesTheLanguageOfDiagnostics() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/render")
    let chinese = try await HTTPClient.post(url, form: try Self.typo(), headers: ["Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"])
    #expect(chinese.status == 422)
    let zh = Self.firstError(chinese)
    #expect(zh["id"] as? String == "unknown_filter")
    #expect((zh["message"] as? String)?.contains("错误: 没有名为 'cnmony' 的过滤器") == true, "\(chinese.text)")
    #expect(zh["hint"] as? String == "是不是想写 cnmoney？", "\(chinese.text)")
    let english = try await HTTPClient.post(url, form: try Self.typo(), headers: ["Accept-Language": "en-US,en;q=0.9,zh;q=0.5"])
    let en = Self.firstError(english)
    #expect(en["id"] as? String == "unknown_filter")
    #expect((en["message"] as? String)?.contains("error: unknown filter 'cnmony'") == true, "\(english.text)")
    // No header, or none of its languages known: the server's language (English here).
    let plain = try await HTTPClient.post(url, form: try Self.typo(), headers: ["Accept-Language": "fr-FR, de;q=0.5"])
    #expect((Self.firstError(plain)["message"] as? String)?.contains("unknown filter") == true, "\(plain.text)")
    // The server's own refusals too.
    let missing = try await HTTPClient.post(url, form: MultipartBody(), headers: ["Accept-Language": "zh"])
    #expect(missing.status == 400)
    #expect(Self.firstError(missing)["id"] as? String == "missing_field")
    #expect((Self.firstError(missing)["message"] as? String)?.hasPrefix("错误: 请求中没有 'template'：请上传 .docx 或 .odt 模板") == true,
            "\(missing.text)")
    let englishMissing = try await HTTPClient.post(url, form: MultipartBody())
    #expect((Self.firstError(englishMissing)["message"] as? String)?.hasPrefix("error: the request has no 'template'") == true,
            "\(englishMissing.text)")
  }

  /// check-format's deviations follow the request's language too; their ids stay.
  @Test func acceptLanguageChoosesTheLanguageOfFormatDeviations() async throws {
    let server = try ServerProcess()
    defer { server.stop() }
    let url = server.base.appendingPathComponent("api/check-format")
    let plain = MultipartBody(files: ["document": ("plain.docx", Data(try MiniDocx.build(["正文"])))])
    func deviation(_ answer: HTTPAnswer, _ id: String) -> [String: Any] {
      (answer.json["deviations"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id } ?? [:]
    }
    let chinese = try await HTTPClient.post(url, form: plain, headers: ["Accept-Language": "zh-CN,zh;q=0.9"])
    #expect(deviation(chinese, "page_number_format")["found"] as? String == "没有页码", "\(chinese.text)")
    #expect(deviation(chinese, "page_number_format")["location"] as? String == "页脚", "\(chinese.text)")
    let english = try await HTTPClient.post(url, form: plain, headers: ["Accept-Language": "en"])
    #expect(deviation(english, "page_number_format")["found"] as? String == "no page number", "\(english.text)")
    #expect(deviation(english, "page_number_format")["expected"] as? String == "page numbers “— 1 —”", "\(english.text)")
  }

  @Test func theServersLanguageAnswersRequestsThatNameNone() async throws {
    let server = try ServerProcess(["--lang", "zh"])
    defer { server.stop() }
    let check = server.base.appendingPathComponent("api/check")
    let units = MultipartBody(files: ["template": ("t.docx", Data(try MiniDocx.build(["{{单位}}：{{金额}}"]))),
                                      "units": ("units.csv", Data("单位,金额\n市教育局,100\n市财政局\n".utf8))])
    // `*` names no language (URLSession would otherwise send its own).
    let answer = try await HTTPClient.post(check, form: units, headers: ["Accept-Language": "*"])
    #expect(answer.status == 200, "\(answer.text)")
    let badRow = (answer.json["errors"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "bad_row" }
    #expect((badRow?["message"] as? String)?.contains("错误: 该行无法读取：第 3 行只有 1 格，而表头有 2 格") == true, "\(answer.text)")
    #expect(badRow?["row"] as? String == "3")
    let english = try await HTTPClient.post(check, form: units, headers: ["Accept-Language": "en"])
    let englishRow = (english.json["errors"] as? [[String: Any]] ?? []).first { $0["id"] as? String == "bad_row" }
    #expect((englishRow?["message"] as? String)?.contains("row 3 has 1 cell where the header has 2") == true, "\(english.text)")
  }
}
