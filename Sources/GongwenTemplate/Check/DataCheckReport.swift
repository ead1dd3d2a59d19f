/// What checking data against a template found, without producing a document.
public struct DataCheckReport: Sendable {
  /// Problems a render would fail with: missing values, values of the wrong shape, filters that cannot
  /// handle their value, block or image values that are not usable.
  public var errors: [TemplateError]
  /// Things worth a look that do not stop a render (a section whose key is missing but close to a key
  /// the data has).
  public var warnings: [TemplateError]

  /// Top-level keys of the data that no tag of the template uses, each with the used name it is
  /// closest to, if any (a key spelt differently from the tag that wanted it).
  public var unusedKeys: [(key: String, suggestion: String?)] = []

  /// A report with these findings.
  public init(errors: [TemplateError] = [], warnings: [TemplateError] = []) {
    self.errors = errors
    self.warnings = warnings
  }

  /// True when a render with this data would succeed.
  public var passed: Bool { errors.isEmpty }

  /// Adds another report's findings after these.
  public mutating func append(_ other: DataCheckReport) {
    errors += other.errors
    warnings += other.warnings
    unusedKeys += other.unusedKeys
  }
}

extension TemplateRenderer {
  /// Walks `nodes` with `data` exactly as `render` does, into `sink`, and returns every problem instead of
  /// throwing. Unlike a render, it reports text or numbers given where a section's tags need objects as
  /// one error at the section, and warns about sections whose key is missing but close to a data key.
  package func check<Sink: RenderSink>(_ nodes: [TemplateNode], data: Value, into sink: inout Sink) -> DataCheckReport {
    var pass = RenderPass(renderer: self, scope: rootScope(data))
    pass.checking = true
    pass.render(nodes, into: &sink)
    return DataCheckReport(errors: pass.uniqueErrors, warnings: RenderPass.unique(pass.warnings))
  }
}
