/// What happened to one unit of a batch.
public struct BatchOutcome: Sendable {
  /// How the unit ended.
  public enum Status: String, Sendable {
    /// The document was written.
    case written
    /// Not rendered, on purpose: the row is a totals row (合计), or `--resume` found the document
    /// already complete. `errorID` and `error` say which (``BatchOutcome/skipTotalRow``, ``BatchOutcome/skipComplete``).
    case skipped
    /// The unit could not be rendered or written; `error` says why.
    case failed
    /// `--fail-fast` stopped the batch before this unit was rendered.
    case notRun = "not-run"
  }

  /// The `errorID` of a skipped totals row; its `error` is ``TotalRow/reason`` (合计行).
  public static let skipTotalRow = "total_row"
  /// The `errorID` of a unit `--resume` found already written.
  public static let skipComplete = "already_complete"

  /// The unit's row in its table.
  public let row: Int
  /// The unit's key (its first field).
  public let key: String
  /// The output file name (inside the output folder or the zip).
  public let output: String
  /// Whether the unit was written, skipped, failed or not run.
  public let status: Status
  /// Every problem of a failed unit, as compiler-style text.
  public let error: String?
  /// The stable id of the first problem (`missing_value`, …).
  public let errorID: String?
  /// The first problem alone, and how many there are (a unit missing many fields has one per tag).
  public let firstError: String?
  /// How many problems the unit had (0 unless it failed).
  public let errorCount: Int
}

/// What happened to one unit, as a batch keeps it while it runs (the names live in the plan).
struct UnitResult: Sendable {
  var status: BatchOutcome.Status = .notRun
  var problem: (text: String, id: String?, first: String, count: Int)?
  /// The failure would repeat for every later unit (a full disk, a read-only folder): the batch stops.
  var stopsBatch = false

  /// A skipped unit and why.
  static func skipped(_ reason: String, id: String) -> UnitResult {
    UnitResult(status: .skipped, problem: (reason, id, reason, 1))
  }
}

/// The result of a batch: one outcome per unit of the shard, in table order.
public struct BatchSummary: Sendable {
  /// Where the manifest was written (inside the zip for `--zip`).
  public let manifest: String
  /// Wall-clock seconds of the run.
  public let seconds: Double
  let results: [UnitResult]
  /// The failure that stopped the batch before every unit ran (a full disk, a read-only folder), or nil.
  public let stoppedBy: String?
  let describe: @Sendable (Int, UnitResult) -> BatchOutcome

  /// Every unit's outcome (made on demand: a batch of many units keeps only statuses).
  public var outcomes: [BatchOutcome] { results.enumerated().map { describe($0.offset, $0.element) } }
  /// The outcomes of the units that failed.
  public var failures: [BatchOutcome] {
    results.enumerated().filter { $0.element.status == .failed }.map { describe($0.offset, $0.element) }
  }

  /// Units written.
  public var written: Int { count(.written) }
  /// Units skipped (total rows, outputs already complete when resuming).
  public var skipped: Int { count(.skipped) }
  /// Units that failed.
  public var failed: Int { count(.failed) }
  /// Units not run because the batch stopped early (`failFast`, an interrupt).
  public var notRun: Int { count(.notRun) }
  /// The rows of the run: every one is written, skipped, failed or not run.
  public var rows: Int { results.count }
  /// Skipped units by reason (`合计行`, `already complete`), in the order first met.
  public var skipReasons: [(reason: String, count: Int)] {
    var counts: [(String, Int)] = []
    for result in results where result.status == .skipped {
      let reason = result.problem?.first ?? "skipped"
      if let index = counts.firstIndex(where: { $0.0 == reason }) { counts[index].1 += 1 } else { counts.append((reason, 1)) }
    }
    return counts
  }
  /// The outcomes of the skipped totals rows.
  public var skippedTotalRows: [BatchOutcome] {
    results.enumerated().filter { $0.element.problem?.id == BatchOutcome.skipTotalRow }.map { describe($0.offset, $0.element) }
  }

  private func count(_ status: BatchOutcome.Status) -> Int { results.lazy.filter { $0.status == status }.count }
}

/// Progress of a running batch, reported after each unit.
public struct BatchProgress: Sendable {
  /// Units finished (written, skipped or failed).
  public let done: Int
  /// Units in this run.
  public let total: Int
  /// Units failed so far.
  public let failed: Int
  /// Seconds since the batch started.
  public let elapsed: Double
}
