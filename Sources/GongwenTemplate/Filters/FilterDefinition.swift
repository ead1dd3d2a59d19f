/// One filter: how its arguments are checked when a template compiles, and what it does to a value.
public struct FilterDefinition: Sendable {
  /// Checks the arguments of a call: nil when they are valid, otherwise the reason they are not.
  public var validate: @Sendable ([Value]) -> String? {
    didSet { check = nil }
  }
  /// Transforms a value with the call's arguments. Throw a `TemplateError` (usually `.filterFailed`)
  /// when the value cannot be handled; the renderer attaches the tag's location.
  public var apply: @Sendable (Value, [Value]) throws -> Value
  /// When false (most filters), a null or missing value passes through unchanged without calling
  /// `apply`, so that a later `default` can still replace it.
  public var acceptsNull: Bool
  /// The check of a built-in filter, whose reason is a phrase in both languages; nil for a filter
  /// made with `validate`, whose reason is shown as its author wrote it.
  private var check: (@Sendable ([Value]) -> Phrase?)?

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

  /// A filter whose argument check gives its reason as a phrase.
  package init(
    acceptsNull: Bool = false,
    check: @escaping @Sendable ([Value]) -> Phrase?,
    apply: @escaping @Sendable (Value, [Value]) throws -> Value
  ) {
    self.init(acceptsNull: acceptsNull, validate: { check($0)?.englishText }, apply: apply)
    self.check = check
  }

  /// Why `arguments` do not suit the filter, as a phrase: a built-in filter's own, or the text
  /// `validate` returns inside a phrase that says a custom filter wrote it; nil when they are valid.
  package func problem(with arguments: [Value]) -> Phrase? {
    if let check { return check(arguments) }
    return validate(arguments).map { TemplatePhrase.customFilterReason.phrase(["text": .text($0)]) }
  }
}
