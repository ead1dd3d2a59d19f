import Foundation
import Testing

@testable import Gongwen

/// Renders every `expected` case into one temp folder (`<case>.docx`).
enum E2EOutputs {
  struct Output { let c: E2ECase; let path: String }

  static func renderAll(into dir: String) throws -> [Output] {
    var outputs: [Output] = []
    for name in E2EFixtures.caseNames {
      let c = try E2ECase(name)
      guard !c.isErrorCase, case .rendered(let bytes) = try c.run() else { continue }
      let path = dir + "/" + name + ".docx"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      outputs.append(Output(c: c, path: path))
    }
    return outputs
  }

  /// Runs a program with stdout/stderr to files and a deadline.
  static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, out: String, timedOut: Bool) {
    let log = NSTemporaryDirectory() + "gongwen-e2e-log-" + UUID().uuidString
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: log) }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    let timedOut = process.isRunning
    if timedOut { process.terminate(); process.waitUntilExit() }
    try? handle.close()
    let out = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    return (timedOut ? -1 : process.terminationStatus, out, timedOut)
  }
}

@Suite("EndToEnd tools")
struct EndToEndToolTests {
  @Test("validate-package over every rendered case")
  func validatePackages() throws {
    guard let tools = E2EValidation.tools("EndToEnd validation") else { return }
    let dir = try TestDirectory()
    defer { dir.remove() }
    let outputs = try E2EOutputs.renderAll(into: dir.root)
    #expect(!outputs.isEmpty)
    for (o, block, whole) in try E2EValidation.invalid(outputs, tools: tools) {
      if let reason = e2eKnownIssues[o.c.name] {
        withKnownIssue(Comment(rawValue: reason)) { Issue.record("\(o.c.name): \(block.joined(separator: "\n"))") }
      } else {
        Issue.record("\(o.c.name) not valid: \(block.isEmpty ? whole : block.joined(separator: "\n"))")
      }
    }
  }

  static let hasOffice = ToolRequirement.met("soffice", "pdftotext")
    && PackageValidation.findExecutable("pdftotext") != nil

  @Test("LibreOffice opens every output and shows the expected text",
        .enabled(if: hasOffice, "soffice or pdftotext is not on PATH"))
  func libreOfficeInterop() throws {
    let soffice = PackageValidation.findExecutable("soffice")!
    let pdftotext = PackageValidation.findExecutable("pdftotext")!
    let dir = try TestDirectory()
    defer { dir.remove() }
    // Word outputs and their OpenDocument twins' outputs, converted in one LibreOffice run.
    let twins = dir.path("odt")
    try FileManager.default.createDirectory(atPath: twins, withIntermediateDirectories: true)
    var outputs = try E2EOutputs.renderAll(into: dir.root).map { ($0, $0.c.name) }
    for twin in try E2EODTFixtures.renderAll(into: twins) {
      let renamed = dir.path(twin.c.name + ".twin.odt")
      try FileManager.default.moveItem(atPath: twin.path, toPath: renamed)
      outputs.append((E2EOutputs.Output(c: twin.c, path: renamed), twin.c.name + ".twin"))
    }
    let pdfDir = dir.path("pdf")
    try FileManager.default.createDirectory(atPath: pdfDir, withIntermediateDirectories: true)
    let profile = NSTemporaryDirectory() + "gongwen-e2e-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let result = try E2EOutputs.run(
      soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdfDir]
        + outputs.map(\.0.path), timeout: 900)
    #expect(!result.timedOut, "soffice timed out: \(result.out)")
    func squeeze(_ s: String) -> String { String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init)) }
    for (o, stem) in outputs {
      let pdf = pdfDir + "/" + stem + ".pdf"
      guard FileManager.default.fileExists(atPath: pdf) else {
        Issue.record("\(o.c.name): LibreOffice produced no PDF (\(result.out))"); continue
      }
      let txt = pdf + ".txt"
      _ = try E2EOutputs.run(pdftotext, ["-enc", "UTF-8", pdf, txt], timeout: 120)
      let text = squeeze((try? String(contentsOfFile: txt, encoding: .utf8)) ?? "")
      let body = o.c.expected.first { $0.0 == "word/document.xml" }?.1.e2eList.compactMap(\.e2eString) ?? []
      for paragraph in body where !squeeze(paragraph).isEmpty {
        // Footnote/endnote reference marks show up in the PDF as digits inside the paragraph; when the
        // exact text is absent, compare once more with ASCII digits and i/v/x/* (roman endnote marks) removed on both sides.
        func noDigits(_ s: String) -> String { s.filter { !("0"..."9").contains($0) && !"ivx*".contains($0) } }
        if !text.contains(squeeze(paragraph)), !noDigits(text).contains(noDigits(squeeze(paragraph))) {
          Issue.record("\(o.c.name): PDF text lacks \(paragraph.debugDescription)")
        }
      }
    }
  }
}
