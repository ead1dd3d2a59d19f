import Foundation
import Testing

@testable import Gongwen

extension RenderTests {
  /// Data whose top level is a list, a text or a number, read through `.` as docxtemplater reads it.
  @Suite("Data that is not a mapping") struct TopLevelData {
    @Test func listAtTheTopRepeatsThroughDot() throws {
      let body = WordML.para("名单：{{#.}}{{姓名}}{{^$last}}、{{/$last}}{{/.}}") + WordML.para("{{#.}}")
        + WordML.para("{{$index}}. {{姓名}}（{{单位}}）") + WordML.para("{{/}}")
      let output = try DocxHarness.render(WordPackageBuilder(body: body),
                                          #"[{"姓名": "张三", "单位": "办公室"}, {"姓名": "李四", "单位": "财务处"}]"#)
      #expect(try output.paragraphTexts() == ["名单：张三、李四", "1. 张三（办公室）", "2. 李四（财务处）"])
    }

    @Test func textOrNumberAtTheTopIsDot() throws {
      let options = TemplateOptions(delimiters: Delimiters(open: "{", close: "}"))
      let text = try DocxHarness.render(WordPackageBuilder(body: WordML.para("Hi {.}")), #""Foo""#, options: options)
      #expect(try text.paragraphTexts() == ["Hi Foo"])
      let number = try DocxHarness.render(WordPackageBuilder(body: WordML.para("共{{.}}件，{{. * 2}}份")), "3.50")
      #expect(try number.paragraphTexts() == ["共3.50件，7份"])
    }

    @Test func namesInAListAtTheTopAreMissingValues() {
      let errors = DocxHarness.renderErrors(WordPackageBuilder(body: WordML.para("致{{单位}}")), #"["甲", "乙"]"#)
      #expect(errors.map(\.kind) == [.missingValue("单位")])
    }

    @Test func loadedFromFilesOfEitherFormat() throws {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-top-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let yaml = folder.appendingPathComponent("d.yaml").path
      try "- 甲\n- 乙\n".write(toFile: yaml, atomically: true, encoding: .utf8)
      #expect(try DataLoader.load(path: yaml) == .list([.string("甲"), .string("乙")]))
      let error = #expect(throws: DataError.self) { try DataLoader.load(path: yaml, requireMapping: true) }
      #expect(error?.message == "the data's top level must be a mapping of names to values, not a list")
    }

    @Test func overridesNeedNamesOrItems() throws {
      #expect(try DataLoader.applying(overrides: ["1=丙"], to: .list([.string("甲"), .string("乙")]))
        == .list([.string("甲"), .string("丙")]))
      let error = #expect(throws: DataError.self) { try DataLoader.applying(overrides: ["a=1"], to: .string("文字")) }
      #expect(error?.message.contains("top level is a text") == true)
      #expect(try DataLoader.applying(overrides: [], to: .string("文字")) == .string("文字"))
    }
  }
}
