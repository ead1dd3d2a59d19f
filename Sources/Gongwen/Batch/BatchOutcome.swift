/// What happened to one unit of a batch.
public struct BatchOutcome: Sendable {
  public enum Status: String, Sendable {
    /// The document was written.
    case written
    /// `--resume` found the document already complete.
    case skipped
    /// The unit could not be rendered or written; `error` says why.
    case failed
    /// `--fail-fast` stopped the batch before this unit was rendered.
    case notRun = "not-run"
  }

  /// The unit's row in its table.
  public let row: Int
  /// The unit's key (its first field).
  public let key: String
  /// The output file name (inside the output folder or the zip).
  public let output: String
  public let status: Status
  /// Every problem of a failed unit, as compiler-style text.
  public let error: String?
  /// The stable id of the first problem (`missing_value`, …).
  public let errorID: String?
  /// The first problem alone, and how many there are (a unit missing many fields has one per tag).
  public let firstError: String?
  public let errorCount: Int
}

/// What happened to one unit, as a batch keeps it while it runs (the names live in the plan).
struct UnitResult: Sendable {
  var status: BatchOutcome.Status = .notRun
  var problem: (text: String, id: String?, first: String, count: Int)?
}

/// The result of a batch: one outcome per unit of the shard, in table order.
public struct BatchSummary: Sendable {
  /// Where the manifest was written (inside the zip for `--zip`).
  public let manifest: String
  /// Wall-clock seconds of the run.
  public let seconds: Double
  let results: [UnitResult]
  let describe: @Sendable (Int, UnitResult) -> BatchOutcome

  /// Every unit's outcome (made on demand: a batch of many units keeps only statuses).
  public var outcomes: [BatchOutcome] { results.enumerated().map { describe($0.offset, $0.element) } }
  /// The outcomes of the units that failed.
  public var failures: [BatchOutcome] {
    results.enumerated().filter { $0.element.status == .failed }.map { describe($0.offset, $0.element) }
  }

  public var written: Int { count(.written) }
  public var skipped: Int { count(.skipped) }
  public var failed: Int { count(.failed) }
  public var notRun: Int { count(.notRun) }

  private func count(_ status: BatchOutcome.Status) -> Int { results.lazy.filter { $0.status == status }.count }
}

/// Progress of a running batch, reported after each unit.
public struct BatchProgress: Sendable {
  /// Units finished (written, skipped or failed).
  public let done: Int
  /// Units in this run.
  public let total: Int
  public let failed: Int
  /// Seconds since the batch started.
  public let elapsed: Double
}
