import GongwenTemplate
/// A part that is not acceptable XML: not well-formed, carrying a DTD, or in an unsupported encoding.
package struct XMLError: Error, Sendable, CustomStringConvertible {
  package enum Kind: String, Sendable, CaseIterable {
    /// Not well-formed XML.
    case notWellFormed = "xml_not_well_formed"
    /// A document type declaration (DTD), which OPC and ODF packages must not carry.
    case dtdForbidden = "xml_dtd_forbidden"
    /// An encoding other than UTF-8 or UTF-16.
    case unsupportedEncoding = "xml_unsupported_encoding"
    /// A part with no root element.
    case empty = "xml_empty"
  }

  package let kind: Kind
  /// The package part, e.g. `word/document.xml`.
  package let part: String
  package let line: Int?
  package let column: Int?
  /// What is wrong, put into words when printed.
  package let reason: Phrase
  /// What is wrong, in English.
  package var detail: String { reason.englishText }
  /// The template file the part belongs to, when known.
  package var file: String?

  package init(_ kind: Kind, part: String, line: Int? = nil, column: Int? = nil, detail: Phrase) {
    self.kind = kind
    self.part = part
    self.line = line
    self.column = column
    self.reason = detail
  }

  package var description: String {
    var place = file.map { "\($0): \(part)" } ?? part
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return "\(place): error: \(detail)"
  }
}
