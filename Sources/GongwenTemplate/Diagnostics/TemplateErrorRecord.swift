/// A template error as plain fields, for JSON output (`JSONEncoder().encode(errors.records)`).
public struct TemplateErrorRecord: Codable, Sendable, Hashable {
  /// The kind's stable id, e.g. `unclosed_section`.
  public var kind: String
  /// The one-line message.
  public var message: String
  public var file: String?
  public var part: String?
  public var paragraph: Int?
  public var container: String?
  /// The tag as written.
  public var tag: String?
  /// UTF-8 byte offset of the tag in its paragraph's text.
  public var offset: Int?
  /// A suggestion for the fix, e.g. `did you mean {{单位名称}}?`.
  public var hint: String?

  public init(_ error: TemplateError) {
    kind = error.kind.id
    message = error.message
    file = error.location?.file
    part = error.location?.part
    paragraph = error.location?.paragraph
    container = error.location?.container
    tag = error.tagText
    offset = error.location?.offset
    hint = error.hint
  }
}

extension TemplateError {
  /// The error as plain fields, for JSON output.
  public var record: TemplateErrorRecord { TemplateErrorRecord(self) }
}

extension TemplateErrors {
  /// Every error as plain fields, for JSON output.
  public var records: [TemplateErrorRecord] { errors.map(TemplateErrorRecord.init) }
}
