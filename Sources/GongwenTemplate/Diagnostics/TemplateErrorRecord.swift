/// A template error as plain fields, for JSON output (`JSONEncoder().encode(errors.records)`).
package struct TemplateErrorRecord: Codable, Sendable, Hashable {
  /// The kind's stable id, e.g. `unclosed_section`.
  package var kind: String
  /// The one-line message.
  package var message: String
  package var file: String?
  package var part: String?
  package var paragraph: Int?
  package var container: String?
  /// The tag as written.
  package var tag: String?
  /// UTF-8 byte offset of the tag in its paragraph's text.
  package var offset: Int?
  /// A suggestion for the fix, e.g. `did you mean {{单位名称}}?`.
  package var hint: String?

  package init(_ error: TemplateError) {
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
  package var record: TemplateErrorRecord { TemplateErrorRecord(self) }
}

extension TemplateErrors {
  /// Every error as plain fields, for JSON output.
  package var records: [TemplateErrorRecord] { errors.map(TemplateErrorRecord.init) }
}
