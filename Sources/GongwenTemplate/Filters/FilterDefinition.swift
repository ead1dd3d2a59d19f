/// One filter: how its arguments are checked when a template compiles, and what it does to a value.
public struct FilterDefinition: Sendable {
  /// Checks the arguments of a call: nil when they are valid, otherwise the reason they are not.
  public var validate: @Sendable ([Value]) -> String?
  /// Transforms a value with the call's arguments. Throw a `TemplateError` (usually `.filterFailed`)
  /// when the value cannot be handled; the renderer attaches the tag's location.
  public var apply: @Sendable (Value, [Value]) throws -> Value
  /// When false (most filters), a null or missing value passes through unchanged without calling
  /// `apply`, so that a later `default` can still replace it.
  public var acceptsNull: Bool

  /// A filter: `validate` checks a call's arguments when the template compiles, `apply` transforms a value.
  public init(
    acceptsNull: Bool = false,
    validate: @escaping @Sendable ([Value]) -> String?,
    apply: @escaping @Sendable (Value, [Value]) throws -> Value
  ) {
    self.acceptsNull = acceptsNull
    self.validate = validate
    self.apply = apply
  }
}
