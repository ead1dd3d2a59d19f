import Foundation
import Gongwen

/// The end of a batch: failed units with their row and key, then one summary line (or JSON).
struct BatchReport {
  let summary: BatchSummary
  let json: Bool
  /// Font warnings of the run's PDFs.
  let warnings: [FontFallback]
  /// Failed units listed on standard error; the manifest lists every one.
  static let shownFailures = 20

  func print() {
    if json {
      let object: [String: Any] = [
        "status": summary.failed > 0 ? "error" : "ok", "written": summary.written, "skipped": summary.skipped,
        "failed": summary.failed, "not_run": summary.notRun, "manifest": summary.manifest, "rows": summary.rows,
        "skipped_reasons": Dictionary(summary.skipReasons.map { ($0.reason, $0.count) }, uniquingKeysWith: +),
        "seconds": (summary.seconds * 1000).rounded() / 1000, "warnings": warnings.map(\.json),
      ]
      if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
      return
    }
    DiagnosticPrinter.printText(warnings: warnings)
    // Each failed unit with its first problem; the manifest has them all.
    var text = ""
    let failures = summary.failures
    for outcome in failures.prefix(Self.shownFailures) {
      text += SummaryText.row(outcome.row, key: outcome.key) + ": \(outcome.firstError ?? SummaryText.failed)\n"
      if outcome.errorCount > 1 { text += SummaryText.moreProblems(outcome.errorCount - 1) + "\n" }
    }
    if failures.count > Self.shownFailures {
      text += SummaryText.moreFailedUnits(failures.count - Self.shownFailures) + "\n"
    }
    // Totals rows are not units: each is named, so the reader sees the row was seen and left out on purpose.
    for outcome in summary.skippedTotalRows.prefix(Self.shownFailures) {
      text += SummaryText.skippedTotalRow(outcome.row, key: outcome.key, reason: outcome.error ?? "") + "\n"
    }
    let rate = summary.seconds > 0 ? Double(summary.written) / summary.seconds : 0
    var line = SummaryText.batchTotals(rows: summary.rows, written: summary.written, failed: summary.failed)
    if summary.skipped > 0 { line += SummaryText.skipped(summary.skipped, reasons: summary.skipReasons) }
    if summary.notRun > 0 { line += SummaryText.notRun(summary.notRun, stoppedBy: summary.stoppedBy) }
    line += SummaryText.batchTiming(seconds: summary.seconds, rate: rate, manifest: summary.manifest) + "\n"
    text += line
    FileHandle.standardError.write(Data(text.utf8))
  }
}
