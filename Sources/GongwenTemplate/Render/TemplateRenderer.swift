/// Options that change how a template renders.
public struct RenderOptions: Sendable {
  /// Render a missing value as empty text instead of reporting it.
  public var allowMissing: Bool
  public init(allowMissing: Bool = false) { self.allowMissing = allowMissing }
}

/// Renders a compiled template tree with data into a sink.
public struct TemplateRenderer: Sendable {
  public init(filters: FilterRegistry = .standard, options: RenderOptions = RenderOptions()) { fatalError("stub") }
  /// Renders `nodes`; throws `TemplateErrors` holding every problem found (rendering goes on after each).
  public func render<Sink: RenderSink>(_ nodes: [TemplateNode], data: Value, into sink: inout Sink) throws {
    fatalError("stub")
  }
}
