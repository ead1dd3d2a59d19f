import Testing

@testable import GongwenTemplate

@Suite struct ScopeTests {
  let root: Value = ["title": "报告", "unit": ["name": "某局"], "n": 0]

  @Test func rootLookup() {
    let scope = Scope(root: root)
    #expect(scope.lookup(Path(["title"])) == "报告")
    #expect(scope.lookup(Path(["unit", "name"])) == "某局")
    #expect(scope.lookup(Path(["n"])) == 0)
    #expect(scope.lookup(Path(["missing"])) == nil)
    #expect(scope.lookup(Path(["unit", "missing"])) == nil)
    #expect(scope.lookup(Path(["title", "x"])) == nil)
  }

  @Test func currentIsInnermostFrame() {
    var scope = Scope(root: root)
    #expect(scope.lookup(.current) == root)
    scope.push("item")
    #expect(scope.lookup(.current) == "item")
    scope.pop()
    #expect(scope.lookup(.current) == root)
  }

  @Test func chainFallsBackToOuterFrames() {
    var scope = Scope(root: root)
    scope.push(["name": "活动一"])
    #expect(scope.lookup(Path(["name"])) == "活动一")
    #expect(scope.lookup(Path(["title"])) == "报告")
    #expect(scope.lookup(Path(["unit", "name"])) == "某局")
  }

  @Test func dottedPathDoesNotFallBackAfterTheFirstKey() {
    var scope = Scope(root: ["a": ["b": 1, "c": 2]])
    scope.push(["a": ["b": 10]])
    #expect(scope.lookup(Path(["a", "b"])) == 10)
    #expect(scope.lookup(Path(["a", "c"])) == nil)
  }

  @Test func innerFrameShadowsOuter() {
    var scope = Scope(root: ["name": "outer"])
    scope.push(["name": "inner"])
    #expect(scope.lookup(Path(["name"])) == "inner")
  }

  @Test func nonObjectFramesAreSkippedForKeys() {
    var scope = Scope(root: root)
    scope.push("scalar item")
    #expect(scope.lookup(Path(["title"])) == "报告")
  }

  @Test func loopVariablesComeFromTheInnermostLoop() {
    var scope = Scope(root: root)
    #expect(scope.lookup(Path(["$index"])) == nil)
    scope.push(["x": 1], loop: LoopPosition(index: 0, count: 3))
    #expect(scope.lookup(Path(["$index"])) == 1)
    #expect(scope.lookup(Path(["$index0"])) == 0)
    #expect(scope.lookup(Path(["$first"])) == true)
    #expect(scope.lookup(Path(["$last"])) == false)
    #expect(scope.lookup(Path(["$count"])) == 3)
    scope.push("inner", loop: LoopPosition(index: 1, count: 2))
    #expect(scope.lookup(Path(["$index"])) == 2)
    #expect(scope.lookup(Path(["$first"])) == false)
    #expect(scope.lookup(Path(["$last"])) == true)
    #expect(scope.lookup(Path(["$count"])) == 2)
    scope.push(["detail": "object scope, not a loop"])
    #expect(scope.lookup(Path(["$index"])) == 2)
    scope.pop()
    scope.pop()
    #expect(scope.lookup(Path(["$index"])) == 1)
  }

  @Test func rootIsNeverPopped() {
    var scope = Scope(root: root)
    scope.pop()
    #expect(scope.frames.count == 1)
    #expect(scope.current == root)
  }

  @Test func pushingLeavesTheOriginalUnchanged() {
    let scope = Scope(root: root)
    let inner = scope.pushing(["title": "内"], loop: LoopPosition(index: 0, count: 1))
    #expect(inner.lookup(Path(["title"])) == "内")
    #expect(scope.lookup(Path(["title"])) == "报告")
    #expect(inner.loop == LoopPosition(index: 0, count: 1))
    #expect(scope.loop == nil)
  }
}
