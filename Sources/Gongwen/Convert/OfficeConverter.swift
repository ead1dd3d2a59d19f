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
    guard let result = try convertAll([bytes], from: source, to: target).first else {
      throw ConversionError(.failed, detail: "LibreOffice could not convert the document to .\(target.rawValue)")
    }
    return try result.get()
  }

  /// Converts several documents with one LibreOffice run (starting it costs far more than one more
  /// document). Each document has its own result; the run as a whole throws when LibreOffice is
  /// missing or does not finish in time.
  public static func convertAll(
    _ documents: [[UInt8]], from source: DocumentFormat, to target: OutputFormat
  ) throws -> [Result<[UInt8], Error>] {
    if documents.isEmpty { return [] }
    guard let soffice = executable else {
      throw ConversionError(.converterMissing, detail: "converting to .\(target.rawValue) needs LibreOffice, which is not installed: apt-get install libreoffice-writer-nogui")
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-convert-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    var inputs: [URL] = []
    for (number, bytes) in documents.enumerated() {
      let input = work.appendingPathComponent("document-\(number).\(source.fileExtension)")
      try Data(bytes).write(to: input)
      inputs.append(input)
    }
    let outputFolder = work.appendingPathComponent("out")
    // The limit holds for one document; each further one in the same run may take 10 s more.
    let limit = timeout + 10 * (documents.count - 1)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["--kill-after=10", String(limit), soffice,
                         "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                         "--headless", "--norestore", "--nolockcheck",
                         "--convert-to", target.libreOfficeFilter, "--outdir", outputFolder.path] + inputs.map(\.path)
    let log = Pipe()
    process.standardOutput = log
    process.standardError = log
    try process.run()
    let output = log.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus == 124 || process.terminationStatus == 137 {
      throw ConversionError(.timedOut, detail: "LibreOffice did not finish converting to .\(target.rawValue) within \(limit) s")
    }
    let said = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return inputs.indices.map { number in
      let result = outputFolder.appendingPathComponent("document-\(number).\(target.rawValue)")
      guard let data = FileManager.default.contents(atPath: result.path), !data.isEmpty else {
        return .failure(ConversionError(.failed, detail: "LibreOffice could not convert the document to .\(target.rawValue)" + (said.isEmpty ? "" : ": \(said)")))
      }
      return .success([UInt8](data))
    }
  }
}
