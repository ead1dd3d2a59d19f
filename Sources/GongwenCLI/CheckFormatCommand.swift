import ArgumentParser
import Foundation
import Gongwen

/// `gongwen check-format FILE`: every deviation of a document from GB/T 9704-2012.
struct CheckFormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-format",
    abstract: localized("Report every deviation of a .docx or .odt document from the GB/T 9704 layout."),
    discussion: """
      Checks A4 paper; margins top 37, bottom 35, left 28, right 26 mm (±1 mm); 22 lines a page (exact
      28.95 pt line pitch) and 28 characters a line; fonts and sizes of the title (2号小标宋), headings (一、黑体 （一）楷体 1./（1）仿宋)
      and body (3号仿宋); page numbers “— 1 —” in 14 pt, odd pages right and even pages left; the 版头 lines in
      3号黑体, the red 小标宋 发文机关标志, the 发文字号 (〔2024〕8号) and the red line under it, 附件 and 出席 labels
      in 3号黑体, dates as 2024年3月6日. Each rule is reported once with the paragraphs it concerns.
      Exit status 1 when anything deviates (or the file cannot be read), 0 when it conforms.
      """)

  @Argument(help: ArgumentHelp(localized("The .docx or .odt document (or template).")), completion: .templates)
  var file: String

  @Flag(help: ArgumentHelp(localized("Print the result as JSON.")))
  var json = false

  func run() throws {
    let deviations: [FormatDeviation]
    do {
      deviations = try FormatCheck.check(path: file)
    } catch {
      DiagnosticPrinter(json: json).failure(error)
      throw ExitCode(1)
    }
    let language = MessageLanguage.current
    if json {
      let object = ResultJSON.formatCheck(file: file, deviations: deviations.map { $0.localized(language) })
      FileHandle.standardOutput.write(ResultJSON.encode(object) + Data("\n".utf8))
    } else if deviations.isEmpty {
      print(SummaryText.formatConforms(file))
    } else {
      for deviation in deviations { print("\(file): \(deviation.text(in: language))") }
      print(SummaryText.formatDeviations(deviations.count))
    }
    if !deviations.isEmpty { throw ExitCode(1) }
  }
}
