import Foundation
import Gongwen

/// The command line's own lines (results and totals) in the language of messages.
enum SummaryText {
  static var chinese: Bool { MessageLanguage.current == .chinese }

  /// `3 errors; nothing was written.`
  static func errorsNothingWritten(_ count: Int) -> String {
    chinese ? "共 \(count) 个错误；未写出任何文件。" : "\(count) errors; nothing was written."
  }

  /// `wrote report.docx (24 KB) in 0.31 s`, with the page count of a PDF.
  static func wrote(_ path: String, bytes: Int, pages: Int?, seconds: Double) -> String {
    let size = ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)
    let time = String(format: "%.2f", seconds)
    if chinese {
      let pageText = pages.map { "，\($0) 页" } ?? ""
      return "已写出 \(path)（\(size)\(pageText)），用时 \(time) 秒"
    }
    let pageText = pages.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? ""
    return "wrote \(path) (\(size)\(pageText)) in \(time) s"
  }

  /// check-format's line for a document without deviations.
  static func formatConforms(_ file: String) -> String {
    chinese ? "\(file)：符合 GB/T 9704" : "\(file): follows GB/T 9704"
  }

  /// check-format's last line: `3 deviations from GB/T 9704`.
  static func formatDeviations(_ count: Int) -> String {
    chinese ? "共 \(count) 处不符合 GB/T 9704" : "\(count) deviation\(count == 1 ? "" : "s") from GB/T 9704"
  }

  /// A data check's last line: `data.yaml fills every tag of t.docx.` or `2 errors, 1 warning.`
  static func checked(data: String?, template: String?, errors: Int, warnings: Int) -> String {
    if chinese {
      guard errors == 0 else { return "\(errors) 个错误" + (warnings == 0 ? "。" : "，\(warnings) 个警告。") }
      return "\(data ?? "数据")能填写 \(template ?? "模板") 的每个标签" + (warnings == 0 ? "。" : "；\(warnings) 个警告。")
    }
    let warningText = "\(warnings) warning\(warnings == 1 ? "" : "s")"
    guard errors == 0 else {
      return "\(errors) error\(errors == 1 ? "" : "s")" + (warnings == 0 ? "" : ", " + warningText) + "."
    }
    return "\(data ?? "the data") fills every tag of \(template ?? "the template")"
      + (warnings == 0 ? "." : "; " + warningText + ".")
  }

  /// The progress bar's figures: `12/100  40 docs/s  ETA 0:02  1 failed`.
  static func progress(done: Int, total: Int, rate: Double, left: String, failed: Int) -> String {
    let rateText = String(format: "%.0f", rate)
    if chinese {
      return "\(done)/\(total)  每秒 \(rateText) 份  剩余 \(left)" + (failed > 0 ? "  失败 \(failed) 份" : "")
    }
    return "\(done)/\(total)  \(rateText) docs/s  ETA \(left)" + (failed > 0 ? "  \(failed) failed" : "")
  }

  /// `row 5 (市教育局)` before a unit's first problem.
  static func row(_ row: Int, key: String) -> String {
    let keyText = key.isEmpty ? "" : chinese ? "（\(key)）" : " (\(key))"
    return chinese ? "第 \(row) 行\(keyText)" : "row \(row)\(keyText)"
  }

  /// A batch's totals: `12 rows: 11 written, 1 failed`.
  static func batchTotals(rows: Int, written: Int, failed: Int) -> String {
    chinese ? "共 \(rows) 行：已写出 \(written) 份，失败 \(failed) 份"
      : "\(rows) row\(rows == 1 ? "" : "s"): \(written) written, \(failed) failed"
  }

  /// `  … and 2 more problems in this unit` under a failed unit's first problem.
  static func moreProblems(_ count: Int) -> String {
    chinese ? "  …… 该单位另有 \(count) 个问题" : "  … and \(count) more problem\(count == 1 ? "" : "s") in this unit"
  }

  /// `… and 5 more failed units` after the failures shown.
  static func moreFailedUnits(_ count: Int) -> String {
    chinese ? "…… 另有 \(count) 个单位失败（详见清单）" : "… and \(count) more failed unit\(count == 1 ? "" : "s")"
  }

  /// A unit that failed without a message of its own.
  static var failed: String { chinese ? "失败" : "failed" }

  /// `row 9 (合计): skipped, 合计行 (--keep-total-rows renders it)`.
  static func skippedTotalRow(_ row: Int, key: String, reason: String) -> String {
    chinese ? "第 \(row) 行（\(key)）：已跳过，\(skipReason(reason))（加 --keep-total-rows 可生成该行）"
      : "row \(row) (\(key)): skipped, \(skipReason(reason)) (--keep-total-rows renders it)"
  }

  /// `, 3 skipped (2 合计行, 1 already complete)` after the totals.
  static func skipped(_ count: Int, reasons: [(reason: String, count: Int)]) -> String {
    let list = reasons.map { chinese ? "\(skipReason($0.reason)) \($0.count) 份" : "\($0.count) \(skipReason($0.reason))" }
    return chinese ? "，跳过 \(count) 份（\(list.joined(separator: "，"))）" : ", \(count) skipped (\(list.joined(separator: ", ")))"
  }

  /// `, 4 not run (the batch stopped: …)` or `(--fail-fast)`.
  static func notRun(_ count: Int, stoppedBy: String?) -> String {
    if chinese { return "，\(count) 份未生成（" + (stoppedBy.map { "批量已停止：\($0)" } ?? "--fail-fast") + "）" }
    return ", \(count) not run (" + (stoppedBy.map { "the batch stopped: \($0)" } ?? "--fail-fast") + ")"
  }

  /// A skip reason of the manifest (`合计行`, `already complete`) as the summary says it.
  static func skipReason(_ reason: String) -> String {
    chinese && reason == "already complete" ? "已完整写出" : reason
  }

  /// ` in 1.20 s (10 docs/s); manifest: out/manifest.csv`.
  static func batchTiming(seconds: Double, rate: Double, manifest: String) -> String {
    chinese ? String(format: "，用时 %.2f 秒（每秒 %.0f 份）；清单：%@", seconds, rate, manifest)
      : String(format: " in %.2f s (%.0f docs/s); manifest: %@", seconds, rate, manifest)
  }
}

/// The line `render` prints on standard error after writing: the path, its size (and pages) and the time.
enum WrittenLine {
  static func print(_ path: String, since start: Date) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let bytes = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    var pages: Int?
    if path.lowercased().hasSuffix(".pdf"), let data = FileManager.default.contents(atPath: path) {
      pages = try? PDFFile([UInt8](data), document: path).pageCount
    }
    let line = SummaryText.wrote(path, bytes: bytes, pages: pages, seconds: Date().timeIntervalSince(start))
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
