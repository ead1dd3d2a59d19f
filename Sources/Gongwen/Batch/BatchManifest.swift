import CSV
import Foundation

/// The list of a batch's units with their output, status and error, as CSV or JSON.
public enum BatchManifest {
  public enum Format: String, Sendable {
    case csv, json

    /// `manifest.csv`, or `manifest-2-of-4.csv` for a shard (so shards can share one folder).
    func fileName(shard: BatchShard?) -> String {
      "manifest" + (shard.map { "-\($0.index)-of-\($0.count)" } ?? "") + "." + rawValue
    }
  }

  static let columns = ["row", "key", "output", "status", "error_id", "error"]

  /// The manifest's bytes. CSV is UTF-8 with a byte order mark and CRLF line ends, as Excel reads it.
  static func encode(_ outcomes: [BatchOutcome], format: Format) throws -> [UInt8] {
    switch format {
    case .json:
      let objects = outcomes.map { outcome -> [String: Any] in
        var object: [String: Any] = ["row": outcome.row, "key": outcome.key, "output": outcome.output,
                                     "status": outcome.status.rawValue]
        if let error = outcome.error { object["error"] = error }
        if let id = outcome.errorID { object["error_id"] = id }
        return object
      }
      let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return [UInt8](data) + [0x0A]
    case .csv:
      let stream = OutputStream(toMemory: ())
      let writer = try CSVWriter(stream: stream, newline: .crlf)
      try writer.write(row: columns)
      for outcome in outcomes {
        try writer.write(row: [String(outcome.row), outcome.key, outcome.output, outcome.status.rawValue,
                               outcome.errorID ?? "", outcome.error ?? ""])
      }
      stream.close()
      let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
      return [0xEF, 0xBB, 0xBF] + [UInt8](data) + [0x0D, 0x0A]
    }
  }
}
