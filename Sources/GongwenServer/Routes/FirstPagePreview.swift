import Foundation
import Gongwen

/// The first page of a document as a PNG: LibreOffice makes the PDF, pdftoppm the picture.
enum FirstPagePreview {
  /// The pdftoppm executable, or nil when poppler-utils is not installed.
  static var pdftoppm: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/pdftoppm" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// True when both tools are installed.
  static var available: Bool { OfficeConverter.executable != nil && pdftoppm != nil }

  static func png(_ document: [UInt8], format: DocumentFormat, folder: String) throws -> [UInt8] {
    guard let pdftoppm else {
      throw APIFailure(.previewUnavailable,
                       ServerText(.previewsNeedPdftoppmWhich), hint: ServerText(.aptGetInstallPoppler))
    }
    let pdf = try OfficeConverter.convert(document, from: format, to: .pdf)
    let pdfPath = folder + "/preview.pdf"
    guard FileManager.default.createFile(atPath: pdfPath, contents: Data(pdf)) else {
      throw APIFailure(.workFolder, ServerText(.previewCouldNotBe))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pdftoppm)
    process.arguments = ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, folder + "/preview"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let png = FileManager.default.contents(atPath: folder + "/preview.png") else {
      throw APIFailure(.previewFailed, ServerText(.pdftoppmCouldNotDraw))
    }
    return Array(png)
  }
}
