import GongwenTemplate

/// Options fixed when a template is compiled.
public struct TemplateOptions: Sendable {
  /// Tag delimiters, `{{` `}}` by default (the same string twice works too: `% %`).
  public var delimiters: Delimiters
  /// What marks a delimiter switch inside a template (`{{=<% %>=}}`): `=` by default; nil turns
  /// switches off (docxtemplater's `changeDelimiterPrefix`).
  public var changeDelimiterPrefix: String?
  /// A lone opening delimiter is text, not an error (docxtemplater's `allowUnclosedTag`).
  public var allowUnclosedTag: Bool
  /// A lone closing delimiter is text, not an error (docxtemplater's `allowUnopenedTag`).
  public var allowUnopenedTag: Bool
  /// `-` continues a name (`a_b-c2`); false reads it as the minus operator everywhere (`date-age`), as
  /// docxtemplater's expressions do.
  public var hyphensInNames = true
  /// The number 0 is false in sections and `and`/`or`/`not` (JavaScript's reading, docxtemplater's);
  /// by default 0 is true, like any other number.
  public var zeroIsFalse = false
  /// `$index` counts from 0 (docxtemplater's reading); by default it counts from 1.
  public var indexFromZero = false
  /// The filters tags may use.
  public var filters: FilterRegistry
  /// The folder relative picture paths in the data are read from (the data file's folder); the
  /// current directory when nil.
  public var baseDirectory: String?
  /// Folders a relative picture path is looked for in when `baseDirectory` does not hold it, in order:
  /// a batch's common data file's folder, after the table's.
  public var morePictureDirectories: [String] = []
  /// How hard rendered parts are deflated, 1 (fastest) to 9 (smallest); 6 by default. Batches use 3:
  /// half the deflate time of 6 for outputs about 4 % larger.
  public var deflateLevel: Int
  /// Keep macros and other active content (VBA projects, ActiveX controls, OpenDocument Basic
  /// libraries, scripts and event listeners) instead of refusing the template. Off by default.
  public var keepMacros: Bool

  /// Options with the defaults: `{{` `}}`, the standard filters, macros refused.
  public init(
    delimiters: Delimiters = .standard, filters: FilterRegistry = .standard, baseDirectory: String? = nil,
    deflateLevel: Int = 6, keepMacros: Bool = false, changeDelimiterPrefix: String? = "=",
    allowUnclosedTag: Bool = false, allowUnopenedTag: Bool = false
  ) {
    self.delimiters = delimiters
    self.changeDelimiterPrefix = changeDelimiterPrefix
    self.allowUnclosedTag = allowUnclosedTag
    self.allowUnopenedTag = allowUnopenedTag
    self.filters = filters
    self.baseDirectory = baseDirectory
    self.deflateLevel = min(9, max(1, deflateLevel))
    self.keepMacros = keepMacros
  }

  /// How the template's tags are written: the delimiters and the syntax options above.
  public var tagSyntax: TagSyntax {
    TagSyntax(delimiters: delimiters, changeDelimiterPrefix: changeDelimiterPrefix,
              allowUnclosedTag: allowUnclosedTag, allowUnopenedTag: allowUnopenedTag, hyphensInNames: hyphensInNames,
              zeroIsFalse: zeroIsFalse, indexFromZero: indexFromZero)
  }
}
