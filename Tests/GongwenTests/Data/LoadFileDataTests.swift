import Foundation
import Testing

@testable import Gongwen

@Suite struct LoadFileDataTests {
  /// A fresh folder for one test's files.
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    try write(Array(text.utf8), name, in: folder)
  }

  @Test func loadsByExtension() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = try DataLoader.load(path: try write(#"{"金额": 1.50}"#, "data.json", in: dir))
    #expect(DataTestSupport.literal(json["金额"]) == "1.50")
    let yaml = try DataLoader.load(path: try write("金额: 1.50\n", "data.yaml", in: dir))
    #expect(DataTestSupport.literal(yaml["金额"]) == "1.50")
    let yml = try DataLoader.load(path: try write("a: yes\n", "DATA.YML", in: dir))
    #expect(yml["a"] == .string("yes"))
  }

  @Test func extensionDecidesTheParser() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Valid YAML but not JSON: the .json file is held to JSON's rules.
    let path = try write("a: 1\n", "data.json", in: dir)
    let error = DataTestSupport.dataError { _ = try DataLoader.load(path: path) }
    #expect(error?.file == path)
    #expect(error?.line == 1 && error?.column == 1)
    #expect(error?.message == "unknown word 'a': text must be in double quotes")
  }

  @Test func unsupportedExtensionsAreNamed() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = try write("a,b\n", "data.csv", in: dir)
    let error = DataTestSupport.dataError { _ = try DataLoader.load(path: csv) }
    #expect(error?.file == csv)
    #expect(error?.message == "this data file is a '.csv' file: Gongwen reads .json, .yaml and .yml data files")
    let bare = try write("a: 1\n", "data", in: dir)
    let none = DataTestSupport.dataError { _ = try DataLoader.load(path: bare) }
    #expect(none?.message == "this data file has no file extension: Gongwen reads .json, .yaml and .yml data files")
  }

  @Test func missingFilesAndFolders() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = dir.appendingPathComponent("nope.yaml").path
    #expect(DataTestSupport.dataError { _ = try DataLoader.load(path: missing) }?.message == "no such data file")
    let sub = dir.appendingPathComponent("sub.json")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
    #expect(
      DataTestSupport.dataError { _ = try DataLoader.load(path: sub.path) }?.message
        == "this is a folder, not a data file")
  }

  @Test func nonUTF8FilesAreNamedWithThePlace() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    // "标题: 标题" with the value in GBK (0xB1 0xEA 0xCC 0xE2).
    let bytes = Array("a: 1\n标题: ".utf8) + [0xB1, 0xEA, 0xCC, 0xE2, 0x0A]
    let path = try write(bytes, "gbk.yaml", in: dir)
    let error = DataTestSupport.dataError { _ = try DataLoader.load(path: path) }
    #expect(error?.file == path)
    #expect(error?.line == 2 && error?.column == 5)
    #expect(error?.message.hasPrefix("the file is not UTF-8 text (byte 0xB1 is not valid here)") == true)
    #expect(error?.message.contains("GBK") == true)
  }

  @Test func byteOrderMarks() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let utf8 = try write([0xEF, 0xBB, 0xBF] + Array(#"{"a": "通知"}"#.utf8), "bom.json", in: dir)
    #expect(try DataLoader.load(path: utf8)["a"] == .string("通知"))
    let yamlBOM = try write([0xEF, 0xBB, 0xBF] + Array("a: 通知\n".utf8), "bom.yaml", in: dir)
    #expect(try DataLoader.load(path: yamlBOM)["a"] == .string("通知"))
    let little: [UInt8] = [0xFF, 0xFE] + Array("{\"a\": 1.50}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16 = try write(little, "utf16.json", in: dir)
    #expect(DataTestSupport.literal(try DataLoader.load(path: utf16)["a"]) == "1.50")
    let big: [UInt8] = [0xFE, 0xFF] + Array("标题: 通知\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let utf16be = try write(big, "utf16.yaml", in: dir)
    #expect(try DataLoader.load(path: utf16be)["标题"] == .string("通知"))
  }

  @Test func filesOverTheLimitAreRefused() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try write(#"{"a": "0123456789"}"#, "big.json", in: dir)
    let error = DataTestSupport.dataError { _ = try DataLoader.load(path: path, limits: DataLimits(maxFileBytes: 10)) }
    #expect(error?.file == path)
    #expect(error?.message == "the data file is larger than 10 bytes, the most allowed")
    _ = try DataLoader.load(path: path, limits: DataLimits(maxFileBytes: 19))
  }

  @Test func errorsInFilesNameTheFile() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = try write("a: 1\nb: [1\n", "bad.yaml", in: dir)
    let error = DataTestSupport.dataError { _ = try DataLoader.load(path: path) }
    #expect(error?.file == path)
    #expect(error?.line == 3)
  }

  @Test func parseGuessesTheFormat() throws {
    let json = try DataLoader.parse(Data(#"  {"a": 1.50}"#.utf8), file: "<stdin>")
    #expect(DataTestSupport.literal(json["a"]) == "1.50")
    let yaml = try DataLoader.parse(Data("a: 1.50\n".utf8), file: "<stdin>")
    #expect(DataTestSupport.literal(yaml["a"]) == "1.50")
    // Flow YAML that is not JSON is read as JSON and reported as such.
    let error = DataTestSupport.dataError { _ = try DataLoader.parse(Data("{a: 1}".utf8), file: "<stdin>") }
    #expect(error?.file == "<stdin>")
    #expect(error?.message == "expected a key in double quotes or '}', found 'a'")
    let forced = try DataLoader.parse(Data("{a: 1}".utf8), format: .yaml)
    #expect(DataTestSupport.literal(forced["a"]) == "1")
  }

  @Test func formatFromPath() {
    #expect(DataFormat(path: "x/y.JSON") == .json)
    #expect(DataFormat(path: "y.yml") == .yaml)
    #expect(DataFormat(path: "a.b/c") == nil)
    #expect(DataFormat(path: "c.txt") == nil)
  }
}
