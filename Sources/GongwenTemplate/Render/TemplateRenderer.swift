/// Options that change how a template renders.
public struct RenderOptions: Sendable {
  /// Render a missing value as empty text instead of reporting it.
  public var allowMissing: Bool
  /// Options for a render; by default a missing value is an error.
  public init(allowMissing: Bool = false) { self.allowMissing = allowMissing }
}

/// Renders a compiled template tree with data into a sink.
///
/// - Value tags print their value after the filters; a missing value (one the data does not have and
///   no filter such as `default` replaced) is an error, or empty text with `allowMissing`.
/// - `.normal` sections render once per list item (the item as scope, with its loop position), once with
///   an object or another truthy value as scope, and not at all for false, null, missing, `""` and `[]`
///   (nor for 0 when the syntax reads 0 as false).
///   A missing section value is simply false. `.inverted` renders once, scope unchanged, exactly when
///   `.normal` would not; `.guarded` once, scope unchanged, when the value is truthy.
/// - Hooks get one repetition id per enclosing section, outermost first; every rendering of a section's
///   content takes the next id of a counter that starts at 1.
/// - Problems do not stop rendering: they are collected, one per tag location and kind, and thrown
///   together as `TemplateErrors` at the end.
package struct TemplateRenderer: Sendable {
  package let filters: FilterRegistry
  package let options: RenderOptions
  /// The syntax the template was written in: its readings of 0 (`zeroIsFalse`) and `$index`
  /// (`indexFromZero`) apply.
  package let syntax: TagSyntax

  package init(filters: FilterRegistry = .standard, options: RenderOptions = RenderOptions(), syntax: TagSyntax = .standard) {
    self.filters = filters
    self.options = options
    self.syntax = syntax
  }

  /// The root scope of a render of `data`.
  func rootScope(_ data: Value) -> Scope { Scope(root: data, indexFromZero: syntax.indexFromZero) }

  /// Whether a section renders for `value` under the syntax's reading of 0.
  func isTruthy(_ value: Value) -> Bool { value.isTruthy(zeroIsFalse: syntax.zeroIsFalse) }

  /// Renders `nodes`; throws `TemplateErrors` holding every problem found (rendering goes on after each).
  package func render<Sink: RenderSink>(_ nodes: [TemplateNode], data: Value, into sink: inout Sink) throws {
    var pass = RenderPass(renderer: self, scope: rootScope(data))
    pass.render(nodes, into: &sink)
    if !pass.errors.isEmpty { throw TemplateErrors(pass.uniqueErrors) }
  }

  /// The value of `expression` in `scope`: the lookup, then each filter in turn. Nil when the path is
  /// missing and the filters left it null. Throws the first filter's `TemplateError` (without location).
  package func evaluate(_ expression: Expression, in scope: Scope) throws -> Value? {
    let found: Value?
    if let path = expression.operand.plainPath {
      found = scope.lookup(path)
    } else {
      found = try OperandEvaluator(scope: scope, allowMissing: options.allowMissing,
                                     zeroIsFalse: syntax.zeroIsFalse).evaluate(expression.operand)
    }
    if expression.filters.isEmpty { return found }
    var value = found ?? .null
    for call in expression.filters {
      value = try filters.apply(call, to: value)
    }
    if found == nil, case .null = value { return nil }
    return value
  }
}
