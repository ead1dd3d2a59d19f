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
      28.95 pt line pitch, 28.99 pt at most) and 28 characters a line; fonts and sizes of the title (2号小标宋), headings (一、黑体 （一）楷体 1./（1）仿宋)
      and body (3号仿宋); page numbers “— 1 —” in 14 pt, odd pages right and even pages left; the 版头 lines in
      3号黑体, the red 小标宋 发文机关标志 with its top 35 mm below the type area (命令 20 mm), the 发文字号 (〔2024〕8号)
      two lines below it, the red line 4 mm under it and 156 mm wide, the title two lines below (±1 mm, computed
      from the document's spacing, line heights and borders); 主送 flush left, body first lines 2 字 in; the signature
      (unsealed: 2 字 from the right, the date 2 字 right of the name; sealed: the date 4 字 from the right, the name
      centred, the seal behind the text) kept with the body; 附件说明 aligned, 附件 pages; 版记 rules
      0.35/0.25/0.35 mm on the type area's bottom edge, 156 mm wide, 抄送 and 印发 in 4号仿宋 with their indents;
      dates as 2024年3月6日. Each rule is reported once with the paragraphs it concerns, with a stable id
      (docs/diagnostics.md), in Chinese with LANG=zh… or --lang zh.
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
