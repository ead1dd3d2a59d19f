import ArgumentParser
import Foundation
import Gongwen

/// `gongwen render TEMPLATE DATA`: one document from one data file.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: localized("Render a template with a JSON or YAML data file."),
    discussion: localized(HelpText.renderDiscussion))

  @Argument(help: ArgumentHelp(localized("The .docx or .odt template.")), completion: .templates)
  var template: String

  @Argument(help: ArgumentHelp(localized("The data file (.json, .yaml or .yml), or - for YAML/JSON on standard input.")), completion: .dataFiles)
  var data: String

  @Option(name: .shortAndLong, help: ArgumentHelp(localized("The output file.")), completion: .documents)
  var output: String?

  @Option(name: .customLong("set"), help: ArgumentHelp(localized("Set a value: a.b.c=value (repeatable)."), valueName: "path=value"))
  var overrides: [String] = []

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: ArgumentHelp(localized("Render missing values as empty text instead of failing.")))
  var allowMissing = false

  @Flag(help: ArgumentHelp(localized("Keep macros and other active content (VBA, ActiveX, Basic, scripts) instead of refusing the template.")))
  var keepMacros = false

  @Flag(help: ArgumentHelp(localized("Print the result as JSON.")))
  var json = false

  @Flag(name: .shortAndLong, help: ArgumentHelp(localized("Do not print the line that says what was written.")))
  var quiet = false

  @Flag(name: .customLong("pdf-a"), help: ArgumentHelp(localized("Write PDF/A-2b (for archiving) when the output is a PDF.")))
  var pdfA = false

  @Flag(help: ArgumentHelp(localized("Skip the check of the rendered document before it is written.")))
  var noVerify = false

  @Option(help: ArgumentHelp(localized("When rendering fails, write a copy of the template with each error as a comment at its tag."),
                             valueName: "copy.docx"))
  var annotateErrors: String?

  func validate() throws {
    if let output { try OutputExtension.validate(output, option: "-o") }
  }

  func run() throws {
    let report = DiagnosticPrinter(json: json)
    // SIGINT and SIGTERM end the LibreOffice runs this command starts and remove their folders.
    ConversionInterrupt.shared.install()
    let start = Date()
    do {
      // Picture paths in the data are relative to the data file (to the current folder for stdin).
      var options = syntax.templateOptions
      options.baseDirectory = data == "-" ? nil : URL(fileURLWithPath: data).deletingLastPathComponent().path
      options.keepMacros = keepMacros
      let values = try DataInput.load(data, overrides: overrides)
      let template = try Template(path: self.template, options: options)
      let destination = output ?? OutputPath.beside(data: data, format: template.format)
      // `-o a/b/x.docx` creates a/b, as batch --out does.
      try OutputFolder.create(URL(fileURLWithPath: destination).deletingLastPathComponent().path)
      try template.render(values, to: destination, options: RenderOptions(allowMissing: allowMissing),
                          protecting: data == "-" ? [] : [data], verify: !noVerify,
                          conversion: ConversionOptions(pdfA: pdfA))
      report.success(["output": destination, "template": self.template])
      if !json && !quiet { WrittenLine.print(destination, since: start) }
    } catch {
      report.failure(error)
      let errors = (error as? TemplateErrors)?.errors ?? (error as? TemplateError).map { [$0] }
      if let annotateErrors, let errors {
        AnnotatedCopy.write(template: template, errors: errors, to: annotateErrors,
                            protecting: data == "-" ? [] : [data], report: report)
      }
      throw ExitCode(1)
    }
  }
}
