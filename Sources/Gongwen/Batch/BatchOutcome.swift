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
  public var status: Status
  /// Every problem of a failed unit, as compiler-style text.
  public var error: String?
  /// The stable id of the first problem (`missing_value`, …).
  public var errorID: String?
}

/// The result of a batch: one outcome per unit of the shard, in table order.
public struct BatchSummary: Sendable {
  public let outcomes: [BatchOutcome]
  /// Where the manifest was written (inside the zip for `--zip`).
  public let manifest: String
  /// Wall-clock seconds of the run.
  public let seconds: Double

  public var written: Int { outcomes.lazy.filter { $0.status == .written }.count }
  public var skipped: Int { outcomes.lazy.filter { $0.status == .skipped }.count }
  public var failed: Int { outcomes.lazy.filter { $0.status == .failed }.count }
  public var notRun: Int { outcomes.lazy.filter { $0.status == .notRun }.count }
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
