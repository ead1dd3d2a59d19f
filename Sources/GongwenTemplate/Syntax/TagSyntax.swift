/// How tags are written in a template: the delimiters, the prefix that switches them inside the
/// template, and the lenient options of docxtemplater's syntax.
public struct TagSyntax: Sendable, Hashable {
  /// The delimiters in effect at the start of each part.
  public var delimiters: Delimiters
  /// What marks a delimiter switch just inside the delimiters: with `=`, `{{=<% %>=}}` makes `<%` and
  /// `%>` the delimiters from there to the end of the part. Nil (or empty) turns switches off.
  public var changeDelimiterPrefix: String?
  /// An opening delimiter with no closing one is text instead of an `unclosed_tag` error: in `{{{a}}`
  /// with `{ }` only the last `{` opens a tag, and a lone `{` stays as written.
  public var allowUnclosedTag: Bool
  /// A closing delimiter outside a tag is text instead of an `unopened_tag` error.
  public var allowUnopenedTag: Bool
  /// Whether `-` continues a name (`a_b-c2`, Gongwen's reading, so a minus needs spaces around it) or is
  /// always the minus operator (`date-age`, as docxtemplater's expressions read it).
  public var hyphensInNames: Bool
  /// Whether the number 0 is false, as JavaScript (and so docxtemplater) reads it: `{{#n}}` skips it,
  /// `{{^n}}` renders, `not n` is true. Gongwen's reading keeps 0 true (a count of 0 is still a value).
  public var zeroIsFalse: Bool
  /// Whether `$index` counts from 0, as docxtemplater's expressions count it, instead of from 1
  /// (`$index0` counts from 0 either way).
  public var indexFromZero: Bool

  /// A tag syntax with the defaults: `{{` `}}`, `=` switches delimiters, strict tags, Gongwen's readings.
  public init(
    delimiters: Delimiters = .standard, changeDelimiterPrefix: String? = "=", allowUnclosedTag: Bool = false,
    allowUnopenedTag: Bool = false, hyphensInNames: Bool = true, zeroIsFalse: Bool = false,
    indexFromZero: Bool = false
  ) {
    self.hyphensInNames = hyphensInNames
    self.zeroIsFalse = zeroIsFalse
    self.indexFromZero = indexFromZero
    self.delimiters = delimiters
    self.changeDelimiterPrefix = changeDelimiterPrefix
    self.allowUnclosedTag = allowUnclosedTag
    self.allowUnopenedTag = allowUnopenedTag
  }

  /// `{{` `}}`, switches marked by `=`, unclosed and unopened tags reported.
  public static let standard = TagSyntax()
}
