import Foundation
import Gongwen

/// A one-line progress bar on standard error: done/total, documents per second, time left.
/// Shown only when standard error is a terminal; redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
  private var lastDraw = -1.0
  private let width = 30

  /// A bar when standard error is a terminal, else nil.
  static func onTerminal() -> ProgressBar? { isatty(STDERR_FILENO) != 0 ? ProgressBar() : nil }

  /// Called one at a time by the batch (under its lock).
  func update(_ progress: BatchProgress) {
    guard progress.done == progress.total || progress.elapsed - lastDraw >= 0.1 else { return }
    lastDraw = progress.elapsed
    let fraction = progress.total == 0 ? 1 : Double(progress.done) / Double(progress.total)
    let filled = Int(fraction * Double(width))
    let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
    let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
    var line = "\r[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
    line += SummaryText.progress(done: progress.done, total: progress.total, rate: rate, left: Self.clock(left),
                                 failed: progress.failed)
    FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
  }

  func finish() {
    FileHandle.standardError.write(Data("\n".utf8))
  }

  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600
      ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }
}
