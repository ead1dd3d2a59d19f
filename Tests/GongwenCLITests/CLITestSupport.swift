import Foundation
import Testing

@testable import Gongwen

/// Finds and runs the built `gongwen` executable.
///
/// Where the binary is: SwiftPM writes every product of a build into one products directory
/// (`.build/debug`, or `<scratch-path>/debug` with `--scratch-path`), so `gongwen` sits beside the
/// test bundle `GongwenPackageTests.xctest`. The bundle is the test process's main executable on
/// Linux (and the main bundle's parent on macOS), so the directory of `Bundle.main` (or of
/// `CommandLine.arguments[0]`) is searched. Set `GONGWEN_BINARY` to test another build.
/// `swift build --build-tests` builds the executable along with the tests; `swift test` alone
/// does too.
enum GongwenCLI {
  static let binary: String? = {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["GONGWEN_BINARY"] {
      return fileManager.isExecutableFile(atPath: path) ? path : nil
    }
    var directories: [URL] = []
    if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
    directories.append(Bundle.main.bundleURL)
    directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
    if let first = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    for directory in directories {
      let candidate = directory.appendingPathComponent("gongwen").path
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
        fileManager.isExecutableFile(atPath: candidate)
      {
        return candidate
      }
    }
    return nil
  }()

  static var isAvailable: Bool { binary != nil }

  struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// Runs `gongwen` with `arguments` in `directory`, feeding `input` on standard input; `launcher` (a
  /// command and its arguments, such as `setpriv` to run as another user) runs it when given.
  static func run(_ arguments: [String], in directory: String? = nil, input: Data? = nil,
                  environment extra: [String: String] = [:], launcher: [String] = []) throws -> Run {
    let binary = try #require(binary, "the gongwen executable was not found beside the test bundle; set GONGWEN_BINARY")
    let process = Process()
    let command = launcher + [binary] + arguments
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var environment = ProcessInfo.processInfo.environment
    environment["COLUMNS"] = "120"
    // Messages in English unless a test asks for another locale.
    for name in ["LC_ALL", "LC_MESSAGES"] { environment.removeValue(forKey: name) }
    environment["LANG"] = "C.UTF-8"
    environment.merge(extra) { $1 }
    process.environment = environment
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try? stdin.fileHandleForWriting.close()
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
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errBytes.data, as: UTF8.self))
  }
}

/// A minimal valid .docx for command-line tests: one paragraph per string, each in one run.
enum MiniDocx {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  static func parts(_ paragraphs: [String]) -> [(String, String)] {
    let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    let body = paragraphs.map { text in
      let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      return "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\"><w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }.joined()
    return [
      ("[Content_Types].xml", declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>"),
      ("_rels/.rels", declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>"),
      ("word/document.xml", declaration + "<w:document xmlns:w=\"\(w)\"><w:body>\(body)"
        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"),
    ]
  }

  static func build(_ paragraphs: [String]) throws -> [UInt8] {
    let writer = try ZipWriter(name: "template.docx")
    for (name, text) in parts(paragraphs) { try writer.add(name: name, bytes: Array(text.utf8)) }
    return try writer.finish()
  }

  /// The text of each `w:p` of `word/document.xml` in a package file.
  static func paragraphTexts(atPath path: String) throws -> [String] {
    let archive = try ZipArchive(path: path)
    let bytes = try #require(try archive.read(named: "word/document.xml"))
    let document = try XMLDocument(parsing: bytes, part: "word/document.xml")
    var texts: [String] = []
    document.root?.walk { node in
      guard node.isElement else { return false }
      if node.is(XMLName(w, "p")) {
        texts.append(node.text)
        return false
      }
      return true
    }
    return texts
  }
}

/// A temporary working directory for one test.
struct WorkDirectory {
  let root: String

  init() throws {
    root = NSTemporaryDirectory() + "gongwen-cli-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { root + "/" + name }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: path(name))
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

  func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  /// Every file and folder under the directory (hidden ones included), relative, sorted.
  func listing() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var names: [String] = []
    while let name = enumerator?.nextObject() as? String { names.append(name) }
    return names.sorted()
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The bytes one thread reads from a pipe, handed to another after a `DispatchGroup.wait()`.
private final class PipeBytes: @unchecked Sendable {
  var data = Data()
}
