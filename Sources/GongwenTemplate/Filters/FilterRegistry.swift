/// The filters a template may call, by name.
public struct FilterRegistry: Sendable {
  /// The built-in filters.
  public static let standard = FilterRegistry()
  /// Checks a call at compile time: nil when it is valid, otherwise the error.
  public func validate(_ call: FilterCall) -> TemplateError.Kind? { fatalError("stub") }
  /// Applies a filter to a value.
  public func apply(_ call: FilterCall, to value: Value) throws -> Value { fatalError("stub") }
}
