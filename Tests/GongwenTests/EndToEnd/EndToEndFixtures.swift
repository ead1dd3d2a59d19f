import Foundation
import Testing

@testable import Gongwen

/// Loads the fixture cases under `Fixtures/cases` (see `Fixtures/README.md`) and renders them.
enum E2EFixtures {
  static let root: String = {
    if let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures"),
       FileManager.default.fileExists(atPath: url.path + "/cases") {
      return url.path
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures").path
  }()

  /// The repository root (…/main), from this file's location.
  static let repositoryRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// `shared/` is the sibling of the repository root.
  static let validatorPath: String = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent()
    .appendingPathComponent("shared/tools/validate-package").path

  static let caseNames: [String] = {
    let dir = root + "/cases"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { FileManager.default.fileExists(atPath: dir + "/" + $0 + "/case.yaml") }.sorted()
  }()
}

struct E2EError: Error, CustomStringConvertible {
  let description: String
  init(_ text: String) { description = text }
}

extension Value {
  var e2eString: String? {
    switch self {
    case .string(let s): return s
    case .number(let n): return n.literal
    case .bool(let b): return b ? "true" : "false"
    case .null: return nil
    default: return nil
    }
  }
  var e2eInt: Int? { e2eString.flatMap { Int($0) } }
  var e2eBool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }
  var e2eList: [Value] {
    if case .list(let l) = self { return l }
    return []
  }
  var e2eObject: [(String, Value)] {
    if case .object(let o) = self { return o.map { ($0.key, $0.value) } }
    return []
  }
}

struct E2ECase {
  let name: String
  let directory: String
  let spec: Value
  let delimiters: Delimiters
  let allowMissing: Bool
  let tagScan: Bool

  init(_ name: String) throws {
    self.name = name
    directory = E2EFixtures.root + "/cases/" + name
    let yaml = try String(contentsOfFile: directory + "/case.yaml", encoding: .utf8)
    spec = try DataLoader.parseYAML(yaml, file: "case.yaml")
    if let text = spec["delimiters"]?.e2eString {
      guard let d = Delimiters(parsing: text) else { throw E2EError("bad delimiters \(text)") }
      delimiters = d
    } else {
      delimiters = .standard
    }
    allowMissing = spec["allow_missing"]?.e2eBool ?? false
    tagScan = spec["tag_scan"]?.e2eBool ?? true
  }

  var isErrorCase: Bool { spec["errors"] != nil }
  var expected: [(String, Value)] { spec["expected"]?.e2eObject ?? [] }
  var checks: [Value] { spec["checks"]?.e2eList ?? [] }

  func data() throws -> Value {
    for file in ["data.yaml", "data.json"] where FileManager.default.fileExists(atPath: directory + "/" + file) {
      return try DataLoader.load(path: directory + "/" + file)
    }
    throw E2EError("\(name): no data.yaml or data.json")
  }

  /// base/docx overlaid with the case's docx/, packed.
  func templateBytes() throws -> [UInt8] {
    let fm = FileManager.default
    let temp = NSTemporaryDirectory() + "gongwen-e2e-" + UUID().uuidString
    defer { try? fm.removeItem(atPath: temp) }
    try fm.copyItem(atPath: E2EFixtures.root + "/base/docx", toPath: temp)
    let overlay = directory + "/docx"
    if let files = fm.enumerator(atPath: overlay) {
      for case let relative as String in files {
        var isDir: ObjCBool = false
        _ = fm.fileExists(atPath: overlay + "/" + relative, isDirectory: &isDir)
        let target = temp + "/" + relative
        if isDir.boolValue {
          try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
        } else {
          if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
          try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                 withIntermediateDirectories: true)
          try fm.copyItem(atPath: overlay + "/" + relative, toPath: target)
        }
      }
    }
    return try PackageFolder.pack(folder: temp)
  }

  enum Outcome {
    case rendered([UInt8])
    case failed([TemplateError])
  }

  func run() throws -> Outcome {
    let bytes = try templateBytes()
    let data = try data()
    do {
      let template = try Template(bytes: bytes, name: name + ".docx", options: TemplateOptions(delimiters: delimiters))
      return .rendered(try template.render(data, options: RenderOptions(allowMissing: allowMissing)))
    } catch let errors as TemplateErrors {
      return .failed(errors.errors)
    }
  }
}
