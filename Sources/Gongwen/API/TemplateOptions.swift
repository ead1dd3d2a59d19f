import GongwenTemplate

/// Options fixed when a template is compiled.
public struct TemplateOptions: Sendable {
  /// Tag delimiters, `{{` `}}` by default.
  public var delimiters: Delimiters
  /// The filters tags may use.
  public var filters: FilterRegistry
  /// The folder relative picture paths in the data are read from (the data file's folder); the
  /// current directory when nil.
  public var baseDirectory: String?

  public init(delimiters: Delimiters = .standard, filters: FilterRegistry = .standard, baseDirectory: String? = nil) {
    self.delimiters = delimiters
    self.filters = filters
    self.baseDirectory = baseDirectory
  }
}
