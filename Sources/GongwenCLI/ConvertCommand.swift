import ArgumentParser
import Foundation
import Gongwen

/// `gongwen convert INPUT.txt -o OUT.docx`: a report written as text, in an official template's layout.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Make an official document from a report written as plain text or Markdown.",
    discussion: """
      The first line is the title. Lines starting 一、 （一） 1. （1） are headings of levels 1–4, numbered as
      written; a heading line that goes on after its first 。 is a run-in heading. Every other line is a
      body paragraph. Markdown (.md) adds # headings, lists, | tables and \\newpage.
      The output format follows -o: .docx, .odt or .pdf (through LibreOffice).
      --template takes a shipped template name (report, notice, letter), looked for in GONGWEN_TEMPLATES,
      ../share/gongwen/templates and templates/ beside the executable, or a .docx/.odt path.
      --set fills the template's other fields, e.g. --set 发文机关=某市人民政府办公室 --set 成文日期=2023年1月16日.
      """)

  @Argument(help: "The report as UTF-8 text (.txt) or Markdown (.md).")
  var input: String

  @Option(name: .shortAndLong, help: "The output file: .docx, .odt or .pdf (default: beside the input, .docx).")
  var output: String?

  @Option(help: "A shipped template name or a .docx/.odt path.")
  var template = "report"

  @Option(name: .customLong("set"), help: ArgumentHelp("Set a value: a.b.c=value (repeatable).", valueName: "path=value"))
  var overrides: [String] = []

  @Flag(help: "Keep macros and other active content of the template instead of refusing it.")
  var keepMacros = false

  @Flag(help: "Print the result as JSON.")
  var json = false

  @Flag(name: .customLong("pdf-a"), help: "Write PDF/A-2b (for archiving) when the output is a PDF.")
  var pdfA = false

  func validate() throws {
    if let output, OutputFormat(path: output) == nil {
      throw ValidationError("-o must end in .docx, .odt or .pdf")
    }
  }

  func run() throws {
    let report = DiagnosticPrinter(json: json)
    // SIGINT and SIGTERM end the LibreOffice runs this command starts and remove their folders.
    ConversionInterrupt.shared.install()
    do {
      let destination = output ?? URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("docx").relativePath
      let target = OutputFormat(path: destination) ?? .docx
      // PDF is made from the OpenDocument twin: LibreOffice lays it out natively.
      let format: DocumentFormat = target == .docx ? .docx : .odt
      let templatePath = try ShippedTemplates.locate(template, format: format)
      let data = try DataLoader.applying(overrides: overrides, to: try TextConversion.data(path: input))
      let compiled = try Template(path: templatePath, options: TemplateOptions(keepMacros: keepMacros))
      guard compiled.blockPaths.contains(TextConversion.bodyKey) else {
        throw ValidationError("\(templatePath) has no {{>\(TextConversion.bodyKey)}} paragraph to hold the text; "
          + "choose report, notice or letter, or add that tag alone in a paragraph")
      }
      try compiled.render(data, to: destination, options: RenderOptions(allowMissing: true), protecting: [input],
                           conversion: ConversionOptions(pdfA: pdfA))
      report.success(["output": destination, "template": templatePath])
    } catch {
      report.failure(error)
      throw ExitCode(1)
    }
  }
}
