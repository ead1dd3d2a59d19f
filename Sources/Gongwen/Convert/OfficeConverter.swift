import Foundation

/// Converts a rendered document with LibreOffice running headless, in a private profile folder so
/// parallel conversions do not collide, under a time limit.
public enum OfficeConverter {
  /// Seconds a conversion may take before it is stopped.
  public static var timeout: Int = 180

  /// The LibreOffice executable, or nil when it is not installed.
  public static var executable: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["soffice", "libreoffice"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Converts `bytes` (a .docx or .odt) into `target` and returns the result's bytes.
  public static func convert(_ bytes: [UInt8], from source: DocumentFormat, to target: OutputFormat) throws -> [UInt8] {
    guard let soffice = executable else {
      throw ConversionError(.converterMissing, detail: "converting to .\(target.rawValue) needs LibreOffice, which is not installed: apt-get install libreoffice-writer-nogui")
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-convert-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let input = work.appendingPathComponent("document.\(source.fileExtension)")
    try Data(bytes).write(to: input)
    let outputFolder = work.appendingPathComponent("out")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["--kill-after=10", String(timeout), soffice,
                         "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                         "--headless", "--norestore", "--nolockcheck",
                         "--convert-to", target.libreOfficeFilter, "--outdir", outputFolder.path, input.path]
    let log = Pipe()
    process.standardOutput = log
    process.standardError = log
    try process.run()
    let output = log.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 124 || process.terminationStatus == 137 {
      throw ConversionError(.timedOut, detail: "LibreOffice did not finish converting to .\(target.rawValue) within \(timeout) s")
    }
    let result = outputFolder.appendingPathComponent("document.\(target.rawValue)")
    guard let data = FileManager.default.contents(atPath: result.path), !data.isEmpty else {
      let said = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      throw ConversionError(.failed, detail: "LibreOffice could not convert the document to .\(target.rawValue)" + (said.isEmpty ? "" : ": \(said)"))
    }
    return [UInt8](data)
  }
}
