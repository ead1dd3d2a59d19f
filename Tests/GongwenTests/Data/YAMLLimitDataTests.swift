import Foundation
import Testing

@testable import Gongwen

@Suite struct YAMLLimitDataTests {
  /// Nine levels of nine aliases each: about 387 million values when expanded.
  private var billionLaughs: String {
    var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
      text += "\(name): &\(name) [\(aliases)]\n"
      previous = name
    }
    return text
  }

  @Test func billionLaughsIsRefused() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML(billionLaughs) }
    #expect(error?.message == "the aliases in this YAML expand too far: the data would have more than 2000000 values")
  }

  @Test func aliasesWithinTheLimitExpand() throws {
    let value = try DataLoader.parseYAML("a: &a [1, 2, 3]\nb: [*a, *a]\n")
    #expect(value["b"] == .list([value["a"] ?? .null, value["a"] ?? .null]))
  }

  @Test func aliasKeysAreRefusedBeforeYamsHashesThem() {
    // Yams hashes whole keys while composing, so this would hash ~43 million nodes.
    let text = billionLaughs + "z: {? *h : 1}\n"
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML(text) }
    #expect(error?.message == "an alias (*h) cannot be used as a mapping key, or inside one")
    #expect(error?.line == 10 && error?.column == 7)
  }

  @Test func aliasKeyForms() {
    let anchor = "a: &x 1\n"
    for (body, line, column) in [
      ("*x : 2\n", 2, 1), ("b: {*x : 2}\n", 2, 5), ("? [1, *x]\n: 2\n", 2, 7), ("c:\n  *x : 3\n", 3, 3),
    ] {
      let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML(anchor + body) }
      #expect(error?.message == "an alias (*x) cannot be used as a mapping key, or inside one", "\(body)")
      #expect(error?.line == line && error?.column == column, "\(body)")
    }
  }

  @Test func starsInKeysThatAreNotAliasesAreFine() throws {
    let value = try DataLoader.parseYAML("a: &x 1\n\"*x\": 2\nb*x: 3\n'*y': *x\n")
    #expect(DataTestSupport.keys(value) == ["a", "*x", "b*x", "*y"])
    #expect(value["*y"] == .number("1"))
  }

  @Test func syntaxErrorsInDocumentsWithAliasesKeepTheirPositions() {
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: &x 1\nb: *x\n  c: 2\n") }
    #expect(error?.line == 3 && error?.column == 4)
  }

  @Test func depthLimitGivesThePlace() {
    let text = "标题: 通知\n深: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
    let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML(text) }
    #expect(error?.message == "the data nests deeper than 256 levels")
    #expect(error?.line == 2 && error?.column == 4 + 255)
  }

  @Test func veryDeepNestingIsRefusedWithoutStackOverflow() {
    for text in [String(repeating: "[", count: 100_000), "a:\n  " + String(repeating: "- ", count: 100_000) + "x"] {
      let error = DataTestSupport.dataError { _ = try DataLoader.parseYAML(text) }
      #expect(error?.message == "the data nests deeper than 256 levels")
    }
  }

  @Test func nestingLibyamlAcceptsIsSafeOnASmallStackThread() {
    // 990 levels is within libyaml's limit of 1000, so Yams composes it recursively; the
    // loader must do that on its own large stack, not the caller's 512 KiB one.
    let text = "a: " + String(repeating: "[", count: 990) + String(repeating: "]", count: 990) + "\n"
    let done = DispatchSemaphore(value: 0)
    final class Box: @unchecked Sendable { var message: String? }
    let box = Box()
    let thread = Thread {
      do {
        _ = try DataLoader.parseYAML(text)
      } catch {
        box.message = (error as? DataError)?.message
      }
      done.signal()
    }
    thread.stackSize = 512 << 10
    thread.start()
    done.wait()
    #expect(box.message == "the data nests deeper than 256 levels")
  }

  @Test func smallerLimits() {
    let limits = DataLimits(maxDepth: 2, maxNodes: 5, maxStringBytes: 6)
    let nodes = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: [1, 2, 3, 4, 5]\n", limits: limits) }
    #expect(nodes?.message == "the data has more than 5 values")
    let depth = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: [[1]]\n", limits: limits) }
    #expect(depth?.message == "the data nests deeper than 2 levels")
    #expect(depth?.line == 1 && depth?.column == 5)
    let string = DataTestSupport.dataError { _ = try DataLoader.parseYAML("a: 通知书\n", limits: limits) }
    #expect(string?.message == "this text is longer than 6 bytes, the most allowed")
    #expect(string?.column == 4)
  }
}
