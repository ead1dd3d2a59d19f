/// One way a document departs from GB/T 9704-2012.
public struct FormatDeviation: Sendable, Equatable, Codable, CustomStringConvertible {
  /// Every id `check-format` reports, stable for scripts (docs/diagnostics.md gives each rule):
  ///
  /// - page and grid: `page_size`, `margin_top`, `margin_bottom`, `margin_left`, `margin_right`,
  ///   `line_pitch`, `characters_per_line`;
  /// - text: `font`, `font_size`, `recipient_indent`, `body_indent`, `date_format`;
  /// - page numbers: `page_number_format`, `page_number_size`, `page_number_placement`, `even_pages`;
  /// - 版头: `header_font`, `issuer_color`, `issuer_font`, `issuer_position`, `doc_number_format`,
  ///   `doc_number_position`, `separator_line`, `separator_position`, `separator_width`, `title_position`;
  ///   信函: `letter_lines`;
  /// - signature: `signature_position`, `seal_placement`, `signature_alone`;
  /// - 附件: `attachment_note`, `attachment_label`, `attachment_page`, `attachment_title`;
  ///   纪要: `attendance_label`;
  /// - 版记: `imprint_rules`, `imprint_position`, `imprint_width`, `imprint_font`, `imprint_indent`.
  public static let ids: [String] = [
    "page_size", "margin_top", "margin_bottom", "margin_left", "margin_right", "line_pitch", "characters_per_line",
    "font", "font_size", "recipient_indent", "body_indent", "date_format",
    "page_number_format", "page_number_size", "page_number_placement", "even_pages",
    "header_font", "issuer_color", "issuer_font", "issuer_position", "doc_number_format", "doc_number_position",
    "separator_line", "separator_position", "separator_width", "title_position", "letter_lines",
    "signature_position", "seal_placement", "signature_alone",
    "attachment_note", "attachment_label", "attachment_page", "attachment_title", "attendance_label",
    "imprint_rules", "imprint_position", "imprint_width", "imprint_font", "imprint_indent",
  ]

  /// One of ``ids``.
  public let id: String
  /// Where: `page`, `section 1`, `¶12 (一级标题)`, `footer (odd pages)`; several places joined by `, `.
  public let location: String
  /// What the standard asks for (`三号仿宋_GB2312`, `28 pt`).
  public let expected: String
  /// What the document has.
  public let found: String

  /// A deviation with its id, place, and the expected and found values.
  public init(id: String, location: String, expected: String, found: String) {
    self.id = id
    self.location = location
    self.expected = expected
    self.found = found
  }

  public var description: String { "\(location): \(id): expected \(expected), found \(found)" }
}
