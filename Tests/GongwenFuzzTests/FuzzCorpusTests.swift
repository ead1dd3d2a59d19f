import Foundation
import Testing

@testable import GongwenFuzzing

/// Replays the fuzz targets' seed corpus and every input a fuzzer once crashed on (`Fuzz/corpus`,
/// `Fuzz/regressions`) through the same harness, so the ordinary test suite keeps them fixed.
struct FuzzCorpusTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

  static func inputs(_ folder: String) -> [(name: String, bytes: [UInt8])] {
    let url = fuzzFolder.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().compactMap { name in
      guard !name.hasPrefix("."), let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
      else { return nil }
      return (name, [UInt8](data))
    }
  }

  @Test func tagSeedsCompileAndRender() {
    let seeds = Self.inputs("corpus/tags")
    #expect(seeds.count >= 10)
    var rendered = 0
    for seed in seeds {
      let outcome = seed.bytes.withUnsafeBufferPointer { TagFuzzing.run($0) }
      if outcome.rendered { rendered += 1 }
    }
    #expect(rendered * 2 >= seeds.count, "most tag seeds are valid templates; only \(rendered) of \(seeds.count) rendered")
  }

  @Test func documentSeedsCompileRenderAndReopen() {
    let seeds = Self.inputs("corpus/render-part")
    #expect(seeds.count >= 5)
    for seed in seeds {
      let outcome = PartFuzzing.run(document: seed.bytes)
      #expect(outcome.errorID == nil, "\(seed.name): \(outcome.errorID ?? "")")
      #expect(outcome.rendered && outcome.reopenErrorID == nil, "\(seed.name)")
    }
  }

  @Test func tagRegressionsRenderTheSameEveryTime() {
    for input in Self.inputs("regressions/tags") {
      let first = input.bytes.withUnsafeBufferPointer { TagFuzzing.run($0) }
      let second = input.bytes.withUnsafeBufferPointer { TagFuzzing.run($0) }
      #expect(first == second, "\(input.name)")
    }
  }

  @Test func documentRegressionsStaySound() {
    for input in Self.inputs("regressions/render-part") {
      let outcome = PartFuzzing.run(document: input.bytes)
      #expect(outcome.reopenErrorID == nil, "\(input.name): the rendered package does not open again")
    }
  }
}
