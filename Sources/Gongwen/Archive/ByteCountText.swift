/// Formats byte counts for error messages: "256 MiB", "64 KiB", "1000 bytes".
enum ByteCountText {
  static func format(_ count: UInt64) -> String {
    let units: [(UInt64, String)] = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, unit) in units where count >= size && count % size == 0 {
      return "\(count / size) \(unit)"
    }
    return count == 1 ? "1 byte" : "\(count) bytes"
  }
}
