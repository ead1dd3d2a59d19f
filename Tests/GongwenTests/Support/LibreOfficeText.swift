import Foundation
import Testing

/// A document's text as LibreOffice prints it: converted to PDF with `soffice` (in a private profile) and
/// read back with `pdftotext`, white space removed. Records an issue when no PDF comes out.
enum LibreOfficeText {
  static func pdfText(of path: String, soffice: String, pdftotext: String, profile: String,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    let pdfDir = path + ".pdf.d"
    try FileManager.default.createDirectory(atPath: pdfDir, withIntermediateDirectories: true)
    let converted = try E2EOutputs.run(
      soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdfDir, path],
      timeout: 300)
    let pdf = pdfDir + "/" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
    #expect(FileManager.default.fileExists(atPath: pdf), "\(converted.out)", sourceLocation: sourceLocation)
    _ = try E2EOutputs.run(pdftotext, ["-enc", "UTF-8", pdf, pdf + ".txt"], timeout: 120)
    return ((try? String(contentsOfFile: pdf + ".txt", encoding: .utf8)) ?? "").filter { !$0.isWhitespace }
  }
}
