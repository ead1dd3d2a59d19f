/// Bounds on what a data file may make the loader do, so hostile or broken files fail fast
/// with a clear error instead of exhausting the stack, memory or time.
public struct DataLimits: Sendable, Equatable {
  /// Deepest nesting of lists and objects (the top-level object is level 1).
  public var maxDepth: Int
  /// Most values in the result, counted after YAML aliases are expanded.
  public var maxNodes: Int
  /// Longest single string (text value or key), in UTF-8 bytes.
  public var maxStringBytes: Int
  /// Largest data file `DataLoader.load(path:)` reads, in bytes.
  public var maxFileBytes: Int

  /// Makes limits; any left out take their default.
  public init(
    maxDepth: Int = 256, maxNodes: Int = 2_000_000, maxStringBytes: Int = 16 << 20,
    maxFileBytes: Int = 512 << 20
  ) {
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
    self.maxStringBytes = maxStringBytes
    self.maxFileBytes = maxFileBytes
  }

  /// 256 levels, 2,000,000 values, 16 MiB strings, 512 MiB files.
  public static let `default` = DataLimits()
}
