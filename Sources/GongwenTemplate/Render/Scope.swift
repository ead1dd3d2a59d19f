/// The chain of values a path is looked up in: the current loop item, the enclosing ones, the root.
public struct Scope: Sendable {
  public init(root: Value) { fatalError("stub") }
  /// The value at `path`, or nil when the data has none.
  public func lookup(_ path: Path) -> Value? { fatalError("stub") }
}
