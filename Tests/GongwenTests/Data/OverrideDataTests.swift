import Collections
import Testing

@testable import Gongwen

@Suite struct OverrideDataTests {
  private static func obj(_ pairs: KeyValuePairs<String, Value>) -> Value { DataTestSupport.object(pairs) }

  private let base: Value = Self.obj([
    "标题": .string("通知"), "级别": .string("一般"),
    "附件": .list([Self.obj(["名称": .string("甲")]), Self.obj(["名称": .string("乙")])]),
  ])

  @Test func nestedPathsCreateObjects() throws {
    let value = try DataLoader.applying(overrides: ["a.b.c=1", "发文机关=国务院办公厅"], to: Self.obj([:]))
    #expect(value["a"]?["b"]?["c"] == .string("1"))
    #expect(value["发文机关"] == .string("国务院办公厅"))
    #expect(DataTestSupport.keys(value) == ["a", "发文机关"])
  }

  @Test func replacingKeepsTheKeyInPlace() throws {
    let value = try DataLoader.applying(overrides: ["标题=函"], to: base)
    #expect(DataTestSupport.keys(value) == ["标题", "级别", "附件"])
    #expect(value["标题"] == .string("函"))
  }

  @Test func aScalarOnThePathIsReplacedByAnObject() throws {
    let value = try DataLoader.applying(overrides: ["标题.主=关于", "标题.副=通知"], to: base)
    #expect(value["标题"] == Self.obj(["主": .string("关于"), "副": .string("通知")]))
  }

  @Test func overridesApplyInOrder() throws {
    let value = try DataLoader.applying(overrides: ["a=1", "a=2", "b.c=3", "b=4"], to: Self.obj([:]))
    #expect(value["a"] == .string("2"))
    #expect(value["b"] == .string("4"))
  }

  @Test func valueKinds() throws {
    let value = try DataLoader.applying(
      overrides: ["t=true", "f=false", "n=null", "num=3", "eq=a=b", "empty=", "sp= 两边 ", "True=True"],
      to: Self.obj([:]))
    #expect(value["t"] == .bool(true))
    #expect(value["f"] == .bool(false))
    #expect(value["n"] == .null)
    #expect(value["num"] == .string("3"))
    #expect(value["eq"] == .string("a=b"))
    #expect(value["empty"] == .string(""))
    #expect(value["sp"] == .string(" 两边 "))
    #expect(value["True"] == .string("True"))
  }

  @Test func jsonLookingValuesAreParsed() throws {
    let value = try DataLoader.applying(
      overrides: [#"list=[1, "二", {"x": 1.50}]"#, #"obj={"b": 2, "a": [true]}"#, "tag=[草稿]", "half=[1, 2"],
      to: Self.obj([:]))
    #expect(value["list"] == .list([.number("1"), .string("二"), Self.obj(["x": .number("1.50")])]))
    #expect(DataTestSupport.keys(value["obj"]) == ["b", "a"])
    #expect(value["tag"] == .string("[草稿]"))
    #expect(value["half"] == .string("[1, 2"))
  }

  @Test func listElementsByNumber() throws {
    let value = try DataLoader.applying(overrides: ["附件.1.名称=丙", "附件.2.名称=丁"], to: base)
    guard case .list(let items) = value["附件"] else {
      Issue.record("附件 is not a list")
      return
    }
    #expect(items.map { $0["名称"] } == [.string("甲"), .string("丙"), .string("丁")])
  }

  @Test func badListSteps() {
    let word = DataTestSupport.dataError { _ = try DataLoader.applying(overrides: ["附件.x=1"], to: base) }
    #expect(word?.file == "<--set>")
    #expect(word?.message == "in the override '附件.x=1', '附件' is a list, so 'x' must be an item number (0 is the first)")
    let far = DataTestSupport.dataError { _ = try DataLoader.applying(overrides: ["附件.5=1"], to: base) }
    #expect(far?.message == "in the override '附件.5=1', the list '附件' has 2 items: 5 is past its end")
  }

  @Test func malformedOverridesAreNamed() {
    let cases: [(String, Int, String)] = [
      ("标题", 3, "the override '标题' has no '=': write --set name=value, such as --set 标题=通知"),
      ("=x", 1, "the override '=x' has no name before '='"),
      ("a..b=1", 3, "the override 'a..b=1' has an empty part in its name 'a..b'"),
      (".a=1", 1, "the override '.a=1' has an empty part in its name '.a'"),
      ("a.=1", 3, "the override 'a.=1' has an empty part in its name 'a.'"),
    ]
    for (override, column, message) in cases {
      let error = DataTestSupport.dataError { _ = try DataLoader.applying(overrides: [override], to: base) }
      #expect(error?.file == "<--set>", "\(override)")
      #expect(error?.column == column, "\(override)")
      #expect(error?.message == message, "\(override)")
      #expect(error?.sourceLine == override, "\(override)")
    }
  }

  @Test func overlyDeepPathsAreRefused() {
    let override = Array(repeating: "a", count: 10_000).joined(separator: ".") + "=1"
    let error = DataTestSupport.dataError { _ = try DataLoader.applying(overrides: [override], to: base) }
    #expect(error?.message.hasSuffix("nests deeper than 256 levels") == true)
  }

  @Test func scalarText() {
    #expect(DataLoader.parseScalarText("true") == .bool(true))
    #expect(DataLoader.parseScalarText("null") == .null)
    #expect(DataLoader.parseScalarText("1.50") == .string("1.50"))
    #expect(DataLoader.parseScalarText(" [1] ") == .list([.number("1")]))
    #expect(DataLoader.parseScalarText("{}") == Self.obj([:]))
    #expect(DataLoader.parseScalarText("{x}") == .string("{x}"))
  }
}
