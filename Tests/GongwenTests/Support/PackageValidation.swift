import Foundation
import Testing

/// Runs the shared package validator on rendered output:
/// `python3 ../shared/tools/validate-package --tags '{{' '}}' FILE`, which checks zip
/// integrity, content types, relationships, unique `wp:docPr` ids, each WordprocessingML part
/// against the ECMA-376 schema, and that no template tag is left in the text.
///
/// The validator is found in one way: `GONGWEN_VALIDATOR` when set, else `shared/tools/validate-package`
/// beside the repository's folder (where the project's `shared/` copy lives). It needs `python3` and
/// `xmllint`. Where any is missing, `check` records a warning naming what is missing on a developer's
/// machine and a failure in CI (`CI=true`); tests that are only about validity use
/// `.enabled(if: PackageValidation.isAvailable, PackageValidation.unavailableReason)`, which CI never
/// turns off.
///
/// ```swift
/// try PackageValidation.expectValid(bytes)               // records an issue listing the problems
/// let result = try PackageValidation.check(bytes)        // or inspect: result?.isValid, result?.problems
/// ```
enum PackageValidation {
  struct Result {
    let isValid: Bool
    /// The validator's lines after `FILE: INVALID`, trimmed.
    let problems: [String]
    let output: String
  }

  static var scriptPath: String {
    ProcessInfo.processInfo.environment["GONGWEN_VALIDATOR"] ?? E2EFixtures.validatorPath
  }

  /// Why validation cannot run here, or nil when it can.
  static let missingTool: String? = {
    if !FileManager.default.isReadableFile(atPath: scriptPath) { return "the validator \(scriptPath) is missing" }
    for tool in ["python3", "xmllint"] where findExecutable(tool) == nil {
      return "\(tool) is not installed (validate-package needs python3 and xmllint)"
    }
    return nil
  }()

  static var isAvailable: Bool { missingTool == nil || ToolRequirement.isCI }
  static var unavailableReason: Comment { Comment(rawValue: missingTool ?? "") }

  /// Validates package bytes; nil when the validator cannot run (a warning says why).
  static func check(_ bytes: [UInt8], tags: (String, String)? = ("{{", "}}"),
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Result? {
    if let missingTool {
      Issue.record("package not validated: \(missingTool)", severity: ToolRequirement.isCI ? .error : .warning,
                   sourceLocation: sourceLocation)
      return nil
    }
    let directory = try TestDirectory()
    defer { directory.remove() }
    let file = directory.path("output.docx")
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    var arguments = [scriptPath]
    if let tags { arguments += ["--tags", tags.0, tags.1] }
    arguments.append(file)
    let run = try ProcessRunner.run(findExecutable("python3")!, arguments)
    let problems = run.stdout.split(separator: "\n").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
    return Result(isValid: run.status == 0, problems: problems, output: run.stdout + run.stderr)
  }

  /// Records an issue listing the validator's findings when the package is invalid.
  static func expectValid(_ bytes: [UInt8], tags: (String, String)? = ("{{", "}}"),
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    guard let result = try check(bytes, tags: tags, sourceLocation: sourceLocation) else { return }
    if !result.isValid {
      Issue.record("validate-package: \(result.output)", sourceLocation: sourceLocation)
    }
  }

  static func findExecutable(_ name: String) -> String? {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for directory in paths {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

/// Runs a program and collects its output.
enum ProcessRunner {
  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
    let errBytes = PipeBytes()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errBytes.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errBytes.data, as: UTF8.self))
  }
}

/// A fresh temporary directory, removed by `remove()`.
struct TestDirectory {
  let root: String

  init() throws {
    root = NSTemporaryDirectory() + "gongwen-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { root + "/" + name }

  /// Names in the directory, sorted (hidden files included).
  func contents() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() }

  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The bytes one thread reads from a pipe, handed to another after a `DispatchGroup.wait()`.
private final class PipeBytes: @unchecked Sendable {
  var data = Data()
}
