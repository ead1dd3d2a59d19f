import ArgumentParser
import Foundation
import Gongwen

/// `gongwen batch TEMPLATE --units TABLE --out DIR`: one document per unit of a table.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: localized("Render a template once per unit of a table (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml)."),
    discussion: localized(HelpText.batchDiscussion))

  @Argument(help: ArgumentHelp(localized("The .docx or .odt template.")), completion: .templates)
  var template: String

  @Option(help: ArgumentHelp(localized("The unit table: one row (or object) per document."), valueName: "file"), completion: .unitTables)
  var units: String

  @OptionGroup var table: UnitTableArguments

  @Option(help: ArgumentHelp(localized("Data shared by every unit (.json or .yaml)."), valueName: "file"), completion: .dataFiles)
  var data: String?

  @Option(help: ArgumentHelp(localized("The output folder (created when missing)."), valueName: "dir"), completion: .directory)
  var out: String?

  @Option(help: ArgumentHelp(
    localized("File name pattern; fields, $row, $index and $key (the first field) (default: \"{{$key}}\")."),
    valueName: "pattern"))
  var name: String?

  @Option(help: ArgumentHelp(localized("Parallel workers (default: the number of cores).")))
  var jobs: Int?

  @Option(help: ArgumentHelp(localized("Output format: docx, odt or pdf (default: the template's)."), valueName: "format"), completion: .outputFormats)
  var format: String?

  @Option(help: ArgumentHelp(localized("Render only the K-th of N slices of the units (1 ≤ K ≤ N)."), valueName: "K/N"))
  var shard: String?

  @Flag(help: ArgumentHelp(localized("Skip units whose output is already complete.")))
  var resume = false

  @Option(help: ArgumentHelp(localized("Write every document into this zip archive instead of a folder."), valueName: "file"))
  var zip: String?

  @OptionGroup var syntax: TemplateSyntaxOptions

  @Flag(help: ArgumentHelp(localized("Stop at the first unit that fails.")))
  var failFast = false

  @Flag(help: ArgumentHelp(localized("Render missing values as empty text instead of failing the unit.")))
  var allowMissing = false

  @Flag(help: ArgumentHelp(localized("Write manifest.json instead of manifest.csv and print the summary as JSON.")))
  var json = false

  @Flag(name: .customLong("pdf-a"), help: ArgumentHelp(localized("Write PDF/A-2b (for archiving) with --format pdf.")))
  var pdfA = false

  func validate() throws {
    if out == nil && zip == nil { throw ValidationError(localized("give --out DIR or --zip FILE")) }
    if let format, OutputFormat(rawValue: format) == nil { throw ValidationError(localized("--format takes docx, odt or pdf")) }
    if let shard, BatchShard(parsing: shard) == nil { throw ValidationError(localized("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8")) }
    try table.validate()
    if let name { try OutputExtension.validate(name, option: "--name") }
    if let jobs, jobs < 1 { throw ValidationError(localized("--jobs must be at least 1")) }
    if resume && zip != nil { throw ValidationError(localized("--resume works with --out only: a zip is written whole")) }
  }

  func run() throws {
    // With TZ unset, glibc stats /etc/localtime on every localtime() call, and libzip makes two per zip
    // entry: 25 system calls a document. Naming the same zone file explicitly lets glibc read it once.
    if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
    let printer = DiagnosticPrinter(json: json)
    // SIGINT and SIGTERM end the LibreOffice runs this command starts and remove their folders.
    ConversionInterrupt.shared.install()
    let runner: BatchRunner
    do {
      let table = try UnitTableLoader.load(path: units, options: self.table.options)
      let common = try data.map { try DataLoader.load(path: $0, requireMapping: true) }
      let options = BatchOptions(
        outputDirectory: out ?? ".", namePattern: name, format: format.flatMap(OutputFormat.init(rawValue:)),
        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard.flatMap(BatchShard.init(parsing:)),
        resume: resume, zipPath: zip, failFast: failFast, common: common,
        renderOptions: RenderOptions(allowMissing: allowMissing), manifestFormat: json ? .json : .csv,
        protecting: [units] + (data.map { [$0] } ?? []), conversion: ConversionOptions(pdfA: pdfA))
      // Relative picture paths in the units are read from the table's folder, those of --data from its own.
      var templateOptions = syntax.templateOptions
      templateOptions.baseDirectory = URL(fileURLWithPath: units).deletingLastPathComponent().path
      templateOptions.morePictureDirectories = data.map { [URL(fileURLWithPath: $0).deletingLastPathComponent().path] } ?? []
      templateOptions.deflateLevel = BatchOptions.deflateLevel
      let compiled = try Template(path: template, options: templateOptions)
      runner = try BatchRunner(template: compiled, units: table, options: options)
    } catch {
      printer.failure(error)
      throw ExitCode(1)
    }
    let bar = ProgressBar.onTerminal()
    let summary: BatchSummary
    do {
      summary = try runner.run(progress: bar.map { bar in { @Sendable progress in bar.update(progress) } })
      bar?.finish()
    } catch {
      bar?.finish()
      printer.failure(error)
      throw ExitCode(1)
    }
    BatchReport(summary: summary, json: json, warnings: FontFallbackCheck.shared.takeWarnings()).print()
    if let signal = ConversionInterrupt.shared.signal { throw ExitCode(128 + signal) }
    if summary.failed > 0 { throw ExitCode(1) }
  }
}
