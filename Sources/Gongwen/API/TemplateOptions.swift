import GongwenTemplate

/// Options fixed when a template is compiled.
public struct TemplateOptions: Sendable {
  /// Tag delimiters, `{{` `}}` by default.
  public var delimiters: Delimiters
  /// The filters tags may use.
  public var filters: FilterRegistry
  /// How hard rendered parts are deflated, 1 (fastest) to 9 (smallest); 6 by default. Batches use 3:
  /// half the deflate time of 6 for outputs about 4 % larger.
  public var deflateLevel: Int

  public init(delimiters: Delimiters = .standard, filters: FilterRegistry = .standard, deflateLevel: Int = 6) {
    self.delimiters = delimiters
    self.filters = filters
    self.deflateLevel = min(9, max(1, deflateLevel))
  }
}
