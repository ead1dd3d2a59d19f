import Foundation
import Testing

@testable import Gongwen

/// Not a timed test: prints what verifying a rendered package costs, only when GONGWEN_VERIFY_MEASURE is
/// set, e.g. `GONGWEN_VERIFY_MEASURE=1 swift test --filter VerifyMeasurement`.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["GONGWEN_VERIFY_MEASURE"] != nil))
struct VerifyMeasurement {
  static let repository = ShippedTemplateTests.repository

  static func microseconds(_ iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { try body() }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations) / 1_000
  }

  func measure(_ name: String, _ template: Template, _ data: Value, iterations: Int) throws {
    // Alternating rounds, the fastest of each kind: the machine is shared, so the minimum is the cost.
    var plain = Double.infinity, verified = Double.infinity
    for _ in 0..<5 {
      plain = min(plain, try Self.microseconds(iterations) { _ = try template.render(data, verify: false) })
      verified = min(verified, try Self.microseconds(iterations) { _ = try template.render(data, verify: true) })
    }
    let size = try template.render(data).count
    print(String(format: "%@: render %.0f µs, with verification %.0f µs (+%.0f µs, +%.0f%%), %d bytes",
                 name, plain, verified, verified - plain, (verified - plain) / plain * 100, size))
  }

  @Test func shippedTemplates() throws {
    let data = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/party-building-2022.yaml").path)
    for format in ["docx", "odt"] {
      let template = try Template(path: Self.repository.appendingPathComponent("templates/party-building-report.\(format)").path)
      try measure("party-building-report.\(format)", template, data, iterations: 50)
    }
  }

  @Test func largeTable() throws {
    let rows = WordML.tr(WordML.cell("序号") + WordML.cell("名称"))
      + WordML.tr(WordML.cell("{{#rows}}{{$index}}") + WordML.cell("{{name}}{{/rows}}"))
    let template = try DocxHarness.template(WordPackageBuilder(body: WordML.para("{{title}}") + WordML.table(rows)))
    let items = (1...2_000).map { "{\"name\": \"单位\($0)\"}" }.joined(separator: ",")
    let data = try DocxHarness.json("{\"title\": \"表\", \"rows\": [\(items)]}")
    try measure("2,000-row table", template, data, iterations: 3)
    let part = try #require(try ZipArchive(bytes: try template.render(data), name: "out").read(named: "word/document.xml"))
    let parse = try Self.microseconds(10) { _ = try XMLDocument(parsing: part, part: "word/document.xml") }
    let scan = Self.microseconds(10) { _ = RenderVerifier.mentions(data, "{{") }
    print(String(format: "  of which parsing word/document.xml (%d bytes): %.0f µs; scanning the data: %.0f µs", part.count, parse, scan))
  }
}
