import ArgumentParser
import Foundation
import Gongwen

/// `gongwen convert INPUT.txt -o OUT.docx`: a 公文 written as text, in an official template's layout.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: localized("Make an official document from a 公文 written as plain text or Markdown."),
    discussion: localized(HelpText.convertDiscussion))

  @Argument(help: ArgumentHelp(localized("The 公文 as UTF-8 text (.txt) or Markdown (.md).")), completion: .texts)
  var input: String

  @Option(name: .shortAndLong, help: ArgumentHelp(localized("The output file: .docx, .odt or .pdf (default: beside the input, .docx).")),
          completion: .documents)
  var output: String?

  @Option(help: ArgumentHelp(localized("A shipped template name or a .docx/.odt path (default: chosen by the document type).")),
          completion: .shippedTemplates)
  var template: String?

  @Option(name: .customLong("set"), help: ArgumentHelp(localized("Set a value: a.b.c=value (repeatable)."), valueName: "path=value"))
  var overrides: [String] = []

  @Flag(help: ArgumentHelp(localized("Print each line with its role and write nothing.")))
  var explain = false

  @Flag(help: ArgumentHelp(localized("Treat elements the document type needs but the text lacks as errors.")))
  var strict = false

  @Flag(help: ArgumentHelp(localized("Keep macros and other active content of the template instead of refusing it.")))
  var keepMacros = false

  @Flag(help: ArgumentHelp(localized("Print the result as JSON (with --explain: [{line, role, text}]).")))
  var json = false

  @Flag(name: .customLong("pdf-a"), help: ArgumentHelp(localized("Write PDF/A-2b (for archiving) when the output is a PDF.")))
  var pdfA = false

  func validate() throws {
    if let output, OutputFormat(path: output) == nil {
      throw ValidationError(localized("-o must end in .docx, .odt or .pdf"))
    }
    if explain, output != nil { throw ValidationError(localized("--explain writes nothing; leave out -o")) }
  }

  func run() throws {
    let report = DiagnosticPrinter(json: json)
    // SIGINT and SIGTERM end the LibreOffice runs this command starts and remove their folders.
    ConversionInterrupt.shared.install()
    do {
      let text = try TextConversion.read(path: input)
      if explain {
        ExplainPrinter(json: json).print(text)
        return
      }
      let destination = output ?? URL(fileURLWithPath: input).deletingPathExtension().appendingPathExtension("docx").relativePath
      let target = OutputFormat(path: destination) ?? .docx
      // PDF is made from the OpenDocument twin: LibreOffice lays it out natively.
      let format: DocumentFormat = target == .docx ? .docx : .odt
      var warnings: [Diagnostics] = []
      let (templatePath, compiled) = try chooseTemplate(for: text, format: format, warnings: &warnings)
      guard compiled.blockPaths.contains(TextConversion.bodyKey) else {
        throw ValidationError(HelpText.noBodyParagraph(templatePath, tag: "{{>\(TextConversion.bodyKey)}}"))
      }
      var leftOut: [String] = []
      let data = TextConversion.adapt(try DataLoader.applying(overrides: overrides, to: text.data), to: compiled, leftOut: &leftOut)
      warnings += leftOut.map { Diagnostics.unplacedElement($0, template: templatePath, file: input) }
      let missing = text.type.map { type in
        text.missingElements(in: data).map { Diagnostics.missingElement($0.key, type: type, reason: $0.reason, file: input, strict: strict) }
      } ?? []
      warnings += TextConversion.unplacedKeys(data, in: compiled).map { Diagnostics.unplacedElement($0, template: templatePath, file: input) }
      if strict, !missing.isEmpty {
        report.check(errors: missing, warnings: warnings, fields: ["data": input, "template": templatePath])
        throw ExitCode(1)
      }
      try compiled.render(data, to: destination, options: RenderOptions(allowMissing: true), protecting: [input],
                          conversion: ConversionOptions(pdfA: pdfA))
      report.converted(output: destination, template: templatePath, warnings: missing + warnings)
    } catch let exit as ExitCode {
      throw exit
    } catch {
      report.failure(error)
      throw ExitCode(1)
    }
  }

  /// `--template`, else the type's template; when that is not installed, the installed official
  /// template that prints the most of the text's elements, with a warning.
  private func chooseTemplate(for text: OfficialText, format: DocumentFormat, warnings: inout [Diagnostics]) throws -> (String, Template) {
    let options = TemplateOptions(keepMacros: keepMacros)
    func compile(_ name: String) throws -> (String, Template) {
      let path = try ShippedTemplates.locate(name, format: format)
      return (path, try Template(path: path, options: options))
    }
    if let template { return try compile(template) }
    guard let type = text.type else { return try compile("report") }
    if let chosen = try? compile(type.templateName) { return chosen }
    let data = text.data
    let candidates = OfficialDocumentType.allCases.compactMap { try? compile($0.templateName) }
    guard let best = candidates.max(by: { TextConversion.unplacedKeys(data, in: $0.1).count > TextConversion.unplacedKeys(data, in: $1.1).count })
    else { return try compile("report") }
    warnings.append(.templateFallback(type, used: URL(fileURLWithPath: best.0).deletingPathExtension().lastPathComponent, file: input))
    return best
  }
}
