/// The filters a template may call, by name.
public struct FilterRegistry: Sendable {
  /// The built-in filters.
  public static let standard = FilterRegistry()

  private var definitions: [String: FilterDefinition]

  /// A registry with the built-in filters: `upper`, `lower`, `trim`, `default`, `join`, `len`, `count`, `items`,
  /// `number`, `percent`, `wan`, `date`, `cn`, `cnyear`, `cnmoney`, `field`, `with`.
  public init() {
    definitions = StandardFilters.all
  }

  /// A registry with exactly the given filters (none of the built-in ones unless included).
  public init(definitions: [String: FilterDefinition]) {
    self.definitions = definitions
  }

  /// Adds a filter, replacing any filter of the same name.
  public mutating func register(_ name: String, _ definition: FilterDefinition) {
    definitions[name] = definition
  }

  /// The names of all filters, sorted.
  public var names: [String] { definitions.keys.sorted() }

  /// The filter named `name`, if there is one.
  public func definition(named name: String) -> FilterDefinition? { definitions[name] }

  /// Checks a call at compile time: nil when it is valid, otherwise the error.
  package func validate(_ call: FilterCall) -> TemplateErrorKindBox? {
    guard let definition = definitions[call.name] else { return TemplateErrorKindBox(.unknownFilter(call.name)) }
    if let reason = definition.problem(with: call.arguments) {
      return TemplateErrorKindBox(.badFilterArgument(filter: call.name, reason: reason.englishText), phrases: ["reason": reason])
    }
    return nil
  }

  /// Applies a filter to a value. Null passes through filters that do not accept it (see
  /// `FilterDefinition.acceptsNull`). Throws a `TemplateError` without a location.
  package func apply(_ call: FilterCall, to value: Value) throws -> Value {
    guard let definition = definitions[call.name] else {
      throw TemplateError(.unknownFilter(call.name))
    }
    if case .null = value, !definition.acceptsNull { return .null }
    return try definition.apply(value, call.arguments)
  }
}
