import Foundation

/// The list of a batch's units with their output, status and error, as CSV or JSON.
public enum BatchManifest {
  /// The manifest's file format.
  public enum Format: String, Sendable {
    case csv, json

    /// `manifest.csv`, or `manifest-2-of-4.csv` for a shard (so shards can share one folder).
    func fileName(shard: BatchShard?) -> String {
      "manifest" + (shard.map { "-\($0.index)-of-\($0.count)" } ?? "") + "." + rawValue
    }
  }

  static let columns = ["row", "key", "output", "status", "error_id", "error"]

  /// The manifest's bytes. CSV is UTF-8 with a byte order mark and CRLF line ends, as Excel reads it.
  static func encode(_ summary: BatchSummary, format: Format) throws -> [UInt8] {
    switch format {
    case .json:
      let objects = summary.results.indices.map { position -> [String: Any] in
        let outcome = summary.describe(position, summary.results[position])
        var object: [String: Any] = ["row": outcome.row, "key": outcome.key, "output": outcome.output,
                                     "status": outcome.status.rawValue]
        if let error = outcome.error { object["error"] = error }
        if let id = outcome.errorID { object["error_id"] = id }
        return object
      }
      let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return [UInt8](data) + [0x0A]
    case .csv:
      // Written straight into one buffer: CSV.swift's writer goes through an OutputStream a byte at a
      // time and holds the text twice, which for 100,000 units is the biggest allocation of a batch.
      var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
      bytes.reserveCapacity(64 + summary.results.count * 96)
      appendRow(columns, to: &bytes)
      for position in summary.results.indices {
        let outcome = summary.describe(position, summary.results[position])
        appendRow([String(outcome.row), outcome.key, outcome.output, outcome.status.rawValue, outcome.errorID ?? "",
                   outcome.error ?? ""], to: &bytes)
      }
      return bytes
    }
  }

  /// One CSV record (RFC 4180): a field holding `"`, `,`, CR or LF is quoted, its quotes doubled.
  static func appendRow(_ fields: [String], to bytes: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      let utf8 = field.utf8
      if utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) {
        bytes.append(0x22)
        for byte in utf8 {
          if byte == 0x22 { bytes.append(0x22) }
          bytes.append(byte)
        }
        bytes.append(0x22)
      } else {
        bytes += utf8
      }
    }
    bytes += [0x0D, 0x0A]
  }
}
