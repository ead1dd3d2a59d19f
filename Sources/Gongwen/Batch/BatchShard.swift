/// `--shard K/N`: the K-th (1-based) of N contiguous slices of a unit table, so that one batch can be
/// spread over machines by a scheduler (GNU parallel, Kubernetes indexed Jobs, Slurm job arrays).
/// Slices differ in size by at most one unit and together cover every unit exactly once.
public struct BatchShard: Sendable, Equatable, CustomStringConvertible {
  /// 1...count.
  public let index: Int
  /// How many shards the batch is split into.
  public let count: Int

  /// Shard `index` of `count`; nil unless 1 ≤ index ≤ count.
  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Reads `K/N`; nil unless 1 ≤ K ≤ N.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(index: index, count: count)
  }

  /// The positions of this slice among `total` units.
  public func range(of total: Int) -> Range<Int> {
    let lower = total * (index - 1) / count
    let upper = total * index / count
    return lower..<upper
  }

  public var description: String { "\(index)/\(count)" }
}
