import GongwenTemplate

/// Options fixed when a template is compiled.
public struct TemplateOptions: Sendable {
  /// Tag delimiters, `{{` `}}` by default.
  public var delimiters: Delimiters
  /// The filters tags may use.
  public var filters: FilterRegistry

  public init(delimiters: Delimiters = .standard, filters: FilterRegistry = .standard) {
    self.delimiters = delimiters
    self.filters = filters
  }
}
