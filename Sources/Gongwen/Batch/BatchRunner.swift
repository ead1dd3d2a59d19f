import Foundation
import GongwenTemplate

/// Renders one template for every unit of a table: in parallel, each document written atomically,
/// bad units reported and skipped, a manifest at the end.
///
/// ```swift
/// let template = try Template(path: "templates/party-building-report.docx")
/// let units = try UnitTableLoader.load(path: "samples/units.csv")
/// let summary = try BatchRunner(template: template, units: units,
///                               options: BatchOptions(outputDirectory: "out", jobs: 2)).run()
/// ```
///
/// The template is compiled once and shared by the workers. Documents are renamed into place without
/// waiting for the disk; the file system is flushed once before the manifest is written.
public final class BatchRunner: @unchecked Sendable {
  /// The compiled template every unit is rendered with.
  public let template: Template
  /// The unit table: one output per row.
  public let units: UnitTable
  /// Where and how the outputs are written.
  public let options: BatchOptions
  /// The format every document is written in.
  public var format: OutputFormat { plan.format }
  /// The output names of this run's units, in table order.
  public var outputNames: [String] { plan.items.map(\.name) }

  let plan: BatchPlan
  private let lock = NSLock()
  private var results: [UnitResult]
  private var next = 0
  private var done = 0
  private var failures = 0
  private var stopped = false
  /// Set when a write failed in a way every later write would too (a full disk, a read-only folder).
  private(set) var stoppedBy: String?
  private var zipWriter: ZipWriter?
  /// Names in the output folder that are input files (the template, the table): never written.
  private var inputNames: Set<String> = []

  /// Plans the run: output names for every unit, the shard's units. Throws for a bad name pattern.
  public init(template: Template, units: UnitTable, options: BatchOptions) throws {
    self.template = template
    self.units = units
    self.options = options
    self.plan = try BatchPlan(template: template, units: units, options: options)
    self.results = Array(repeating: UnitResult(), count: plan.items.count)
  }

  /// Runs the batch; `progress` is called after each unit (from worker threads, one call at a time).
  /// Throws only when the output folder, zip or manifest cannot be written; unit failures are outcomes.
  /// With `ConversionInterrupt` installed, SIGINT and SIGTERM end the LibreOffice runs and stop the batch,
  /// which still writes its manifest (units not begun are `not-run`); `ConversionInterrupt.shared.signal`
  /// then tells the caller.
  public func run(progress: (@Sendable (BatchProgress) -> Void)? = nil) throws -> BatchSummary {
    let start = DispatchTime.now()
    let runStart = Date()
    ConversionInterrupt.shared.hold()
    defer { ConversionInterrupt.shared.release() }
    let manifestName = options.manifestFormat.fileName(shard: options.shard)
    if let zipPath = options.zipPath {
      zipWriter = try ZipWriter(name: zipPath)
    } else {
      try OutputFolder.create(options.outputDirectory)
      BatchOutputCheck.removeLeftovers(in: options.outputDirectory, names: plan.items.map(\.name).filter { !$0.isEmpty },
                                       runStart: runStart)
      // Outputs are plain names in one folder: checking the inputs once spares every file some 40 system
      // calls (stat and realpath of each input), as much as writing it.
      let folder = AtomicFile.resolve(options.outputDirectory)
      inputNames = Set(protected.map { AtomicFile.split(AtomicFile.resolve($0)) }.filter { $0.directory == folder }.map(\.base))
    }
    let elapsed = { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
    let report = { (position: Int, result: UnitResult) in self.finish(position, result, progress: progress, elapsed: elapsed) }
    let chunk = BatchConversion.chunkSize(units: plan.items.count, jobs: options.jobs)
    let work = {
      var pending: [(Int, [UInt8])] = []
      while let position = self.take() {
        if let result = self.process(position, pending: &pending) { report(position, result) }
        if pending.count >= chunk { self.convert(&pending, report: report) }
      }
      self.convert(&pending, report: report)
    }
    // `jobs` threads (this one and jobs − 1 more), whatever width the system's pool would pick; fewer
    // when the system gives fewer (the work is shared out through `take`, so none is lost).
    let workers = min(options.jobs, max(1, plan.items.count))
    WorkerThreads.run(workers, work)
    let summary = BatchSummary(manifest: "", seconds: 0, results: results, stoppedBy: stoppedBy, describe: { [self] in self.outcome($0, $1) })
    let manifestBytes = try BatchManifest.encode(summary, format: options.manifestFormat)
    let manifestPath: String
    do {
      if let zip = zipWriter, let zipPath = options.zipPath {
        try zip.add(name: manifestName, bytes: manifestBytes)
        try AtomicFile.write(try zip.finish(), to: zipPath, protecting: protected)
        manifestPath = zipPath + ": " + manifestName
      } else {
        try AtomicFile.flush(directory: options.outputDirectory)
        manifestPath = options.outputDirectory + "/" + manifestName
        try AtomicFile.write(manifestBytes, to: manifestPath, protecting: protected)
      }
    } catch let error as ArchiveError {
      // Without a manifest, the message is the only account of the run: say what was written.
      let written = results.lazy.filter { $0.status == .written }.count
      let account = options.zipPath == nil
        ? ArchivePhrase.documentsWrittenBefore.phrase(
          ["written": .text(String(written)), "total": .text(String(results.count)), "folder": .text(options.outputDirectory)])
        : ArchivePhrase.zipNotWritten.phrase()
      throw ArchiveError(error.kind, file: error.file, entry: error.entry,
                         detail: ArchivePhrase.manifestNotWritten.phrase(["detail": .phrase(error.reason), "account": .phrase(account)]))
    }
    return BatchSummary(manifest: manifestPath, seconds: elapsed(), results: results, stoppedBy: stoppedBy,
                        describe: { [self] in self.outcome($0, $1) })
  }

  private var protected: [String] { [template.file] + options.protecting }

  /// The outcome of the unit at `position` of this run.
  private func outcome(_ position: Int, _ result: UnitResult) -> BatchOutcome {
    let item = plan.items[position]
    let unit = units.units[item.index]
    return BatchOutcome(row: unit.row, key: unit.key, output: item.name, status: result.status,
                        error: result.problem?.text, errorID: result.problem?.id, firstError: result.problem?.first,
                        errorCount: result.problem?.count ?? 0)
  }

  /// The next unit to render, or nil when all are taken or the batch stopped.
  private func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped, next < plan.items.count, ConversionInterrupt.shared.signal == nil else { return nil }
    next += 1
    return next - 1
  }

  /// Renders one unit and writes it; a document waiting for conversion goes to `pending` (nil result).
  private func process(_ position: Int, pending: inout [(Int, [UInt8])]) -> UnitResult? {
    let item = plan.items[position]
    let unit = units.units[item.index]
    if let reason = unit.skipReason { return .skipped(reason, id: BatchOutcome.skipTotalRow) }
    if options.resume && zipWriter == nil
      && BatchOutputCheck.isComplete(options.outputDirectory + "/" + item.name, format: plan.format)
    {
      return .skipped("already complete", id: BatchOutcome.skipComplete)
    }
    do {
      if let problem = unit.problem { throw UnitRowError(file: units.file, problem: problem) }
      if let problem = plan.nameProblems[position] { throw problem }
      let bytes = try template.render(BatchPlan.data(unit, common: options.common), options: options.renderOptions)
      if plan.format != OutputFormat(template.format) {
        pending.append((position, bytes))
        return nil
      }
      try write(bytes, name: item.name)
      return UnitResult(status: .written)
    } catch {
      return Self.failure(units.explainingEmptyCells(error, row: unit.row))
    }
  }

  private func write(_ bytes: [UInt8], name: String) throws {
    if let zip = zipWriter {
      lock.lock()
      defer { lock.unlock() }
      try zip.add(name: name, bytes: bytes, compression: .store)
    } else {
      let path = options.outputDirectory + "/" + name
      if inputNames.contains(name) {
        throw ArchiveError(.wouldOverwriteInput, file: path, detail: ArchivePhrase.wouldOverwriteInput.phrase())
      }
      try AtomicFile.write(bytes, to: path, durable: false)
    }
  }

  /// Converts the pending documents with one LibreOffice run and writes the results.
  private func convert(_ pending: inout [(Int, [UInt8])], report: (Int, UnitResult) -> Void) {
    guard !pending.isEmpty else { return }
    let converted = BatchConversion.convert(pending.map(\.1), names: pending.map { plan.items[$0.0].name },
                                            from: template.format, to: plan.format, options: options.conversion)
    for ((position, _), result) in zip(pending, converted) {
      do {
        try write(try result.get(), name: plan.items[position].name)
        report(position, UnitResult(status: .written))
      } catch {
        report(position, Self.failure(error))
      }
    }
    pending.removeAll()
  }

  private static func failure(_ error: Error) -> UnitResult {
    let diagnostics = Diagnostics.from(error)
    let text = diagnostics.map(\.text).joined(separator: "\n")
    return UnitResult(status: .failed, problem: (text, diagnostics.first?.id, diagnostics.first?.text ?? text, diagnostics.count),
                      stopsBatch: OutputFolder.stopsEveryWrite(error))
  }

  private func finish(
    _ position: Int, _ result: UnitResult, progress: (@Sendable (BatchProgress) -> Void)?, elapsed: () -> Double
  ) {
    lock.lock()
    defer { lock.unlock() }
    results[position] = result
    done += 1
    if result.status == .failed {
      failures += 1
      if options.failFast { stopped = true }
      if result.stopsBatch, let problem = result.problem {
        // No point trying the remaining units: they stay not-run, and the manifest says so.
        stopped = true
        if stoppedBy == nil { stoppedBy = problem.first }
      }
    }
    progress?(BatchProgress(done: done, total: plan.items.count, failed: failures, elapsed: elapsed()))
  }
}
